import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect} from 'storybook/test';
import {elementMeta, ownFrame} from './support/element-meta.js';
import {part, rendered, shownScheme} from './support/play.js';

const meta: Meta = {title: 'Elements/cimo-risks', ...elementMeta('cimo-risks'), args: {procedure: 'drainage'}};
export default meta;
type Story = StoryObj;

export const Drainage: Story = {};

/** Every organ's risks, as no `organ` is given. */
export const ThermalAblation: Story = {args: {procedure: 'thermal-ablation'}};

export const ThermalAblationLiver: Story = {name: 'Thermal ablation, organ="liver"', args: {procedure: 'thermal-ablation', organ: 'liver'}};

export const ThermalAblationKidney: Story = {name: 'Thermal ablation, organ="kidney"', args: {procedure: 'thermal-ablation', organ: 'kidney'}};

export const ThermalAblationLung: Story = {name: 'Thermal ablation, organ="lung"', args: {procedure: 'thermal-ablation', organ: 'lung'}};

export const HeadingLevel: Story = {
  name: 'heading-level="3"',
  args: {'heading-level': 3},
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-risks');
    await expect(part(canvasElement, 'cimo-risks', 'heading')[0]?.localName).toBe('h3');
  },
};

export const ThemeDark: Story = {name: 'theme="dark"', args: {procedure: 'thermal-ablation', theme: 'dark'}};

/** Follows the reader's system setting (`prefers-color-scheme`). */
export const ThemeAuto: Story = {name: 'theme="auto"', args: {procedure: 'thermal-ablation', theme: 'auto'}};

/**
 * The callout in a partner's colours (`light-dark()` pairs, so the dark theme keeps its
 * contrast), its heading restyled through `::part(heading)`.
 */
export const Branding: Story = {
  args: {
    '--cimo-color-risk-surface': 'light-dark(#fdf1f6, #3b1029)',
    '--cimo-color-risk-border': 'light-dark(#7a1f5c, #f2a7cf)',
    'heading-part': 'font-variant: small-caps;',
  },
  parameters: ownFrame,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-risks');
    const [base] = part(canvasElement, 'cimo-risks', 'base');
    const surface = {light: 'rgb(253, 241, 246)', dark: 'rgb(59, 16, 41)'}[shownScheme(canvasElement, 'cimo-risks')];
    await expect(getComputedStyle(base).backgroundColor).toBe(surface);
    const [heading] = part(canvasElement, 'cimo-risks', 'heading');
    await expect(getComputedStyle(heading).fontVariantCaps).toBe('small-caps');
  },
};
