// @custom-elements-manifest/analyzer config: `npm run build:manifest` writes custom-elements.json
// from the JSDoc of the element classes (src/components/*/*.ts), then from it the editor data
// (vscode.html-custom-data.json, web-types.json) and the JSX types of lib/jsx/ (break-stuff's
// plugins: the ones the analyzer's docs point to, kept up to date, no Node engine limit).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {posix} from 'node:path';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';
import {customElementJsxPlugin} from 'custom-element-jsx-integration';
import {customElementVuejsPlugin} from 'custom-element-vuejs-integration';
import {customElementSveltePlugin} from 'custom-element-svelte-integration';
import {cimoFallbacks} from './scripts/css-fallbacks.mjs';

/**
 * Our elements register through `defineElement('cimo-x', CimoX)` (src/internal/define-element.ts)
 * rather than `customElements.define`, which the analyzer alone would not recognise: this plugin
 * records those calls as custom-element definitions, so each class gets its `tagName`.
 */
function defineElementCallsPlugin() {
  return {
    name: 'cimo-define-element-calls',
    analyzePhase({ts, node, moduleDoc, context}) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, elementClass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !elementClass || !ts.isIdentifier(elementClass)) return;
      const className = elementClass.text;
      const imported = context.imports?.find((entry) => entry.name === className);
      // The class's module as the manifest names it (a .ts path under src/).
      const module = imported
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {kind: 'custom-element-definition', name: tag.text, declaration: {name: className, module}},
      ];
    },
  };
}

/**
 * Gives each `--cimo-*` custom property the default written in the shared styles (its
 * `var()` fallback, e.g. `light-dark(#1b2833, #eef3f6)`), so tools such as Storybook's
 * Default column show it without a second copy in JSDoc.
 */
function cssPropertyDefaultsPlugin() {
  const fallbacks = cimoFallbacks(readFileSync('src/internal/shared.styles.ts', 'utf8'));
  return {
    name: 'cimo-css-property-defaults',
    packageLinkPhase({customElementsManifest}) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const property of declaration.cssProperties ?? []) {
          property.default ??= fallbacks.get(property.name);
        }
      }
    },
  };
}

/** The modules an app can import: the entry point, each element's class and its `define` module. */
const isPublicModule = (path) => path === 'src/index.ts' || /^src\/components\/([^/]+)\/(\1|define)\.ts$/.test(path);
/** A source path as shipped: `src/x.ts` is `lib/x.js`. */
const shipped = (path) => path.replace(/^src\/(.*)\.ts$/, 'lib/$1.js');

/**
 * The manifest describes the package as published: only modules an app can import, under their
 * lib/ paths, and only public members; references to the internal base classes and mixins are dropped.
 */
function publishedModulesPlugin() {
  return {
    name: 'cimo-published-modules',
    packageLinkPhase({customElementsManifest: manifest}) {
      manifest.modules = manifest.modules.filter((module) => isPublicModule(module.path));
      for (const module of manifest.modules) {
        module.path = shipped(module.path);
        for (const entry of module.exports ?? []) {
          const target = entry.declaration?.module;
          // Re-exports name their module relative to the exporting one: make it package-relative.
          if (target) entry.declaration.module = shipped(target.startsWith('.') ? posix.join(posix.dirname(module.path), target) : target);
        }
        for (const declaration of module.declarations ?? []) {
          delete declaration.superclass;
          delete declaration.mixins;
          // Reactive properties declared in `static get properties()` come marked "public": the rest is the default.
          declaration.members = declaration.members
            ?.filter((member) => (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#'))
            .map((member) => ({...member, privacy: undefined}));
          for (const list of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
            for (const item of declaration[list] ?? []) delete item.inheritedFrom;
          }
        }
      }
    },
  };
}

/**
 * The framework entry points of lib/jsx/ (`cimo-widgets/jsx/react` …): React's and Preact's JSX
 * take the generated `CustomElements`; the Vue and Svelte files declare theirs already. Each
 * gets an empty module, so an `import 'cimo-widgets/jsx/react'` also works at run time.
 */
function jsxEntryPointsPlugin() {
  const augment = (module) => `// Generated by custom-elements-manifest.config.mjs: the elements as ${module} JSX tags.
import type {CustomElements} from './custom-elements-jsx.js';

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;
  return {
    name: 'cimo-jsx-entry-points',
    packageLinkPhase() {
      mkdirSync('lib/jsx', {recursive: true});
      writeFileSync('lib/jsx/react.d.ts', augment('react'));
      writeFileSync('lib/jsx/preact.d.ts', augment('preact'));
      for (const name of ['react', 'preact', 'vue', 'svelte', 'custom-elements-jsx']) {
        writeFileSync(`lib/jsx/${name}.js`, 'export {};\n');
      }
    },
  };
}

/** Where the JSX types find the element classes, from lib/jsx/. */
const typesFromLib = {outdir: 'lib/jsx', globalTypePath: '../index.js', hideLogs: true};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/react/**'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` field is written by hand; don't let the analyzer rewrite it.
  packagejson: false,
  plugins: [
    defineElementCallsPlugin(),
    cssPropertyDefaultsPlugin(),
    publishedModulesPlugin(),
    customElementVsCodePlugin({outdir: '.', htmlFileName: 'vscode.html-custom-data.json', cssFileName: null, hideLogs: true}),
    customElementJetBrainsPlugin({outdir: '.', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true}),
    customElementJsxPlugin({...typesFromLib, fileName: 'custom-elements-jsx.d.ts'}),
    customElementVuejsPlugin({...typesFromLib, fileName: 'vue.d.ts'}),
    customElementSveltePlugin({...typesFromLib, fileName: 'svelte.d.ts'}),
    jsxEntryPointsPlugin(),
  ],
};
