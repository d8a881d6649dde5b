import {render} from 'lit';
import type {Decorator, Preview} from '@storybook/web-components-vite';
import {expect} from 'storybook/test';
import {themes} from '../src/internal/cimo-element.js';
import {cleanSource} from '../stories/support/snippets.js';
import {renderedText} from '../stories/support/play.js';
import '../src/index.js';

const isCimoElement = (element: Element) => element.localName.startsWith('cimo-');

/** Media a story's test emulates (print, forced colours, the reader's colour scheme). */
export interface EmulatedMedia {
  media?: 'print' | 'screen';
  forcedColors?: 'active' | 'none';
  colorScheme?: 'light' | 'dark';
}
declare global {
  /** Set by vitest.setup.ts in story tests: Playwright's page.emulateMedia. */
  var cimoEmulateMedia: ((media: EmulatedMedia) => Promise<void>) | undefined;
}

/**
 * Frames every story in a host page: `<html lang>` set to the chosen locale (the widgets
 * follow it), a `dir` wrapper, the chosen host page's font and colours, and the chosen theme
 * on each cimo element whose story sets none. "Show code" renders the story without this
 * decorator (docs.source.excludeDecorators), so none of it reaches the snippet.
 */
const withHostPage: Decorator = (storyFn, {globals}) => {
  const {locale, direction, theme, hostPage} = globals as Record<string, string>;
  document.documentElement.lang = locale;
  const frame = document.createElement('div');
  frame.dir = direction;
  frame.className = `story-frame story-frame--${hostPage}`;
  render(storyFn(), frame);
  for (const element of frame.querySelectorAll('*')) {
    if (isCimoElement(element) && !element.hasAttribute('theme')) element.setAttribute('theme', theme);
  }
  return frame;
};

/**
 * Fails a story whose cimo elements render no readable text (as when decorators reach the
 * browser raw, or a catalogue fails to load).
 */
async function expectRenderedElements({canvasElement}: {canvasElement: HTMLElement}): Promise<void> {
  for (const element of canvasElement.querySelectorAll('*')) {
    if (!isCimoElement(element)) continue;
    const text = await renderedText(element);
    await expect(text.length, `<${element.localName}> renders text`).toBeGreaterThan(20);
  }
}

const preview: Preview = {
  decorators: [withHostPage],
  // @wc-toolkit/storybook-helpers reads its options on a timer it starts when its module loads:
  // a story rendered in that same task would lose its slot, part and custom property args.
  loaders: [() => new Promise((resolve) => setTimeout(resolve))],
  async beforeEach({parameters}) {
    const media = parameters.emulateMedia as EmulatedMedia | undefined;
    if (!media || !globalThis.cimoEmulateMedia) return;
    // What the test project emulates (its reader's colour scheme), restored after the story.
    const before: EmulatedMedia = {
      media: 'screen',
      forcedColors: matchMedia('(forced-colors: active)').matches ? 'active' : 'none',
      colorScheme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    };
    await globalThis.cimoEmulateMedia(media);
    return () => globalThis.cimoEmulateMedia?.(before);
  },
  afterEach: expectRenderedElements,
  globalTypes: {
    locale: {
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          {value: 'fr', title: 'Français'},
          {value: 'en', title: 'English'},
          {value: 'de', title: 'Deutsch (no translation)'},
        ],
      },
    },
    direction: {
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
      },
    },
    hostPage: {
      toolbar: {
        title: 'Host page',
        icon: 'browser',
        dynamicTitle: true,
        items: [
          {value: 'plain', title: 'Plain light site'},
          {value: 'dark-site', title: 'Dark site theme'},
          {value: 'serif-cms', title: 'Serif CMS theme'},
        ],
      },
    },
    theme: {
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: themes.map((value) => ({value, title: `theme="${value}" (unless the story sets one)`})),
      },
    },
  },
  initialGlobals: {locale: 'fr', direction: 'ltr', hostPage: 'plain', theme: 'light'},
  parameters: {
    // Any axe violation fails the story's test (and shows in the Accessibility panel).
    a11y: {test: 'error'},
    controls: {expanded: true},
    docs: {
      // Tables come from @wc-toolkit/storybook-helpers (stories/support/manifest.ts), which keeps
      // an attribute and a CSS part of the same name apart; Storybook's own manifest reader
      // would let the part overwrite the attribute.
      extractArgTypes: () => ({}),
      // "Show code": the element as the story's args set it, without the host-page frame.
      source: {excludeDecorators: true, transform: cleanSource},
    },
    // The story frame is the host page, padding and background included.
    layout: 'fullscreen',
    options: {
      storySort: {order: ['Introduction', 'Design tokens', 'Elements', 'States', 'Bad input', 'Whole page', 'Embed', 'Changelog']},
    },
  },
  tags: ['autodocs'],
};

export default preview;
