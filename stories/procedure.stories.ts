import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {elementDocs} from './support/docs.js';
import {renderCimoElement} from './support/render.js';

const meta: Meta = {
  title: 'Elements/cimo-procedure',
  component: 'cimo-procedure',
  render: renderCimoElement('cimo-procedure'),
  parameters: elementDocs('cimo-procedure', '<cimo-procedure procedure="drainage"></cimo-procedure>'),
  args: {procedure: 'drainage'},
};
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
};

/** A partner that names no organ: its statements name none. One night: "d’une nuit". */
export const PartnerWithoutOrgans: Story = {
  name: 'partner without organs, one night',
  args: {procedure: 'thermal-ablation', 'clinic-name': 'Le centre hospitalier de Lisieux', techniques: 'radiofrequency', 'stay-nights': 1},
};

export const HeadingLevel: Story = {name: 'heading-level="3"', args: {'heading-level': 3}};

export const Reviewed: Story = {name: 'reviewed', args: {reviewed: '2025-03-14'}};

/** The partner clinic's own note, in the `clinic-note` slot. */
export const ClinicNote: Story = {
  name: 'clinic-note slot',
  args: {
    procedure: 'thermal-ablation',
    'clinic-note': 'Une question avant votre intervention ? Le secrétariat d’imagerie vous répond du lundi au vendredi.',
  },
};

export const ThemeDark: Story = {name: 'theme="dark"', args: {procedure: 'thermal-ablation', theme: 'dark'}};
