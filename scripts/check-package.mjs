// Checks that every entry point package.json promises resolves to a built file, as a consumer's
// bundler would resolve it. Writes test-results/package.json ({passed, failed}).
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {checklist} from './test-results.mjs';

const specifiers = [
  'cimo-widgets',
  'cimo-widgets/cimo-widgets.js',
  'cimo-widgets/components/procedure/define.js',
  'cimo-widgets/components/risks/risks.js',
  'cimo-widgets/custom-elements.json',
  'cimo-widgets/ssr',
];
const typed = ['lib/index.d.ts', 'lib/components/procedure/define.d.ts'];

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
for (const file of typed) check(existsSync(file), `${file} exists (types for TypeScript users)`);

finish();
