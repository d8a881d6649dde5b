import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {countReporter} from './scripts/count-reporter.mjs';
import {mediaFeaturesPlugin} from './scripts/wtr-media-features.mjs';
import {hardeningMiddleware} from './scripts/hardening-server.mjs';

/** The system Chromium: CHROME_PATH, or the usual Debian/Ubuntu/macOS locations. */
const chromePath = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].find((path) => path && existsSync(path));

if (!chromePath) {
  throw new Error('No Chromium found: install chromium (apt-get install chromium) or set CHROME_PATH.');
}

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  middleware: [hardeningMiddleware],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), mediaFeaturesPlugin()],
  browsers: [chromeLauncher({launchOptions: {executablePath: chromePath, headless: true, args: chromeArgs}})],
  testFramework: {config: {timeout: 10000}},
  // One tab at a time: background tabs get no animation frames, which fixtures wait for.
  concurrency: 1,
  reporters: [defaultReporter(), countReporter('browser')],
};
