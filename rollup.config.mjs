// Builds the CDN file: one minified ES module with Lit inside (its production build), plus one
// lazy chunk per translation, fetched next to it. Input is tsc's output in lib/ (`npm run build`).
import {readFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import {shrink} from './scripts/rollup-shrink.mjs';
import {sriManifest} from './scripts/rollup-sri.mjs';

const STR_TAG = '\0cimo-str-tag';

/**
 * Translation catalogues import only `str` from lib's private @lit/localize
 * (lib/internal/lit-localize.js). Giving them their own copy of
 * that one-line tag keeps each chunk self-contained: it imports nothing back from the main file,
 * so it never starts a second copy of the bundle whatever URL the page loaded it from.
 */
const selfContainedLocales = {
  name: 'self-contained-locales',
  resolveId: (source, importer) =>
    source.endsWith('/internal/lit-localize.js') && importer?.includes('/generated/locales/') ? STR_TAG : null,
  load: (id) =>
    id === STR_TAG ? 'export const str = (strings, ...values) => ({strTag: true, strings, values});' : null,
};

/**
 * lib's private copy of @lit/localize is loaded with its source map, so the CDN file's map (and
 * the size and code-scan reports built on it) still name @lit/localize's own modules.
 */
const privateLocalizeSourceMap = {
  name: 'private-localize-source-map',
  load: (id) =>
    id.replaceAll('\\', '/').endsWith('/lib/internal/lit-localize.js')
      ? {code: readFileSync(id, 'utf8'), map: readFileSync(`${id}.map`, 'utf8')}
      : null,
};

export default {
  input: 'lib/index.js',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'cimo-widgets.js',
    chunkFileNames: 'cimo-widgets.[name].js',
    sourcemap: true,
  },
  plugins: [
    selfContainedLocales,
    privateLocalizeSourceMap,
    // Terser cannot see inside template literals: html-minifier-next and lightningcss can.
    // keepClosingSlash: in `svg` templates `<path … />` must stay self-closing, or the paths nest.
    // conservativeCollapse: whitespace between tags becomes one space, as in prerendered HTML,
    // so a widget's text reads the same before and after the script takes it over.
    // removeAttributeQuotes: only where HTML allows (no space, quote or `=`); Lit binds both alike.
    minifyTemplates({
      include: ['**/lib/**/*.js'],
      failOnError: true,
      options: {minifyOptions: {keepClosingSlash: true, conservativeCollapse: true, removeAttributeQuotes: true}},
    }),
    shrink(),
    nodeResolve({exportConditions: ['production']}),
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
    sriManifest(),
  ],
};
