// The package as an app receives it (run after `npm run build`):
// - every entry point package.json promises resolves to a built file;
// - the type test: test/types/element-types.ts compiles against the published types, with each
//   of its @ts-expect-error lines an error (a misspelt procedure must not type-check);
// - `npm pack` into .pack/cimo-widgets.tgz (also what test/consumers/ install): the tarball holds
//   what README, manifest and package.json name, nothing of the tests;
// - publint and @arethetypeswrong/cli on that tarball.
// Writes test-results/package.json ({passed, failed}).
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {fileURLToPath} from 'node:url';
import {checklist} from './test-results.mjs';

export const TARBALL = '.pack/cimo-widgets.tgz';

const specifiers = [
  'cimo-widgets',
  'cimo-widgets/cimo-widgets.js',
  'cimo-widgets/components/procedure/define.js',
  'cimo-widgets/components/risks/risks.js',
  'cimo-widgets/react',
  'cimo-widgets/jsx/react',
  'cimo-widgets/custom-elements.json',
  'cimo-widgets/ssr',
  'cimo-widgets/vscode.html-custom-data.json',
  'cimo-widgets/web-types.json',
];

const {check, finish} = checklist('package');
for (const specifier of specifiers) {
  let file;
  try {
    file = fileURLToPath(import.meta.resolve(specifier));
  } catch {
    // Not exported: reported below.
  }
  check(file !== undefined && existsSync(file), `${specifier} resolves to a built file`);
}

/** Runs a command; returns its exit status and output. */
function run(command, args) {
  const result = spawnSync(command, args, {encoding: 'utf8'});
  return {ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim()};
}
const sha384 = (bytes) => createHash('sha384').update(bytes).digest('base64');
const lines = (text) => text.split('\n').filter(Boolean).slice(-20);

const types = run('node_modules/.bin/tsc', ['-p', 'test/types']);
check(types.ok, 'type test: union types and typed events catch mistakes (tsc -p test/types)', lines(types.output));

// Packed without the prepack build: `npm test` has just built.
rmSync('.pack', {recursive: true, force: true});
mkdirSync('.pack');
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', '.pack'], {encoding: 'utf8'})
);
renameSync(`.pack/${packed.filename}`, TARBALL);
const files = new Set(packed.files.map((file) => file.path));
console.log(`  ${TARBALL}: ${packed.files.length} files, ${packed.size} B packed, ${packed.unpackedSize} B unpacked`);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readmeFiles = [...readFileSync('README.md', 'utf8').matchAll(/\]\((docs\/[^)#\s]+)\)/g)].map((match) => match[1]);
const expected = [
  'LICENSE',
  'NOTICE',
  'README.md',
  'CHANGELOG.md',
  'package.json',
  pkg.jsdelivr,
  pkg.unpkg,
  'dist/sri.json',
  'dist/cimo-widgets.en.js',
  'lib/index.d.ts',
  'lib/internal/lit-localize.js',
  'lib/react/index.js',
  'lib/jsx/react.d.ts',
  pkg.customElements,
  pkg['web-types'].replace(/^\.\//, ''),
  'vscode.html-custom-data.json',
  ...manifest.modules.map((module) => module.path),
  ...readmeFiles,
];
const missing = [...new Set(expected)].filter((file) => !files.has(file));
check(missing.length === 0, 'the tarball holds what package.json, the manifest and README name', missing);
const unwanted = [...files].filter((file) => /^(test|scripts|stories|demo|locales|\.)/.test(file));
check(unwanted.length === 0, 'the tarball holds no tests, scripts, stories or translator files', unwanted);

// README for webmasters: the pinned snippet names this version's CDN file, and its openssl
// one-liner gives the hash dist/sri.json lists.
const readme = readFileSync('README.md', 'utf8');
const cdnUrl = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${pkg.jsdelivr}`;
check(readme.includes(`src="${cdnUrl}"`), `README's snippet loads ${cdnUrl}`);
const sri = JSON.parse(readFileSync('dist/sri.json', 'utf8'))['cimo-widgets.js'];
const openssl = spawnSync('sh', ['-c', 'openssl dgst -sha384 -binary dist/cimo-widgets.js | openssl base64 -A'], {
  encoding: 'utf8',
});
// Without the openssl command (a bare CI image), the same digest through Node's OpenSSL.
const digest = openssl.status === 0 && openssl.stdout.trim() ? openssl.stdout.trim() : sha384(readFileSync('dist/cimo-widgets.js'));
check(`sha384-${digest}` === sri, "README's openssl one-liner gives dist/sri.json's hash", [`sha384-${digest} vs ${sri}`]);

const publint = run('node_modules/.bin/publint', ['run', TARBALL, '--strict']);
check(publint.ok, 'publint (strict) on the tarball', lines(publint.output));
const attw = run('node_modules/.bin/attw', [TARBALL, '--profile', 'esm-only', '--format', 'ascii']);
check(attw.ok, '@arethetypeswrong/cli on the tarball (ESM only, as Lit)', lines(attw.output));

finish();
