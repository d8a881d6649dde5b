// The packed package in real apps (npm test, after scripts/check-package.mjs made
// .pack/cimo-widgets.tgz). Each folder of test/consumers/ is an app with its own package.json
// and lock that installs the tarball: `npm ci`, then its `build` script (type-check + Vite),
// then its built page in the system Chromium, checked against its expected.json:
//   texts   element → text it must show (shadow DOM included)
//   click   selectors to click (shadow DOM included), in order
//   events  the lines the app's <output id="events"> must then hold
// and, for every app: exactly one copy of Lit in the bundle and on the page, no request beyond
// the app's own files, no console error. Writes test-results/consumers.json.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './chromium.mjs';
import {checklist} from './test-results.mjs';

const ROOT = 'test/consumers';
const updateLocks = process.argv.includes('--update-locks');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const apps = readdirSync(ROOT)
  .filter((name) => existsSync(join(ROOT, name, 'package.json')))
  .filter((name) => !only.length || only.includes(name));

if (!existsSync('.pack/cimo-widgets.tgz')) {
  console.error('No .pack/cimo-widgets.tgz: run `npm run build && node scripts/check-package.mjs` first.');
  process.exit(1);
}

/** Edits an app's package-lock.json. */
function editLock(app, edit) {
  const file = join(ROOT, app, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  edit(lock.packages);
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
}

// `node scripts/test-consumers.mjs --update-locks`: after a change of the package's dependencies,
// resolve the tarball's dependencies again. Its lock entry then keeps no integrity: the tarball
// changes with every build, and `npm ci` would refuse it.
if (updateLocks) {
  for (const app of apps) {
    editLock(app, (packages) => delete packages['node_modules/cimo-widgets']);
    spawnSync('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], {cwd: join(ROOT, app), stdio: 'inherit'});
    editLock(app, (packages) => delete packages['node_modules/cimo-widgets'].integrity);
  }
  process.exit(0);
}

const {check, finish} = checklist('consumers');
const began = performance.now();

/** Runs npm in an app's folder; resolves to its exit status and the end of its output. */
function run(app, args) {
  return new Promise((resolve) => {
    const child = spawn('npm', [...args, '--no-audit', '--no-fund'], {cwd: join(ROOT, app)});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ok: status === 0, output: output.trim().split('\n').slice(-15)}));
  });
}

const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};
/** Serves `dir` on a free port of 127.0.0.1. */
async function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, origin: `http://127.0.0.1:${server.address().port}`};
}

/** How many copies of Lit a bundle carries: each copy of lit-html registers its version once. */
const litCopies = (dir) =>
  readdirSync(dir, {recursive: true})
    .filter((file) => String(file).endsWith('.js'))
    .map((file) => readFileSync(join(dir, String(file)), 'utf8').match(/litHtmlVersions/g)?.length ?? 0)
    .reduce((sum, count) => sum + count, 0);

// The installs wait on the network more than on the CPU: all at once.
const installs = Object.fromEntries(await Promise.all(apps.map(async (app) => [app, await run(app, ['ci'])])));

const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
try {
  for (const app of apps) {
    const start = performance.now();
    const expected = JSON.parse(readFileSync(join(ROOT, app, 'expected.json'), 'utf8'));
    const install = installs[app];
    check(install.ok, `${app}: npm ci installs the tarball`, install.output);
    if (!install.ok) continue;
    const build = await run(app, ['run', 'build']);
    check(build.ok, `${app}: type-checks (strict) and bundles`, build.output);
    if (!build.ok) continue;

    const dist = join(ROOT, app, 'dist');
    const copies = litCopies(dist);
    check(copies === 1, `${app}: one copy of Lit in the bundle`, [`${copies} copies of lit-html`]);

    const {server, origin} = await serve(dist);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    const foreign = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    // Context-wide, so that the tab a link opens is covered too.
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      foreign.push(route.request().url());
      return route.abort();
    });
    try {
      await page.goto(`${origin}/`);
      const started = await page
        .waitForFunction(() => document.body.dataset.ready === 'true', null, {timeout: 15000})
        .then(() => true, () => false);
      check(started, `${app}: the app starts`, errors);
      if (!started) continue;
      const missing = [];
      for (const [selector, text] of Object.entries(expected.texts)) {
        try {
          await page.locator(selector).first().getByText(text).first().waitFor({timeout: 10000});
        } catch {
          const shown = await page.locator(selector).first().innerText().catch(() => '(absent)');
          missing.push(`<${selector}> shows no "${text}"; it shows: ${shown.slice(0, 200)}`);
        }
      }
      check(missing.length === 0, `${app}: the widgets render their text`, missing);

      // The links open in a new tab, whose request to the SFR is aborted above.
      for (const selector of expected.click) await page.locator(selector).first().click();
      const events = await page
        .waitForFunction(
          (count) => {
            const lines = document.querySelector('#events')?.textContent?.trim().split('\n').filter(Boolean) ?? [];
            return lines.length >= count && lines;
          },
          expected.events.length,
          {timeout: 5000}
        )
        .then((handle) => handle.jsonValue())
        .catch(() => []);
      check(JSON.stringify(events) === JSON.stringify(expected.events), `${app}: the app receives the click event`, [
        `got ${JSON.stringify(events)}`,
      ]);

      const versions = await page.evaluate(() => window.litHtmlVersions ?? []);
      check(versions.length === 1, `${app}: one Lit on the page`, [`litHtmlVersions: ${JSON.stringify(versions)}`]);
      const sfrRequests = foreign.filter((url) => !url.startsWith('https://www.radiologie.fr/'));
      check(errors.length === 0 && sfrRequests.length === 0, `${app}: no console error, no foreign request`, [
        ...errors,
        ...sfrRequests,
      ]);
    } finally {
      await context.close();
      server.close();
    }
    console.log(`  ${app}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
}
console.log(`  consumer apps: ${((performance.now() - began) / 1000).toFixed(1)} s in all`);
finish();
