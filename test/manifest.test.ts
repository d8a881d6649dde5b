import {expect} from '@open-wc/testing';
import {organIds, procedureIds} from '../src/content/types.js';
import {themes} from '../src/internal/cimo-element.js';
import '../src/index.js';

// custom-elements.json (written by `npm run build:manifest`) feeds Storybook and editors: it
// must describe every attribute the registered elements really observe.

interface ManifestAttribute {
  name: string;
  type?: {text: string};
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}
interface ManifestModule {
  path: string;
  declarations?: (ManifestDeclaration & {name: string; superclass?: unknown; mixins?: unknown})[];
  exports?: {kind: string; name: string; declaration: {name: string; module?: string}}[];
}
interface Manifest {
  modules: ManifestModule[];
}

const tags = ['cimo-overview', 'cimo-procedure', 'cimo-risks', 'cimo-sfr-link'] as const;

/** The string values of a JSDoc literal union such as `'a' | 'b'`. */
const unionValues = (type: string | undefined): string[] =>
  [...(type ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]);

describe('custom-elements.json', () => {
  let elements: Map<string, ManifestDeclaration>;
  let manifest: Manifest;

  before(async () => {
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json is served (run npm run build:manifest)').to.be.true;
    manifest = (await response.json()) as Manifest;
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    elements = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName!, d]));
  });

  const attribute = (tag: string, name: string) => elements.get(tag)?.attributes?.find((a) => a.name === name);

  for (const tag of tags) {
    it(`lists every attribute <${tag}> observes`, () => {
      const observed = (customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes;
      const documented = (elements.get(tag)?.attributes ?? []).map((a) => a.name);
      expect(observed.length, `${tag} observes attributes`).to.be.greaterThan(0);
      expect([...documented].sort()).to.deep.equal([...observed].sort());
    });

    it(`gives <${tag}>'s theme its allowed values`, () => {
      expect(unionValues(attribute(tag, 'theme')?.type?.text)).to.deep.equal([...themes]);
    });
  }

  it('gives procedure and organ their allowed values', () => {
    for (const tag of ['cimo-procedure', 'cimo-risks', 'cimo-sfr-link']) {
      expect(unionValues(attribute(tag, 'procedure')?.type?.text), tag).to.deep.equal([...procedureIds]);
    }
    expect(unionValues(attribute('cimo-risks', 'organ')?.type?.text)).to.deep.equal([...organIds]);
  });

  it('names only files the package ships, and names each module exports', async () => {
    const paths = manifest.modules.map((module) => module.path);
    expect(paths).to.include.members(['lib/index.js', 'lib/components/procedure/define.js']);
    for (const module of manifest.modules) {
      expect(module.path, 'a built file, not a source').to.match(/^lib\/.+\.js$/);
      // Served from the build, and each declaration is a real export of that module.
      const exported = (await import(/* @vite-ignore */ `/${module.path}`)) as Record<string, unknown>;
      for (const declaration of module.declarations ?? []) {
        expect(exported, `${module.path} exports ${declaration.name}`).to.have.property(declaration.name);
        expect(declaration, `${declaration.name} names no internal base class`).not.to.have.property('superclass');
        expect(declaration, `${declaration.name} names no internal mixin`).not.to.have.property('mixins');
      }
      for (const entry of module.exports ?? []) {
        const target = entry.declaration.module;
        if (target) expect(target, `${module.path}: ${entry.name}`).to.match(/^lib\/.+\.js$/);
      }
    }
    const internal = JSON.stringify(manifest).match(/src\/[^"]*\.ts|CimoElement|CimoHeadedElement|"privacy"/g);
    expect(internal, 'sources, internal classes or private members').to.equal(null);
  });

  it('documents the clinic-note slot and the click event', () => {
    const procedure = elements.get('cimo-procedure') as {slots?: {name: string}[]};
    const sfrLink = elements.get('cimo-sfr-link') as {events?: {name: string}[]};
    expect(procedure.slots?.map((slot) => slot.name)).to.include('clinic-note');
    expect(sfrLink.events?.map((event) => event.name)).to.include('cimo-sfr-link-click');
  });
});
