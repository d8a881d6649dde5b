// `npm run test:stories`: every story of stories/ rendered in the system Chromium, failing on an
// axe violation (addon-a11y, parameters.a11y.test = 'error'), a failed play or afterEach check,
// or a console.error (vitest.setup.ts). Twice: with the toolbar's defaults (French, left to
// right, light) and with its other end (English, right to left, dark).
import {defineConfig} from 'vitest/config';
import {playwright} from '@vitest/browser-playwright';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {storyCountReporter} from './.storybook/story-count-reporter.js';
import {chromiumArgs, chromiumPath} from './scripts/chromium.mjs';

// A fresh object per project: Vitest names each project's browser instance in place.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {executablePath: chromiumPath(), args: chromiumArgs},
  }),
  instances: [{browser: 'chromium' as const}],
});

const storyProject = (name: string, initialGlobals: Record<string, string>) => ({
  plugins: [storybookTest({configDir: '.storybook', initialGlobals})],
  test: {name, setupFiles: ['./vitest.setup.ts'], browser: browser()},
});

export default defineConfig({
  test: {
    reporters: ['default', storyCountReporter('stories')],
    projects: [
      storyProject('fr ltr light', {locale: 'fr', direction: 'ltr', theme: 'light'}),
      storyProject('en rtl dark', {locale: 'en', direction: 'rtl', theme: 'dark'}),
    ],
  },
});
