// Builds the CDN file: one minified ES module with Lit inside (its production build), plus one
// lazy chunk per translation, fetched next to it. Input is tsc's output in lib/ (`npm run build`).
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import {shrink} from './scripts/rollup-shrink.mjs';
import {sriManifest} from './scripts/rollup-sri.mjs';

const STR_TAG = '\0cimo-str-tag';

/**
 * Translation catalogues import only `str` from @lit/localize. Giving them their own copy of
 * that one-line tag keeps each chunk self-contained: it imports nothing back from the main file,
 * so it never starts a second copy of the bundle whatever URL the page loaded it from.
 */
const selfContainedLocales = {
  name: 'self-contained-locales',
  resolveId: (source, importer) =>
    source === '@lit/localize' && importer?.includes('/generated/locales/') ? STR_TAG : null,
  load: (id) =>
    id === STR_TAG ? 'export const str = (strings, ...values) => ({strTag: true, strings, values});' : null,
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
    // Terser cannot see inside template literals: html-minifier-next and lightningcss can.
    // keepClosingSlash: in `svg` templates `<path … />` must stay self-closing, or the paths nest.
    minifyTemplates({include: ['**/lib/**/*.js'], failOnError: true, options: {minifyOptions: {keepClosingSlash: true}}}),
    shrink(),
    nodeResolve({exportConditions: ['production']}),
    terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
    sriManifest(),
  ],
};
