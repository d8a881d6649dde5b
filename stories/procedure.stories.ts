import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect} from 'storybook/test';
import {elementMeta, ownFrame} from './support/element-meta.js';
import {part, rendered, shownScheme} from './support/play.js';

const meta: Meta = {title: 'Elements/cimo-procedure', ...elementMeta('cimo-procedure'), args: {procedure: 'drainage'}};
export default meta;
type Story = StoryObj;

export const Drainage: Story = {};

export const ThermalAblation: Story = {args: {procedure: 'thermal-ablation'}};

/**
 * A partner's page: `clinic-name` says who makes the claims; it states only the techniques,
 * organs and stay it lists (each technique it lists gets the "offered here" badge).
 */
export const Partner: Story = {
  name: 'clinic-name, techniques, organs, stay-nights',
  args: {
    procedure: 'thermal-ablation',
    'clinic-name': 'Le centre hospitalier de Lisieux',
    techniques: 'radiofrequency microwave cryotherapy',
    organs: 'liver lung',
    'stay-nights': 3,
  },
  play: async ({canvasElement}) => {
    await expect(await rendered(canvasElement, 'cimo-procedure')).toContain('Le centre hospitalier de Lisieux');
    await expect(part(canvasElement, 'cimo-procedure', 'badge')).toHaveLength(3);
  },
};

/** A partner that names no organ: its statements name none. One night: "d’une nuit". */
export const PartnerWithoutOrgans: Story = {
  name: 'partner without organs, one night',
  args: {procedure: 'thermal-ablation', 'clinic-name': 'Le centre hospitalier de Lisieux', techniques: 'radiofrequency', 'stay-nights': 1},
};

export const HeadingLevel: Story = {
  name: 'heading-level="3"',
  args: {'heading-level': 3},
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-procedure');
    await expect(part(canvasElement, 'cimo-procedure', 'heading')[0]?.localName).toBe('h3');
  },
};

export const Reviewed: Story = {
  name: 'reviewed',
  args: {reviewed: '2025-03-14'},
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-procedure');
    await expect(part(canvasElement, 'cimo-procedure', 'reviewed')[0]?.textContent).toMatch(/2025/);
  },
};

/** The partner clinic's own note, in the `clinic-note` slot. */
export const ClinicNote: Story = {
  name: 'clinic-note slot',
  args: {
    procedure: 'thermal-ablation',
    'clinic-note-slot':
      '<p>Une question avant votre intervention ? Le secrétariat d’imagerie vous répond du lundi au vendredi.</p>',
  },
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-procedure');
    const [wrapper] = part(canvasElement, 'cimo-procedure', 'clinic-note');
    await expect(wrapper?.hidden).toBe(false);
    await expect(canvasElement.querySelector('[slot="clinic-note"]')?.textContent).toContain('secrétariat d’imagerie');
  },
};

export const ThemeDark: Story = {name: 'theme="dark"', args: {procedure: 'thermal-ablation', theme: 'dark'}};

/** Follows the reader's system setting (`prefers-color-scheme`). */
export const ThemeAuto: Story = {name: 'theme="auto"', args: {procedure: 'thermal-ablation', theme: 'auto'}};

/**
 * A partner's brand: its accent colour (a `light-dark()` pair, so the dark theme keeps its
 * contrast) and font through `--cimo-*`, its headings and badges through `::part()`.
 */
export const Branding: Story = {
  args: {
    procedure: 'thermal-ablation',
    '--cimo-color-accent': 'light-dark(#7a1f5c, #f2a7cf)',
    '--cimo-font-family': 'Georgia, serif',
    'section-heading-part': 'text-transform: uppercase;\nletter-spacing: 0.05em;',
    'badge-part': 'border-radius: 0;',
  },
  parameters: ownFrame,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-procedure');
    const [heading] = part(canvasElement, 'cimo-procedure', 'section-heading');
    await expect(getComputedStyle(heading).textTransform).toBe('uppercase');
    await expect(getComputedStyle(heading).fontFamily).toContain('Georgia');
    const [badge] = part(canvasElement, 'cimo-procedure', 'badge');
    const accent = {light: 'rgb(122, 31, 92)', dark: 'rgb(242, 167, 207)'}[shownScheme(canvasElement, 'cimo-procedure')];
    await expect(getComputedStyle(badge).backgroundColor).toBe(accent);
  },
};
