// Unit tests of the CDN build's message-id shortener (scripts/rollup-shrink.mjs), run by rollup
// itself on small virtual modules.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {rollup} from 'rollup';
import {shrink} from '../../scripts/rollup-shrink.mjs';

/** Bundles `modules` (path -> code, entry first) through shrink() and returns the output code. */
async function build(modules) {
  const virtual = {
    name: 'virtual',
    resolveId: (source) => (source in modules ? source : source === '@lit/localize' ? {id: source, external: true} : null),
    load: (id) => modules[id] ?? null,
  };
  const bundle = await rollup({input: Object.keys(modules)[0], plugins: [virtual, shrink()]});
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  return output[0].code;
}

const component = `import {msg} from '@lit/localize';
import {templates} from '/lib/generated/locales/en.js';
export const title = () => msg('Le drainage', {id: 'drainage.title'});
export const lead = () => msg('Il s’agit', {id: 'drainage.lead'});
export const again = () => msg('Le drainage', {id: 'drainage.title'});
export {templates};`;
const catalogue = `export const templates = {'drainage.lead': 'It is', 'drainage.title': 'Drainage', 'other.unused': 'x'};`;

describe('rollup-shrink: message ids', () => {
  it('gives each id one short id, the same in the code and in the catalogue', async () => {
    const code = await build({'/lib/index.js': component, '/lib/generated/locales/en.js': catalogue});
    const ids = [...code.matchAll(/msg\([^)]*\{\s*id:\s*"([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(ids, ['0', '1', '0']);
    assert.match(code, /"1": 'It is', "0": 'Drainage', "2": 'x'/);
    assert.doesNotMatch(code, /drainage\.title|drainage\.lead/);
  });

  it('starts from 0 again on each build', async () => {
    const modules = {'/lib/index.js': component, '/lib/generated/locales/en.js': catalogue};
    assert.equal(await build(modules), await build(modules));
  });

  it('refuses a msg() without an id, naming the file', async () => {
    await assert.rejects(
      build({'/lib/bad.js': `import {msg} from '@lit/localize';\nexport const x = () => msg('Sans id');`}),
      /msg\(\) without an \{id: \.\.\.\} in \/lib\/bad\.js/
    );
  });

  it('leaves modules outside lib/ alone', async () => {
    const code = await build({'/elsewhere/x.js': `import {msg} from '@lit/localize';\nexport const x = () => msg('a', {id: 'long.id'});`});
    assert.match(code, /id: 'long\.id'/);
  });
});
