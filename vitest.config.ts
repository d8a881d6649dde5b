// `npm run test:stories`: every story of stories/ rendered in the system Chromium, failing on an
// axe violation (addon-a11y, parameters.a11y.test = 'error'), a failed play function, or a
// console.error (vitest.setup.ts).
import {existsSync} from 'node:fs';
import {defineConfig} from 'vitest/config';
import {playwright} from '@vitest/browser-playwright';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {storyCountReporter} from './.storybook/story-count-reporter.js';

/** The system Chromium, found as web-test-runner.config.mjs finds it. */
const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path)
);
if (!chromePath) throw new Error('No Chromium found: install chromium (apt-get install chromium) or set CHROME_PATH.');

export default defineConfig({
  plugins: [storybookTest({configDir: '.storybook'})],
  test: {
    name: 'stories',
    setupFiles: ['./vitest.setup.ts'],
    reporters: ['default', storyCountReporter('stories')],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: chromePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
      instances: [{browser: 'chromium'}],
    },
  },
});
