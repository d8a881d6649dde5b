// Checks that every entry point package.json promises resolves to a built file, as a consumer's
// bundler would resolve it. Writes test-results/package.json ({passed, failed}).
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const specifiers = [
  'cimo-widgets',
  'cimo-widgets/cimo-widgets.js',
  'cimo-widgets/components/procedure/define.js',
  'cimo-widgets/components/risks/risks.js',
  'cimo-widgets/custom-elements.json',
];
const typed = ['lib/index.d.ts', 'lib/components/procedure/define.d.ts'];

const results = {passed: 0, failed: 0, skipped: 0};
const check = (ok, title) => {
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? '✓' : '✗'} ${title}`);
};
for (const specifier of specifiers) {
  let file;
  try {
    file = fileURLToPath(import.meta.resolve(specifier));
  } catch {
    // Not exported: reported below.
  }
  check(file !== undefined && existsSync(file), `${specifier} resolves to a built file`);
}
for (const file of typed) check(existsSync(file), `${file} exists (types for TypeScript users)`);

mkdirSync('test-results', {recursive: true});
writeFileSync('test-results/package.json', JSON.stringify(results) + '\n');
process.exitCode = results.failed ? 1 : 0;
