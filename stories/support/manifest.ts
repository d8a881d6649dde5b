// Typed access to custom-elements.json (written by `npm run build:manifest`): the one source of
// the stories' controls, docs tables, rendering and embed snippets.
import manifestJson from '../../custom-elements.json';

interface Named {
  name: string;
  description?: string;
}
export interface ElementDeclaration {
  tagName: string;
  summary?: string;
  description?: string;
  attributes?: (Named & {type?: {text: string}})[];
  slots?: Named[];
  events?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: {declarations?: Partial<ElementDeclaration>[]}[];
}

export const manifest: unknown = manifestJson;

const elements = new Map(
  (manifestJson as Manifest).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ElementDeclaration => typeof declaration.tagName === 'string')
    .map((declaration) => [declaration.tagName, declaration])
);

export type CimoTag = 'cimo-overview' | 'cimo-procedure' | 'cimo-risks' | 'cimo-sfr-link';

export function elementDeclaration(tag: CimoTag): ElementDeclaration {
  const declaration = elements.get(tag);
  if (!declaration) throw new Error(`${tag} is missing from custom-elements.json: run npm run build:manifest`);
  return declaration;
}

/** Storybook's arg name for an event's action (see @storybook/web-components' mapEvent). */
export const eventArgName = (event: string): string =>
  'on' + event.replace(/(?:^|[-_:.\s]+)(.)/g, (_match, letter: string) => letter.toUpperCase());
