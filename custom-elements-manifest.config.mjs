// @custom-elements-manifest/analyzer config: `npm run build:manifest` writes custom-elements.json
// from the JSDoc of the element classes (src/components/*/*.ts).
import {readFileSync} from 'node:fs';
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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` field is written by hand; don't let the analyzer rewrite it.
  packagejson: false,
  plugins: [defineElementCallsPlugin(), cssPropertyDefaultsPlugin()],
};
