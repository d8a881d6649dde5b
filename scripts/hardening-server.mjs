// Test-server middleware for the hardened-embedding tests (test/hardening/, test/cdn.test.ts):
// the host pages, from one template (test/fixtures/hardening/pages.mjs), with real CSP headers
// on the strict-policy ones, a copy of the CDN bundle that claims another version, and a
// "host's own Lit app" bundled on first request from an older Lit (lit-previous & co), and the
// build outputs byte for byte.
import {readFile} from 'node:fs/promises';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {pages, renderPage} from '../test/fixtures/hardening/pages.mjs';

const FIXTURES = '/test/fixtures/hardening/';
const PAGE = new RegExp(`^${FIXTURES}([\\w-]+)\\.html$`);

/** The host app's imports of Lit's packages, sent to the older copies installed under aliases. */
const previousLit = {
  name: 'previous-lit',
  resolveId(source, importer) {
    const renamed = source
      .replace(/^lit(?=\/|$)/, 'lit-previous')
      .replace(/^lit-html(?=\/|$)/, 'lit-html-previous')
      .replace(/^@lit\/reactive-element(?=\/|$)/, 'reactive-element-previous');
    return renamed === source ? null : this.resolve(renamed, importer, {skipSelf: true});
  },
};

let hostLitApp;
async function buildHostLitApp() {
  const bundle = await rollup({
    input: 'test/fixtures/hardening/host-lit-app.src.js',
    plugins: [previousLit, nodeResolve({exportConditions: ['production']})],
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  return output[0].code;
}

/** The version the altered copy claims; the tests expect it in the clash warning. */
const OTHER_VERSION = '0.0.9-other';

/** dist/cimo-widgets.js with its VERSION string swapped, as an older copy on the page would be. */
async function otherVersionBundle() {
  const {version} = JSON.parse(await readFile('package.json', 'utf8'));
  const bundle = await readFile('dist/cimo-widgets.js', 'utf8');
  const literal = JSON.stringify(version);
  if (bundle.split(literal).length !== 2) throw new Error(`Expected ${literal} once in dist/cimo-widgets.js`);
  return bundle.replace(literal, JSON.stringify(OTHER_VERSION));
}

/** Build outputs byte for byte, untouched by the dev server's transforms (for hashes and scans). */
const RAW = `${FIXTURES}served/raw/`;
const rawFile = (path) => /^(dist|lib)\/[\w./-]+\.js$/.test(path) && !path.includes('..') && path;

export async function hardeningMiddleware(ctx, next) {
  const name = PAGE.exec(ctx.path)?.[1];
  if (name && Object.hasOwn(pages, name)) {
    const page = pages[name];
    ctx.type = 'html';
    ctx.body = renderPage(page);
    if (page.policy) ctx.set('Content-Security-Policy', page.policy);
    return;
  }
  const raw = ctx.path.startsWith(RAW) && rawFile(ctx.path.slice(RAW.length));
  if (raw) {
    ctx.type = 'js';
    ctx.body = await readFile(raw);
    return;
  }
  if (ctx.path === `${FIXTURES}served/host-lit-app.js`) {
    hostLitApp ??= buildHostLitApp();
    ctx.type = 'js';
    ctx.body = await hostLitApp;
    return;
  }
  if (ctx.path === `${FIXTURES}served/cimo-widgets-other-version.js`) {
    ctx.type = 'js';
    ctx.body = await otherVersionBundle();
    return;
  }
  await next();
}
