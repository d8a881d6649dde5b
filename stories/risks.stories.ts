import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {elementDocs} from './support/docs.js';
import {renderCimoElement} from './support/render.js';

const meta: Meta = {
  title: 'Elements/cimo-risks',
  component: 'cimo-risks',
  render: renderCimoElement('cimo-risks'),
  parameters: elementDocs('cimo-risks', '<cimo-risks procedure="drainage"></cimo-risks>'),
  args: {procedure: 'drainage'},
};
export default meta;
type Story = StoryObj;

export const Drainage: Story = {};

/** Every organ's risks, as no `organ` is given. */
export const ThermalAblation: Story = {args: {procedure: 'thermal-ablation'}};

export const ThermalAblationLiver: Story = {name: 'Thermal ablation, organ="liver"', args: {procedure: 'thermal-ablation', organ: 'liver'}};

export const ThermalAblationKidney: Story = {name: 'Thermal ablation, organ="kidney"', args: {procedure: 'thermal-ablation', organ: 'kidney'}};

export const ThermalAblationLung: Story = {name: 'Thermal ablation, organ="lung"', args: {procedure: 'thermal-ablation', organ: 'lung'}};

export const HeadingLevel: Story = {name: 'heading-level="3"', args: {'heading-level': 3}};

export const ThemeDark: Story = {name: 'theme="dark"', args: {procedure: 'thermal-ablation', theme: 'dark'}};
