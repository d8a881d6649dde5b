import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect} from 'storybook/test';
import {elementMeta, ownFrame} from './support/element-meta.js';
import {part, rendered, shownScheme} from './support/play.js';

const meta: Meta = {title: 'Elements/cimo-sfr-link', ...elementMeta('cimo-sfr-link'), args: {procedure: 'drainage'}};
export default meta;
type Story = StoryObj;

/** Following the link logs `cimo-sfr-link-click` in the Actions panel. */
export const Drainage: Story = {};

export const ThermalAblation: Story = {args: {procedure: 'thermal-ablation'}};

/** The sheet's own address instead of the SFR's home page. */
export const Href: Story = {
  name: 'href',
  args: {href: 'https://www.radiologie.fr/patients/fiches-information'},
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-sfr-link');
    await expect(part(canvasElement, 'cimo-sfr-link', 'link')[0]?.getAttribute('href')).toBe(
      'https://www.radiologie.fr/patients/fiches-information'
    );
  },
};

export const ThemeDark: Story = {name: 'theme="dark"', args: {theme: 'dark'}};

/** Follows the reader's system setting (`prefers-color-scheme`). */
export const ThemeAuto: Story = {name: 'theme="auto"', args: {theme: 'auto'}};

/**
 * The link in a partner's colour (a `light-dark()` pair, so the dark theme keeps its contrast),
 * its panel restyled through `::part(base)`.
 */
export const Branding: Story = {
  args: {
    '--cimo-color-link': 'light-dark(#7a1f5c, #f2a7cf)',
    'base-part': 'border-inline-start-width: 0.5rem;',
  },
  parameters: ownFrame,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-sfr-link');
    const [link] = part(canvasElement, 'cimo-sfr-link', 'link');
    const linkColour = {light: 'rgb(122, 31, 92)', dark: 'rgb(242, 167, 207)'}[shownScheme(canvasElement, 'cimo-sfr-link')];
    await expect(getComputedStyle(link).color).toBe(linkColour);
    const [base] = part(canvasElement, 'cimo-sfr-link', 'base');
    await expect(getComputedStyle(base).borderInlineStartWidth).toBe('8px');
  },
};
