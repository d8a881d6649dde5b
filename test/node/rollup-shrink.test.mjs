// Unit tests of the CDN build's rewrites (scripts/rollup-shrink.mjs), run by rollup itself on
// small virtual modules, with lib's own messageKey (npm test builds lib/ first).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {rollup} from 'rollup';
import {shrink} from '../../scripts/rollup-shrink.mjs';
import {messageKey} from '../../lib/internal/message-key.js';

/** Bundles `modules` (path -> code, entry first) through shrink(); returns every chunk's code by name. */
async function build(modules, options = {}) {
  const virtual = {
    name: 'virtual',
    resolveId: (source) => (source in modules ? source : ['@lit/localize', 'lit'].includes(source) ? {id: source, external: true} : null),
    load: (id) => modules[id] ?? null,
  };
  const bundle = await rollup({input: Object.keys(modules)[0], plugins: [virtual, shrink(options)]});
  const {output} = await bundle.generate({format: 'es', chunkFileNames: '[name].js'});
  await bundle.close();
  return Object.fromEntries(output.map((chunk) => [chunk.name, chunk.code]));
}

const component = `import {msg, str} from '@lit/localize';
export const title = () => msg('Le drainage', {id: 'drainage.title'});
export const lead = (n) => msg(str\`Il reste \${n} nuits\`, {id: 'stay.nights'});
export const again = () => msg('Le drainage', {id: 'drainage.title'});
export const load = () => import('/lib/generated/locales/en.js');`;
const catalogue = `export const templates = {'drainage.title': 'Drainage', 'stay.nights': 'nights', 'other.unused': 'x'};`;
const modules = {'/lib/index.js': component, '/lib/generated/locales/en.js': catalogue};

describe('rollup-shrink: message ids', () => {
  it('drops every id from the code', async () => {
    const {index} = await build(modules);
    assert.doesNotMatch(index, /\bid:|drainage\.title|stay\.nights/);
    assert.match(index, /msg\('Le drainage'\)/);
    assert.match(index, /msg\(str`Il reste \$\{n\} nuits`\)/);
  });

  it('keys the catalogue by the French text as the runtime hashes it, leaving out what no code asks for', async () => {
    const {en} = await build(modules);
    const drainage = messageKey('Le drainage');
    const nights = messageKey(['Il reste ', ' nuits']);
    assert.match(en, new RegExp(`"${drainage}": 'Drainage', "${nights}": 'nights'`));
    assert.doesNotMatch(en, /drainage\.title|other\.unused|'x'/);
  });

  it('refuses a msg() without an id, naming the file', async () => {
    await assert.rejects(
      build({'/lib/bad.js': `import {msg} from '@lit/localize';\nexport const x = () => msg('Sans id');`}),
      /msg\(\) without an \{id: \.\.\.\} in \/lib\/bad\.js/
    );
  });

  it('refuses one French text under two ids, and two texts under one id', async () => {
    await assert.rejects(
      build({'/lib/twice.js': `import {msg} from '@lit/localize';\nexport const x = [msg('Oui', {id: 'a'}), msg('Oui', {id: 'b'})];`}),
      /ids "a" and "b" have one key/
    );
    await assert.rejects(
      build({'/lib/twice.js': `import {msg} from '@lit/localize';\nexport const x = [msg('Oui', {id: 'a'}), msg('Non', {id: 'a'})];`}),
      /id "a" has two French texts/
    );
  });

  it('refuses a hash collision', async () => {
    const code = `import {msg} from '@lit/localize';\nexport const x = [msg('Oui', {id: 'a'}), msg('Non', {id: 'b'})];`;
    await assert.rejects(build({'/lib/x.js': code}, {messageKey: () => 'same'}), /ids "a" and "b" have one key \(same\)/);
  });

  it('leaves modules outside lib/ alone', async () => {
    const {x} = await build({'/elsewhere/x.js': `import {msg} from '@lit/localize';\nexport const x = () => msg('a', {id: 'long.id'});`});
    assert.match(x, /id: 'long\.id'/);
  });
});

describe('rollup-shrink: css templates', () => {
  it('turns a css template without expressions into unsafeCSS() of the same text', async () => {
    const {index} = await build({'/lib/index.js': `import {css as tag} from 'lit';\nexport const a = tag\`:host{color:red}\`;`});
    assert.match(index, /import \{ unsafeCSS\b[^}]*\} from 'lit';/);
    assert.match(index, /const a = unsafeCSS[\w$]*\(`:host\{color:red\}`\);/);
    assert.doesNotMatch(index, /\btag`/);
  });

  it('keeps the css tag where a template has expressions', async () => {
    const {index} = await build({'/lib/index.js': `import {css} from 'lit';\nconst b = css\`a\`;\nexport const a = css\`\${b} p{}\`;`});
    assert.match(index, /css`\$\{b\} p\{\}`/);
  });
});

describe('messageKey', () => {
  it('hashes a text or template parts into a short base-36 key, parts joined as @lit/localize joins them', () => {
    assert.match(messageKey('Le drainage'), /^[0-9a-z]{1,7}$/);
    assert.equal(messageKey(['a', 'b']), messageKey('a\x1eb'));
    assert.notEqual(messageKey('ab'), messageKey(['a', 'b']));
    assert.notEqual(messageKey('Oui'), messageKey('Non'));
  });
});
