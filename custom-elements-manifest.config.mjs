// @custom-elements-manifest/analyzer config: `npm run build:manifest` writes custom-elements.json
// from the JSDoc of the element classes (src/components/*/*.ts).

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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` field is written by hand; don't let the analyzer rewrite it.
  packagejson: false,
  plugins: [defineElementCallsPlugin()],
};
