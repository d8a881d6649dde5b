import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect} from 'storybook/test';
import {elementMeta, ownFrame} from './support/element-meta.js';
import {part, rendered, shownScheme} from './support/play.js';

const meta: Meta = {title: 'Elements/cimo-overview', ...elementMeta('cimo-overview')};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

/** The introduction as the page's main title, on a page that has none. */
export const HeadingLevel1: Story = {
  name: 'heading-level="1"',
  args: {'heading-level': 1},
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-overview');
    await expect(part(canvasElement, 'cimo-overview', 'heading')[0]?.localName).toBe('h1');
  },
};

export const ThemeDark: Story = {name: 'theme="dark"', args: {theme: 'dark'}};

/** Follows the reader's system setting (`prefers-color-scheme`). */
export const ThemeAuto: Story = {name: 'theme="auto"', args: {theme: 'auto'}};

/**
 * A partner's title colour through `--cimo-color-accent` (a `light-dark()` pair, so the dark
 * theme keeps its contrast), its subtitle restyled through `::part()`.
 */
export const Branding: Story = {
  args: {
    '--cimo-color-accent': 'light-dark(#7a1f5c, #f2a7cf)',
    'subtitle-part': 'text-transform: uppercase;\nletter-spacing: 0.08em;',
  },
  parameters: ownFrame,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-overview');
    const [subtitle] = part(canvasElement, 'cimo-overview', 'subtitle');
    await expect(getComputedStyle(subtitle).textTransform).toBe('uppercase');
    const [heading] = part(canvasElement, 'cimo-overview', 'heading');
    const accent = {light: 'rgb(122, 31, 92)', dark: 'rgb(242, 167, 207)'}[shownScheme(canvasElement, 'cimo-overview')];
    await expect(getComputedStyle(heading).color).toBe(accent);
  },
};
