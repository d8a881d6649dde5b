import type {Categories} from '@wc-toolkit/storybook-helpers';

// @wc-toolkit/storybook-helpers reads its options from a global, on a timer started when its
// modules load (hence the preview's loader); set here, before any story calls the helpers.
// Imported by name, so that a production build (package.json's sideEffects) keeps it.
export const helpersConfig = {
  typeRef: 'parsedType',
  useScopedStyles: false,
  categoryOrder: <Categories[]>['attributes', 'properties', 'slots', 'events', 'cssParts', 'cssProps'],
  // Controls write the story's args; an observer writing attributes back into the args would
  // copy the toolbar's theme into "Show code".
  disableArgObserver: true,
};

(globalThis as {__WC_STORYBOOK_HELPERS_CONFIG__?: typeof helpersConfig}).__WC_STORYBOOK_HELPERS_CONFIG__ = helpersConfig;
