// Rollup plugin for the CDN build: two rewrites terser cannot make, because it cannot know what
// @lit/localize's ids and Lit's `css` tag are for.
//   - msg() ids are only keys between the code and the catalogues: every `{id}` is dropped, and
//     each catalogue is keyed by messageKey() of the French text, which the runtime computes from
//     the text it holds (src/internal/message-key.ts).
//     A str`` template's `\u00a0` escapes become the no-break space itself (6 bytes to 2).
//   - A `css` template without expressions needs none of the tag's checks: it becomes
//     `unsafeCSS()` of the same (minified) text, and the tag itself leaves the bundle.
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

/** The French text of a msg() call's first argument, as @lit/localize hashes it. */
function frenchParts(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && !node.expressions.length) return node.quasis[0].value.cooked;
  if (node.type === 'TaggedTemplateExpression' && isNamed(node.tag, 'str')) return node.quasi.quasis.map((quasi) => quasi.value.cooked);
  return undefined;
}

/** `code` with each [start, end, text] edit made, the last first so earlier offsets hold. */
function applyEdits(code, edits) {
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0] || b[1] - a[1])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const loadMessageKey = async () => (await import(new URL('../lib/internal/message-key.js', import.meta.url).href)).messageKey;

/**
 * @param {object} [options]
 * @param {string} [options.sourceDir] modules to rewrite (path part)
 * @param {string} [options.catalogueDir] catalogue modules (path part)
 * @param {(parts: string | string[]) => string} [options.messageKey] the key function; default lib's
 */
export function shrink({sourceDir = '/lib/', catalogueDir = '/generated/locales/', messageKey} = {}) {
  /** msg() id -> key of its French text; key -> the id that has it. */
  let keyOfId;
  let idOfKey;
  let catalogues;
  let keyFunction;
  return {
    name: 'cimo-shrink',
    async buildStart() {
      keyOfId = new Map();
      idOfKey = new Map();
      catalogues = new Set();
      keyFunction = messageKey ?? (await loadMessageKey());
    },
    transform(code, id) {
      const path = id.replaceAll('\\', '/');
      if (!path.includes(sourceDir)) return null;
      if (path.includes(catalogueDir)) {
        catalogues.add(id);
        return null; // keyed once every msg() is known (renderChunk)
      }
      const remember = (messageId, key, position) => {
        if ((keyOfId.get(messageId) ?? key) !== key) this.error(`msg() id "${messageId}" has two French texts (${id}).`, position);
        const owner = idOfKey.get(key) ?? messageId;
        if (owner !== messageId) {
          this.error(`msg() ids "${owner}" and "${messageId}" have one key (${key}): one French text under two ids, or a hash collision.`, position);
        }
        keyOfId.set(messageId, key);
        idOfKey.set(key, messageId);
      };
      const edits = [];
      const tree = this.parse(code);
      const cssTags = new Set();
      for (const statement of tree.body) {
        if (statement.type !== 'ImportDeclaration' || statement.source.value !== 'lit') continue;
        for (const specifier of statement.specifiers) if (isNamed(specifier.imported, 'css')) cssTags.add(specifier.local.name);
      }
      walk(tree, (node) => {
        if (node.type === 'CallExpression' && isNamed(node.callee, 'msg')) {
          const property = idProperty(node.arguments[1]);
          if (!property) this.error(`msg() without an {id: ...} in ${id}; every message needs one.`, node.start);
          const parts = frenchParts(node.arguments[0]);
          if (parts === undefined) this.error(`msg() in ${id}: the text must be a string or a str\`\` template.`, node.start);
          remember(property.value.value, keyFunction(parts), node.start);
          edits.push([node.arguments[0].end, node.arguments[1].end, '']);
          // str`` is read cooked: its French no-break spaces can be written as the character itself.
          for (const quasi of node.arguments[0].quasi?.quasis ?? []) {
            const raw = code.slice(quasi.start, quasi.end);
            if (raw.includes('\\u00a0')) edits.push([quasi.start, quasi.end, raw.replaceAll('\\u00a0', '\u00a0')]);
          }
        } else if (node.type === 'TaggedTemplateExpression' && cssTags.has(node.tag.name) && !node.quasi.expressions.length) {
          edits.push([node.tag.start, node.tag.end, 'unsafeCSS$cimo('], [node.end, node.end, ')']);
        }
      });
      if (!edits.length) return null;
      const out = applyEdits(code, edits);
      const usesUnsafeCss = edits.some(([, , text]) => text.startsWith('unsafeCSS'));
      return {code: usesUnsafeCss ? `import {unsafeCSS as unsafeCSS$cimo} from 'lit';\n${out}` : out, map: null};
    },
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => catalogues.has(id))) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'VariableDeclarator' || !/^templates(\$\d+)?$/.test(node.id.name) || node.init?.type !== 'ObjectExpression') return;
        for (const property of node.init.properties) {
          const messageId = property.key.type === 'Literal' ? property.key.value : property.key.name;
          const key = keyOfId.get(messageId);
          // A translation no code asks for has no French text to be keyed by: it is left out.
          if (key) edits.push([property.key.start, property.key.end, JSON.stringify(key)]);
          else edits.push([property.start, property.end + (code[property.end] === ',' ? 1 : 0), '']);
        }
      });
      if (!edits.length) this.error(`no \`templates\` catalogue found in ${chunk.fileName}.`);
      return {code: applyEdits(code, edits), map: null};
    },
  };
}
