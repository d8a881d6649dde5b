import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {elementDocs} from './support/docs.js';
import {renderCimoElement} from './support/render.js';

const meta: Meta = {
  title: 'Elements/cimo-sfr-link',
  component: 'cimo-sfr-link',
  render: renderCimoElement('cimo-sfr-link'),
  parameters: elementDocs('cimo-sfr-link', '<cimo-sfr-link procedure="drainage"></cimo-sfr-link>'),
  args: {procedure: 'drainage'},
};
export default meta;
type Story = StoryObj;

/** Following the link logs `cimo-sfr-link-click` in the Actions panel. */
export const Drainage: Story = {};

export const ThermalAblation: Story = {args: {procedure: 'thermal-ablation'}};

/** The sheet's own address instead of the SFR's home page. */
export const Href: Story = {
  name: 'href',
  args: {href: 'https://www.radiologie.fr/patients/fiches-information'},
};

export const ThemeDark: Story = {name: 'theme="dark"', args: {theme: 'dark'}};
