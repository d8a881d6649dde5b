import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {countReporter} from './scripts/count-reporter.mjs';
import {selectedEngines} from './scripts/engines.mjs';
import {mediaFeaturesPlugin} from './scripts/wtr-media-features.mjs';
import {hardeningMiddleware} from './scripts/hardening-server.mjs';
import {catalogueMiddleware} from './scripts/wtr-catalogue-server.mjs';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';

// Every test runs in each engine (CIMO_ENGINES, default chromium,firefox,webkit), except
// *.chromium.test.ts: those need emulation only Chromium has (forced colours, print media,
// prefers-color-scheme through CDP) and run in Chromium alone.
const engines = selectedEngines();
const chromium = engines.find(({name}) => name === 'chromium')?.launcher;
const CHROMIUM_ONLY = 'test/**/*.chromium.test.ts';
// Files named on the command line (`npx wtr test/foo.test.ts`) replace `files`: run just those,
// in Chromium alone if they all are Chromium-only.
const named = process.argv.slice(2).filter((arg) => arg.endsWith('.ts'));
const onlyChromiumNamed = named.length > 0 && named.every((file) => file.endsWith('.chromium.test.ts'));

export default {
  // test/consumers/ holds apps with their own node_modules, run by scripts/test-consumers.mjs.
  files: ['test/**/*.test.ts', `!${CHROMIUM_ONLY}`, '!test/consumers/**'],
  groups: chromium && !named.length ? [{name: 'chromium-only', files: [CHROMIUM_ONLY], browsers: [chromium]}] : [],
  nodeResolve: {exportConditions: ['production']},
  middleware: [hardeningMiddleware, catalogueMiddleware],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    mediaFeaturesPlugin(),
    // test/visual.chromium.test.ts compares against docs/screenshots/ (`npm run screenshots` updates them).
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      // Text anti-aliasing differs by a few pixels between runs (0.01 % seen on a 320 px page);
      // a real change of colour, spacing or wording moves far more.
      failureThreshold: 0.1,
      failureThresholdType: 'percent',
      baseDir: 'docs/screenshots',
      getBaselineName: ({name}) => `${name}.png`,
      getFailedName: ({name}) => `../../test-results/visual/${name}.png`,
      getDiffName: ({name}) => `../../test-results/visual/${name}--diff.png`,
    }),
  ],
  browsers: onlyChromiumNamed && chromium ? [chromium] : engines.map(({launcher}) => launcher),
  // The engines take turns, one tab at a time: background tabs get no animation frames (which
  // fixtures wait for), and the CI machine has two cores.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Firefox's first start (a fresh profile) takes tens of seconds on a busy two-core machine.
  browserStartTimeout: 120000,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), countReporter('browser')],
};
