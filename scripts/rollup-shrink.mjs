// Rollup plugin for the CDN build: shortens @lit/localize's message ids, which terser cannot
// know are only keys between the code and the catalogues.

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

const isNamed = (node, name) => node?.type === 'Identifier' && node.name === name;
const idProperty = (object) =>
  object?.type === 'ObjectExpression' &&
  object.properties.find((property) => isNamed(property.key, 'id') && typeof property.value.value === 'string');

/**
 * Message ids shortened (`drainage.treats.biliary` -> `7`) in the code and in each catalogue
 * alike. Every `msg()` must carry an explicit id (checked here): lib's private copy of
 * @lit/localize leaves its id-hashing code out (scripts/private-localize.mjs).
 */
export function shrink({sourceDir = '/lib/', catalogueDir = '/generated/locales/'} = {}) {
  let shortIds;
  const shortId = (id) => {
    if (!shortIds.has(id)) shortIds.set(id, shortIds.size.toString(36));
    return shortIds.get(id);
  };
  return {
    name: 'cimo-shrink',
    buildStart() {
      shortIds = new Map();
    },
    transform(code, id) {
      if (!id.replaceAll('\\', '/').includes(sourceDir)) return null;
      const isCatalogue = id.replaceAll('\\', '/').includes(catalogueDir);
      const edits = [];
      const replace = (node, text) => edits.push([node.start, node.end, text]);
      walk(this.parse(code), (node) => {
        if (isCatalogue && node.type === 'Property' && node.key.type === 'Literal' && !node.computed) {
          replace(node.key, JSON.stringify(shortId(node.key.value)));
        } else if (node.type === 'CallExpression' && isNamed(node.callee, 'msg')) {
          const property = idProperty(node.arguments[1]);
          if (!property) this.error(`msg() without an {id: ...} in ${id}; every message needs one.`, node.start);
          replace(property.value, JSON.stringify(shortId(property.value.value)));
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return {code: out, map: null};
    },
  };
}
