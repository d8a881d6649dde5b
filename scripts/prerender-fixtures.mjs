// Writes the pages the browser tests of prerendered widgets load (test/hydration.test.ts):
// test/fixtures/sample-page.html through `cimo-widgets prerender`, as French and as English.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const OUT = 'test/fixtures/prerendered';
mkdirSync(OUT, {recursive: true});
const sample = readFileSync('test/fixtures/sample-page.html', 'utf8');
for (const lang of ['fr', 'en']) {
  const source = `${OUT}/sample-page.${lang}.source.html`;
  writeFileSync(source, sample.replace('<html lang="fr">', `<html lang="${lang}">`));
  const html = execFileSync(process.execPath, ['bin/cimo-widgets.mjs', 'prerender', source], {stdio: ['ignore', 'pipe', 'ignore']});
  writeFileSync(`${OUT}/sample-page.${lang}.html`, html);
}
