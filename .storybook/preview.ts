import {render} from 'lit';
import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import {expect} from 'storybook/test';
import type {StrictArgTypes, StrictInputType} from 'storybook/internal/types';
import {manifest} from '../stories/support/manifest.js';
import {themes} from '../src/internal/cimo-element.js';
import '../src/index.js';

setCustomElementsManifest(manifest);

/** The values of a JSDoc literal union from the manifest (`'a' | 'b'`, `1 | 2`), or undefined. */
function literalUnion(type: string): (string | number)[] | undefined {
  const members = type.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  const values = members.map((member) =>
    /^'.*'$/.test(member) ? member.slice(1, -1) : /^\d+$/.test(member) ? Number(member) : undefined
  );
  return values.length && values.every((value) => value !== undefined) ? (values as (string | number)[]) : undefined;
}

/**
 * Turns the manifest's rows into controls a designer can use: literal unions become option
 * lists, CSS custom properties become inputs, and the JavaScript properties that mirror the
 * attributes (and the docs-only rows: parts, event names) get no control.
 */
function controlsFromManifest({argTypes}: {argTypes: StrictArgTypes}): StrictArgTypes {
  return Object.fromEntries(
    Object.entries(argTypes)
      .filter(([, argType]) => argType.table?.category !== 'properties')
      .map(([name, argType]): [string, StrictInputType] => {
        const category = argType.table?.category;
        const typeName = argType.type && 'name' in argType.type ? String(argType.type.name) : '';
        if (category === 'attributes') {
          const options = literalUnion(typeName);
          if (options) return [name, {...argType, type: {name: 'other', value: typeName}, options, control: {type: 'select'}}];
          return [name, {...argType, type: {name: typeName.startsWith('number') ? 'number' : 'string'}}];
        }
        if (category === 'css custom properties') {
          return [name, {...argType, type: {name: 'string'}, control: {type: name.includes('color') ? 'color' : 'text'}}];
        }
        if (category === 'slots') return [name, argType];
        return [name, {...argType, control: false}];
      })
  );
}

const isCimoElement = (element: Element) => element.localName.startsWith('cimo-');

/**
 * Frames every story like a host page: `<html lang>` set to the chosen locale (the widgets
 * follow it), a `dir` wrapper, and the chosen theme on each cimo element whose story does not
 * set one itself (so the notice for an unknown theme keeps its bad value).
 */
const withHostPage: Decorator = (storyFn, {globals, args}) => {
  const {locale, direction, theme} = globals as {locale: string; direction: string; theme: string};
  document.documentElement.lang = locale;
  const frame = document.createElement('div');
  frame.dir = direction;
  // A story that sets a theme gets a page to match: its own, or light (what an unknown theme falls back to).
  const pageTheme = args.theme == null ? theme : (themes as readonly unknown[]).includes(args.theme) ? String(args.theme) : 'light';
  frame.className = `story-frame story-frame--${pageTheme}`;
  render(storyFn(), frame);
  for (const element of frame.querySelectorAll('*')) {
    if (isCimoElement(element) && !element.hasAttribute('theme')) element.setAttribute('theme', theme);
  }
  return frame;
};

/** Fails a story whose cimo elements render nothing (as when decorators reach the browser raw). */
async function expectRenderedElements({canvasElement}: {canvasElement: HTMLElement}): Promise<void> {
  for (const element of canvasElement.querySelectorAll('*')) {
    if (!isCimoElement(element)) continue;
    await (element as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
    await expect(element.shadowRoot?.childElementCount, `<${element.localName}> rendered`).toBeGreaterThan(0);
  }
}

const preview: Preview = {
  decorators: [withHostPage],
  afterEach: expectRenderedElements,
  argTypesEnhancers: [controlsFromManifest],
  globalTypes: {
    locale: {
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          {value: 'fr', title: 'Français'},
          {value: 'en', title: 'English'},
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
    theme: {
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
          {value: 'auto', title: 'Auto (system)'},
        ],
      },
    },
  },
  initialGlobals: {locale: 'fr', direction: 'ltr', theme: 'light'},
  parameters: {
    // Any axe violation fails the story's test (and shows in the Accessibility panel).
    a11y: {test: 'error'},
    controls: {expanded: true},
    // The story frame is the host page, padding and background included.
    layout: 'fullscreen',
  },
  tags: ['autodocs'],
};

export default preview;
