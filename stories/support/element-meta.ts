import type {Meta} from '@storybook/web-components-vite';
import ElementDocs from '../../.storybook/element-docs.mdx';
import {elementDeclaration, elementHelpers, type CimoTag} from './manifest.js';

/**
 * The meta of an element's stories but its title (which Storybook's indexer reads from the
 * story file's own object): its manifest tables and controls, render and docs page.
 */
export function elementMeta(tag: CimoTag): Meta {
  const {summary} = elementDeclaration(tag);
  return {component: tag, ...elementHelpers(tag), parameters: {docs: {page: ElementDocs, subtitle: summary}}};
}

/**
 * Stories that set `<style>` rules (custom properties, `::part()`) render in their own frame on
 * the docs page, so the rules reach no other story there.
 */
export const ownFrame = {docs: {story: {inline: false, height: '36rem'}}};
