// `npm run test:stories`: every story of stories/ rendered in the system Chromium, failing on an
// axe violation (addon-a11y, parameters.a11y.test = 'error'), a failed play or afterEach check,
// or a console.error (vitest.setup.ts). Twice: with the toolbar's defaults (French, left to
// right, plain light site, light theme) and with its other end (English, right to left, dark site,
// dark theme, a reader whose system is in dark mode).
import {defineConfig} from 'vitest/config';
import type {BrowserCommand} from 'vitest/node';
import {playwright} from '@vitest/browser-playwright';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {storyCountReporter} from './.storybook/story-count-reporter.js';
import {chromiumArgs, chromiumPath} from './scripts/chromium.mjs';
import type {EmulatedMedia} from './.storybook/preview.js';

/** Print, forced colours or the reader's colour scheme for one story (its parameters.emulateMedia). */
const emulateMedia: BrowserCommand<[EmulatedMedia]> = async ({page}, media) => {
  await page.emulateMedia(media);
};

// A fresh object per project: Vitest names each project's browser instance in place.
const browser = (colorScheme: 'light' | 'dark') => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {executablePath: chromiumPath(), args: chromiumArgs},
    contextOptions: {colorScheme},
  }),
  instances: [{browser: 'chromium' as const}],
  commands: {emulateMedia},
});

const storyProject = (name: string, initialGlobals: Record<string, string>, colorScheme: 'light' | 'dark') => ({
  plugins: [storybookTest({configDir: '.storybook', initialGlobals})],
  test: {name, setupFiles: ['./vitest.setup.ts'], browser: browser(colorScheme)},
});

export default defineConfig({
  test: {
    reporters: ['default', storyCountReporter('stories')],
    projects: [
      storyProject('fr ltr plain light', {locale: 'fr', direction: 'ltr', hostPage: 'plain', theme: 'light'}, 'light'),
      storyProject('en rtl dark-site dark', {locale: 'en', direction: 'rtl', hostPage: 'dark-site', theme: 'dark'}, 'dark'),
    ],
  },
});
