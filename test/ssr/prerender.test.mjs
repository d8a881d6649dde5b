// `cimo-widgets prerender PAGE.html` and prerenderPage(): widgets rendered in place, every
// other byte of the page kept, the page's language, warnings on stderr, exit codes.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {prerenderPage} from '../../lib/ssr/index.js';

const SAMPLE = 'test/fixtures/sample-page.html';
const sample = readFileSync(SAMPLE, 'utf8');
const templates = /<template shadowroot="open" shadowrootmode="open">[\s\S]*?<\/template>/g;
const cli = (...args) => spawnSync(process.execPath, ['bin/cimo-widgets.mjs', ...args], {encoding: 'utf8'});

test('prerender writes the sample page with every widget rendered inside it, all else byte for byte', () => {
  const {status, stdout, stderr} = cli('prerender', SAMPLE);
  assert.equal(status, 0);
  const rendered = stdout.match(templates);
  // Eight widgets; the one inside an inert <template> is left alone.
  assert.equal(rendered.length, 8);
  assert.equal(stdout.replace(templates, ''), sample);
  assert.match(stdout, /<cimo-overview heading-level="2"><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(stdout, /<template><cimo-overview><\/cimo-overview><\/template>/);
  assert.match(rendered[4], /La clinique du Parc/);
  // The invalid widget gets the browser's notice; its warning goes to stderr, one line.
  assert.match(rendered[7], /<div class="notice" part="notice">/);
  assert.equal(stderr.trim().split('\n').length, 1);
  assert.match(stderr, /^cimo-widgets: <cimo-risks> procedure="biopsy" .*Valid values: drainage, thermal-ablation/);
});

test('the page’s <html lang> chooses the language', async () => {
  const english = await prerenderPage(sample.replace('<html lang="fr">', '<html lang="en-GB">'));
  assert.match(english.html, /Percutaneous drainage/);
  assert.doesNotMatch(english.html, /Le drainage percutané/);
  assert.match(english.html, /reviewed on 1 March 2025/);
  const french = await prerenderPage(sample);
  assert.match(french.html, /Le drainage percutané/);
  assert.equal(french.count, 8);
});

test('odd pages: CRLF line ends, no <html lang>, no widget, a page prerendered twice', async () => {
  const crlf = '<!DOCTYPE html>\r\n<title>x</title>\r\n<p>é</p>\r\n<cimo-sfr-link procedure="drainage">\r\n</cimo-sfr-link>\r\n';
  const once = (await prerenderPage(crlf)).html;
  assert.equal(once.replace(templates, ''), crlf);
  assert.match(once, /Société Française de Radiologie/);
  // Prerendering the output again adds nothing.
  assert.equal((await prerenderPage(once)).html, once);
  const none = '<p>Rien à rendre</p>';
  assert.deepEqual(await prerenderPage(none), {html: none, count: 0});
});

test('exit codes: 1 for an unreadable page, 2 for a wrong command, 0 with invalid attributes', () => {
  const missing = cli('prerender', 'test/fixtures/no-such-page.html');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read test\/fixtures\/no-such-page.html/);
  assert.equal(missing.stdout, '');
  assert.equal(cli('prerender', 'test').status, 1);
  assert.equal(cli('render', SAMPLE).status, 2);
  assert.equal(cli().status, 2);
  assert.match(cli('--help').stdout, /Usage: cimo-widgets prerender PAGE.html/);
});
