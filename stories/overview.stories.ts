import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {elementDocs} from './support/docs.js';
import {renderCimoElement} from './support/render.js';

const meta: Meta = {
  title: 'Elements/cimo-overview',
  component: 'cimo-overview',
  render: renderCimoElement('cimo-overview'),
  parameters: elementDocs('cimo-overview', '<cimo-overview></cimo-overview>'),
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

/** The introduction as the page's main title, on a page that has none. */
export const HeadingLevel1: Story = {name: 'heading-level="1"', args: {'heading-level': 1}};

export const ThemeDark: Story = {name: 'theme="dark"', args: {theme: 'dark'}};

/** Follows the reader's system setting (`prefers-color-scheme`). */
export const ThemeAuto: Story = {name: 'theme="auto"', args: {theme: 'auto'}};
