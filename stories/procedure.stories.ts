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

/** The clinic named in the "currently offers" statements. */
export const ClinicName: Story = {
  name: 'clinic-name',
  args: {procedure: 'thermal-ablation', 'clinic-name': 'Le centre hospitalier de Lisieux'},
};

/** Every technique offered: each gets the "offered here" badge and its own statement. */
export const Techniques: Story = {
  name: 'techniques',
  args: {procedure: 'thermal-ablation', techniques: 'radiofrequency microwave cryotherapy'},
};

/** One night: the stay is worded in the singular. */
export const StayNights: Story = {name: 'stay-nights', args: {procedure: 'thermal-ablation', 'stay-nights': 1}};

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
