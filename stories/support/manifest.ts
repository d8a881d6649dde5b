// custom-elements.json (written by `npm run build:manifest`) is the one source of the stories'
// controls, docs tables and rendering, through @wc-toolkit/storybook-helpers.
import {helpersConfig} from './helpers-config.js';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {getStorybookHelpers, setStorybookHelpersConfig} from '@wc-toolkit/storybook-helpers';
import type {ArgTypes} from '@storybook/web-components-vite';
import manifestJson from '../../custom-elements.json';

export type CimoTag = 'cimo-overview' | 'cimo-procedure' | 'cimo-risks' | 'cimo-sfr-link';

interface Field {
  kind: string;
  name: string;
  description?: string;
  type?: {text: string};
  default?: string;
  attribute?: string;
  privacy?: string;
  static?: boolean;
}
export interface ElementDeclaration {
  tagName: string;
  summary?: string;
  description?: string;
  members?: Field[];
  cssProperties?: {name: string; description?: string}[];
}
interface Manifest {
  modules: {declarations?: Partial<ElementDeclaration>[]}[];
}

// Set here as well as in preview.ts: a story file may be evaluated first (story tests), and the
// helpers read the manifest when a story file calls them.
setCustomElementsManifest(manifestJson);
setStorybookHelpersConfig(helpersConfig);

const elements = new Map(
  (manifestJson as Manifest).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ElementDeclaration => typeof declaration.tagName === 'string')
    .map((declaration) => [declaration.tagName, declaration])
);

export function elementDeclaration(tag: CimoTag): ElementDeclaration {
  const declaration = elements.get(tag);
  if (!declaration) throw new Error(`${tag} is missing from custom-elements.json: run npm run build:manifest`);
  return declaration;
}

/** A type as a reader wants it: every attribute may be absent, so `| undefined` says nothing. */
const withoutUndefined = (type: string) => type.replace(/\s*\|\s*undefined\b/g, '');

/** Where each kind of row sits in the tables. */
const categoryOrder = ['attributes', 'properties', 'slots', 'events', 'css shadow parts', 'css properties'];

/** Strips JSDoc quotes from a default (`'light'` → `light`). */
const unquoted = (value: string) => value.replace(/^(['"])(.*)\1$/, '$2');

/**
 * The JavaScript properties, each under "properties" (the helpers show an attribute and its
 * property as one row, named after the attribute): a developer setting `el.clinicName` needs the
 * name. Docs only, no control: the attribute's control already sets it.
 */
function propertyRows(tag: CimoTag): ArgTypes {
  const fields = (elementDeclaration(tag).members ?? []).filter(
    (member) => member.kind === 'field' && !member.privacy && !member.static
  );
  return Object.fromEntries(
    fields.map((field) => [
      `${field.name}-property`,
      {
        name: field.name,
        description: field.attribute
          ? `The \`${field.attribute}\` attribute as a JavaScript property.`
          : (field.description ?? ''),
        control: false,
        table: {
          category: 'properties',
          type: {summary: withoutUndefined(field.type?.text ?? '')},
          defaultValue: field.default ? {summary: unquoted(field.default)} : undefined,
        },
      },
    ])
  );
}

/**
 * The element's argTypes (attributes, properties, slots, events, CSS parts and custom
 * properties, each under its own kind, with type and default) and its render function.
 */
export function elementHelpers(tag: CimoTag) {
  const {argTypes, template} = getStorybookHelpers(tag);
  // The helpers' template reads every part and slot arg as a string; unset ones are empty.
  const blanks = Object.fromEntries(Object.keys(argTypes).filter((key) => /-(part|slot)$/.test(key)).map((key) => [key, '']));
  for (const argType of Object.values(argTypes)) {
    const table = argType.table ?? {};
    // An attribute without a default (`procedure`, `reviewed`) shows "-" rather than `""`.
    if (table.defaultValue?.summary === '') table.defaultValue = undefined;
    // The helpers keep a custom property's default (its var() fallback) out of the table.
    if (table.category === 'css properties' && argType.defaultValue) {
      table.defaultValue = {summary: String(argType.defaultValue)};
    }
    if (table.type?.summary) table.type.summary = withoutUndefined(table.type.summary);
    // The rows name what a webmaster writes, not the args' keys ("arg ref - clinic-note-slot"):
    // the helpers' hideArgRef option is read on a timer, after story files have called them.
    if (argType.description) argType.description = argType.description.replace(/\s*arg ref - `[^`]*`$/, '');
  }
  const rank = ([, argType]: [string, ArgTypes[string]]) => {
    const index = categoryOrder.indexOf(String(argType.table?.category));
    return index < 0 ? categoryOrder.length : index;
  };
  return {
    argTypes: Object.fromEntries(
      Object.entries({...argTypes, ...propertyRows(tag)}).sort((a, b) => rank(a) - rank(b))
    ) as ArgTypes,
    render: (args: Record<string, unknown>) => template({...blanks, ...args}),
  };
}
