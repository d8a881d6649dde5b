import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {chromiumArgs, chromiumPath} from './scripts/chromium.mjs';
import {countReporter} from './scripts/count-reporter.mjs';
import {mediaFeaturesPlugin} from './scripts/wtr-media-features.mjs';
import {hardeningMiddleware} from './scripts/hardening-server.mjs';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  middleware: [hardeningMiddleware],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    mediaFeaturesPlugin(),
    // test/visual.chromium.test.ts compares against docs/screenshots/ (`npm run screenshots` updates them).
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'docs/screenshots',
      getBaselineName: ({name}) => `${name}.png`,
      getFailedName: ({name}) => `../../test-results/visual/${name}.png`,
      getDiffName: ({name}) => `../../test-results/visual/${name}--diff.png`,
    }),
  ],
  browsers: [chromeLauncher({launchOptions: {executablePath: chromiumPath(), headless: true, args: chromiumArgs}})],
  testFramework: {config: {timeout: 10000}},
  // One tab at a time: background tabs get no animation frames, which fixtures wait for.
  concurrency: 1,
  reporters: [defaultReporter(), countReporter('browser')],
};
