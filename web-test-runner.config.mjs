import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {chromiumArgs, chromiumPath} from './scripts/chromium.mjs';
import {countReporter} from './scripts/count-reporter.mjs';
import {mediaFeaturesPlugin} from './scripts/wtr-media-features.mjs';
import {hardeningMiddleware} from './scripts/hardening-server.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  middleware: [hardeningMiddleware],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), mediaFeaturesPlugin()],
  browsers: [chromeLauncher({launchOptions: {executablePath: chromiumPath(), headless: true, args: chromiumArgs}})],
  testFramework: {config: {timeout: 10000}},
  // One tab at a time: background tabs get no animation frames, which fixtures wait for.
  concurrency: 1,
  reporters: [defaultReporter(), countReporter('browser')],
};
