// Sizes of the CDN files (raw, gzip -9, brotli 11) against size-budget.json.
//   node scripts/size.mjs           prints the table
//   node scripts/size.mjs --docs    also rewrites docs/size.md (npm run size)
//   node scripts/size.mjs --check   exits 1 over budget; writes test-results/size.json (npm test)
//   --dir <dir>                     measures another build output instead of dist/
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {writeTestResults} from './test-results.mjs';

const args = process.argv.slice(2);
const distDir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'dist';
const {budgets} = JSON.parse(readFileSync('size-budget.json', 'utf8'));

const gzipSize = (bytes) => gzipSync(bytes, {level: 9}).length;
const brotliSize = (bytes) =>
  brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length}})
    .length;
const measure = (bytes) => ({raw: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes)});
const bytes = (n) => n.toLocaleString('en-US');

/** Files of `distDir` matching a budget's `dist/...` pattern (`*` = any name part). */
function filesOf(pattern) {
  const name = new RegExp(`^${basename(pattern).replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`);
  const dir = join(distDir, dirname(pattern).replace(/^dist\/?/, ''));
  return existsSync(dir) ? readdirSync(dir).filter((file) => name.test(file)).map((file) => join(dir, file)) : [];
}

// Source map "mappings" decoding, to say which sources the minified bytes come from.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return values;
}

/** What part of the library a source file belongs to, for the composition table. */
function partOf(source) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source)) return 'Lit';
  if (source.includes('node_modules/@lit/localize/')) return '@lit/localize runtime';
  if (source.includes('node_modules/tslib/')) return 'tslib (decorator helper)';
  return `src/${source.replace(/^.*?\/(src|lib)\//, '').replace(/\.js$/, '.ts')}`;
}

/** Minified bytes of `file` per part of the library, through its source map. */
function composition(file) {
  if (!existsSync(`${file}.map`)) return [];
  const code = readFileSync(file, 'utf8');
  const {sources, mappings} = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const marks = [];
  let lineStart = 0;
  let sourceIndex = 0;
  for (const line of mappings.split(';')) {
    let column = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) sourceIndex += sourceDelta;
      marks.push([lineStart + column, sourceIndex]);
    }
    lineStart = code.indexOf('\n', lineStart) + 1 || code.length;
  }
  const ranges = new Map();
  marks.forEach(([start, source], i) => {
    const part = partOf(sources[source] ?? '');
    ranges.set(part, [...(ranges.get(part) ?? []), [start, marks[i + 1]?.[0] ?? code.length]]);
  });
  // What each part costs compressed: the whole file's size minus its size without that part.
  const whole = measure(Buffer.from(code));
  return [...ranges]
    .map(([part, spans]) => {
      const without = Buffer.from(spans.reduceRight((text, [start, end]) => text.slice(0, start) + text.slice(end), code));
      const rest = measure(without);
      return {part, raw: whole.raw - rest.raw, gzip: whole.gzip - rest.gzip, brotli: whole.brotli - rest.brotli};
    })
    .sort((a, b) => b.gzip - a.gzip);
}

const rows = budgets.flatMap((budget) =>
  filesOf(budget.files).map((file) => ({budget, file, ...measure(readFileSync(file))}))
);
const checks = rows.flatMap((row) =>
  ['gzip', 'brotli'].map((kind) => ({row, kind, limit: row.budget[kind], ok: row[kind] <= row.budget[kind]}))
);

const table = [
  '| file | raw | gzip | brotli | budget (gzip / brotli) |',
  '|---|---:|---:|---:|---|',
  ...rows.map(
    (row) =>
      `| \`${row.file.replace(distDir, 'dist')}\` | ${bytes(row.raw)} | ${bytes(row.gzip)} | ${bytes(row.brotli)} | ` +
      `${bytes(row.budget.gzip)} / ${bytes(row.budget.brotli)} (${row.budget.name})` +
      `${checks.some((check) => check.row === row && !check.ok) ? ' **over**' : ''} |`
  ),
].join('\n');
console.log(table);

if (args.includes('--docs')) {
  const parts = (file) =>
    ['| part | raw | gzip | brotli |', '|---|---:|---:|---:|',
      ...composition(file).map((p) => `| ${p.part} | ${bytes(p.raw)} | ${bytes(p.gzip)} | ${bytes(p.brotli)} |`)].join('\n');
  mkdirSync('docs', {recursive: true});
  writeFileSync(
    'docs/size.md',
    `# Size\n\nGenerated by \`npm run size\` from \`dist/\`; budgets in \`size-budget.json\`, checked by \`npm test\`.\n` +
      `gzip at level 9, brotli at quality 11: what a CDN serves.\n\n${table}\n\n` +
      `## What \`dist/cimo-widgets.js\` is made of\n\nMinified bytes by source, from the source map. ` +
      `Each part's gzip and brotli figure is what the file would lose without it.\n\n` +
      `${parts(join(distDir, 'cimo-widgets.js'))}\n`
  );
}

if (args.includes('--check')) {
  for (const {row, kind, limit, ok} of checks.filter((check) => !check.ok)) {
    console.error(`${row.file}: ${bytes(row[kind])} B ${kind}, over the ${bytes(limit)} B budget (${row.budget.name}) by ${bytes(row[kind] - limit)} B`);
  }
  // A budget whose files are missing fails too: nothing was measured.
  const missing = budgets.filter((budget) => !filesOf(budget.files).length);
  for (const budget of missing) console.error(`no file matches ${budget.files} in ${distDir}/: build first`);
  const passed = checks.filter((check) => check.ok).length;
  const failed = checks.length - passed + missing.length;
  writeTestResults('size', {passed, failed});
  process.exitCode = failed ? 1 : 0;
}
