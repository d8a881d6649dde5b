// Runs after tsc (npm run build:lib): gives lib/ its own private copy of the @lit/localize runtime.
//
// Why: @lit/localize keeps one locale per module instance and `configureLocalization` may run
// once per instance. Sharing the host app's copy would either throw ("lit-localize can only be
// configured once") or put our French/English messages under the host's locales. So lib/ imports
// lib/internal/lit-localize.js, a bundle of the few functions it uses, which sends no status
// event: the host's locale switches and ours never re-render each other's elements.
// `lit` stays a shared dependency (the runtime imports nothing from it).
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';

const LIB = 'lib';
const PRIVATE = join(LIB, 'internal/lit-localize.js');
const ENTRY = '\0cimo-private-localize';
const SPECIFIER = /(from\s+|import\()(['"])@lit\/localize\2/g;
// lib's own module, next to the private copy.
const MESSAGE_KEY = './message-key.js';

/** `text` with `search` replaced, or an error if @lit/localize's code no longer holds it. */
function replaceOnce(text, search, replacement) {
  if (!text.includes(search)) throw new Error(`private-localize: @lit/localize changed, "${search}" not found`);
  return text.replace(search, replacement);
}

const files = readdirSync(LIB, {recursive: true})
  .map(String)
  .filter((file) => /\.(js|d\.ts)$/.test(file))
  .map((file) => join(LIB, file));

// The names lib/ imports from @lit/localize, so the private copy holds exactly those.
const names = new Set();
for (const file of files.filter((file) => file.endsWith('.js'))) {
  for (const [, list] of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]@lit\/localize['"]/g)) {
    for (const name of list.split(',')) if (name.trim()) names.add(name.trim());
  }
}

const bundle = await rollup({
  input: ENTRY,
  plugins: [
    {
      name: 'private-localize',
      resolveId: (id) => (id === ENTRY ? ENTRY : null),
      load(id) {
        if (id === ENTRY) return `export {${[...names].sort().join(', ')}} from '@lit/localize';`;
        // Messages are looked up by id in lib/; the CDN file drops the ids and keys its catalogues
        // by a short hash of the French text (src/internal/message-key.ts), not by lit's own.
        if (id.replaceAll('\\', '/').endsWith('@lit/localize/internal/id-generation.js')) {
          return `export {messageKey as generateMsgId} from '${MESSAGE_KEY}';`;
        }
        return null;
      },
      // No status events: nothing listens to ours (the public one is `cimo-locale-change`), and
      // the host app's own @lit/localize must never hear our locale switches.
      transform: (code, id) =>
        id.replaceAll('\\', '/').endsWith('@lit/localize/init/runtime.js')
          ? {code: replaceOnce(code, 'window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));', ''), map: null}
          : null,
    },
    {
      name: 'private-localize-external-key',
      resolveId: (id) => (id === MESSAGE_KEY ? {id: MESSAGE_KEY, external: true} : null),
    },
    nodeResolve(),
  ],
});
await bundle.write({file: PRIVATE, format: 'es', sourcemap: true});
await bundle.close();

// The private copy's types: only what the catalogue declarations name.
writeFileSync(
  PRIVATE.replace(/\.js$/, '.d.ts'),
  `// The private copy of @lit/localize's runtime (scripts/private-localize.mjs).
export interface StrResult {
  strTag: true;
  strings: TemplateStringsArray;
  values: unknown[];
}
`
);

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const target = relative(dirname(file), PRIVATE).replaceAll('\\', '/');
  const path = target.startsWith('.') ? target : `./${target}`;
  const rewritten = text.replace(SPECIFIER, (_, keyword, quote) => `${keyword}${quote}${path}${quote}`);
  if (rewritten !== text) writeFileSync(file, rewritten);
}
