// npm run bench:vitals: what a reader of a hospital page feels. The page of hospital-page.mjs,
// on a phone (375x700) and a desktop (1280x800), with the CDN script served 0 or 300 ms late,
// three ways: (script) the script tag as the README recommends, (prerendered) the page after
// `cimo-widgets prerender` plus the script, (static) the same content as declarative shadow DOM
// and no script at all, the floor. Runs are interleaved in one Chromium; medians are printed.
//   BENCH_RUNS=5  BENCH_DIST=dist  BENCH_WAYS=script,prerendered,static  CHROME_PATH=/usr/bin/chromium
//   BENCH_ALT_DIST=dir adds a way "prerendered-alt": the prerendered page with that build's script
//   (how the hydration choice was measured: a build with Lit's hydrate support against this one).
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../chromium.mjs';
import {hospitalPage, readmeRecommendedStyles} from './hospital-page.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIST = process.env.BENCH_DIST ?? 'dist';
const ALT_DIST = process.env.BENCH_ALT_DIST;
const DELAYS = [0, 300];
const VIEWPORTS = {phone: {width: 375, height: 700}, desktop: {width: 1280, height: 800}};
const script = (delay, dist = 'dist') => `<script type="module" src="/delay/${delay}/${dist}/cimo-widgets.js"></script>`;

/** The prerendered page, once the package can prerender (`lib/ssr/`); undefined before. */
async function prerendered(html) {
  try {
    const {prerenderPage} = await import('../../lib/ssr/index.js');
    return (await prerenderPage(html)).html;
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return undefined;
  }
}

/** Runs in a page where the widgets rendered: each one as declarative shadow DOM. */
function declarativeShadowDom() {
  for (const widget of document.querySelectorAll('main > *')) {
    if (!widget.shadowRoot) continue;
    const css = widget.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    const template = document.createElement('template');
    template.setAttribute('shadowrootmode', 'open');
    // Lit's markers are comments: leave them out of the static copy.
    template.innerHTML = `<style>${css.join('\n')}</style>${widget.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, '')}`;
    widget.prepend(template);
  }
  return document.querySelector('main').innerHTML.replace(/^\s*<h1>[\s\S]*?<\/p>\s*/, '');
}

// Observers installed before any page script: layout shifts, paints, and the first frame in
// which every widget shows content (a child other than <style> in its shadow root).
function observeVitals() {
  const vitals = (window.vitals = {cls: 0, fcp: 0, lcp: 0, content: 0, script: 0});
  const observe = (type, each) => new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({type, buffered: true});
  observe('layout-shift', (entry) => entry.hadRecentInput || (vitals.cls += entry.value));
  observe('paint', (entry) => entry.name === 'first-contentful-paint' && (vitals.fcp = entry.startTime));
  observe('largest-contentful-paint', (entry) => (vitals.lcp = entry.startTime));
  const hasContent = (widget) => [...(widget.shadowRoot?.children ?? [])].some((child) => child.localName !== 'style');
  const check = (now) => {
    const all = [...document.querySelectorAll('main > *')].filter((element) => element.localName.startsWith('cimo-'));
    if (!vitals.content && document.readyState !== 'loading' && all.length && all.every(hasContent)) vitals.content = now;
    // The script has taken every widget over (rendered or hydrated it).
    if (!vitals.script && all.length && all.every((widget) => widget.hasUpdated)) vitals.script = now;
    const waiting = !vitals.content || (document.querySelector('script[src]') && !vitals.script);
    if (waiting || document.readyState === 'loading') requestAnimationFrame(check);
    else vitals.done = true;
  };
  requestAnimationFrame(check);
}

const pages = {};
const server = createServer((request, response) => {
  const {pathname} = new URL(request.url, 'http://localhost');
  const delayed = /^\/delay\/(\d+)\/(dist|alt)\/([\w.-]+)$/.exec(pathname);
  if (delayed) {
    const body = readFileSync(`${delayed[2] === 'alt' ? ALT_DIST : DIST}/${delayed[3]}`);
    return setTimeout(() => response.writeHead(200, {'content-type': 'text/javascript', 'cache-control': 'no-store'}).end(body), Number(delayed[1]));
  }
  if (!pages[pathname]) return response.writeHead(404).end();
  response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'}).end(pages[pathname]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});

async function load(path, viewport) {
  const context = await browser.newContext({viewport});
  try {
    const page = await context.newPage();
    await page.addInitScript(observeVitals);
    await page.goto(origin + path);
    await page.waitForFunction(() => window.vitals.done, null, {timeout: 60_000, polling: 50});
    // Late shifts and a late largest paint still count: let the page settle first.
    await page.waitForTimeout(700);
    return await page.evaluate(() => window.vitals);
  } finally {
    await context.close();
  }
}

try {
  const recommended = readmeRecommendedStyles();
  pages['/snapshot'] = hospitalPage({head: script(0)});
  const snapshotPage = await (await browser.newContext()).newPage();
  await snapshotPage.goto(origin + '/snapshot');
  await snapshotPage.waitForFunction(() => [...document.querySelectorAll('main > *')].filter((e) => e.shadowRoot).length === 7);
  await snapshotPage.evaluate(() => Promise.all([...document.querySelectorAll('main > *')].map((e) => e.updateComplete)));
  pages['/static'] = hospitalPage({body: await snapshotPage.evaluate(declarativeShadowDom)});
  await snapshotPage.context().close();

  const ways = (process.env.BENCH_WAYS ?? 'script,prerendered,static').split(',').concat(ALT_DIST ? ['prerendered-alt'] : []);
  for (const delay of DELAYS) {
    pages[`/script/${delay}`] = hospitalPage({head: recommended + script(delay)});
    const html = await prerendered(hospitalPage({head: script(delay)}));
    if (html) pages[`/prerendered/${delay}`] = html;
    pages[`/static/${delay}`] = pages['/static'];
    if (ALT_DIST) pages[`/prerendered-alt/${delay}`] = await prerendered(hospitalPage({head: script(delay, 'alt')}));
  }

  const results = {};
  for (let run = 0; run < RUNS; run++) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      for (const delay of DELAYS) {
        for (const way of ways) {
          const path = `/${way}/${delay}`;
          if (!pages[path]) continue;
          ((results[`${name}|${delay}|${way}`] ??= [])).push(await load(path, viewport));
        }
      }
    }
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`Median of ${RUNS} runs; times in ms from navigation start. "all content": first frame with every widget's content; "script done": first frame after the script took every widget over.\n`);
  console.log('| viewport | script delay | way | CLS | FCP | LCP | all content | script done |');
  console.log('|---|---:|---|---:|---:|---:|---:|---:|');
  for (const [key, runs] of Object.entries(results)) {
    const [viewport, delay, way] = key.split('|');
    const m = (metric) => median(runs.map((run) => run[metric]));
    console.log(`| ${viewport} | ${delay} | ${way} | ${m('cls').toFixed(3)} | ${m('fcp').toFixed(0)} | ${m('lcp').toFixed(0)} | ${m('content').toFixed(0)} | ${way === 'static' ? '–' : m('script').toFixed(0)} |`);
  }
  if (!pages['/prerendered/0']) console.log('\n(prerendered: not measured, lib/ssr/ is not built)');
} finally {
  await browser.close();
  server.close();
}
