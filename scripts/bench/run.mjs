// npm run bench: the CDN bundle against the same content as static HTML and as iframes, in
// headless Chromium on loopback. Not a test: it prints numbers to compare side by side.
//   BENCH_RUNS=5 (runs per cell, median shown)   BENCH_COUNTS=1,10,100,500   CHROME_PATH=/usr/bin/chromium
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../chromium.mjs';
import {serve} from '../serve.mjs';
import {prerenderPage} from '../../lib/ssr/index.js';
import {bundlePage, framePage, iframesPage, prerenderSource, staticPage, takeSnapshot, widgetKinds} from './pages.mjs';

const COUNTS = (process.env.BENCH_COUNTS ?? '1,10,100,500').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIST = process.env.BENCH_DIST ?? 'dist';

let snapshot;
const prerendered = {};
for (const count of COUNTS) prerendered[count] = (await prerenderPage(prerenderSource(count))).html;
const routes = {
  '/p': (count) => prerendered[count],
  '/snapshot.html': () => bundlePage(widgetKinds.length),
  '/a': (count) => bundlePage(count),
  '/b': (count) => staticPage(snapshot, count),
  '/c': (count) => iframesPage(count),
  '/frame': (index) => framePage(snapshot, index),
};

const server = await serve(
  (pathname) => {
    const [, route, number] = /^(\/[a-z]+)\/?(\d*)(?:\.html)?$/.exec(pathname) ?? [];
    return (routes[pathname] ?? routes[route])?.(Number(number));
  },
  {dist: DIST}
);
const {origin} = server;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: chromiumArgs,
});

/** Opens `path` in a fresh context (empty cache); `use(page)` runs once it has rendered. */
async function visit(path, use) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  let requests = 0;
  context.on('request', () => requests++);
  await page.goto(origin + path);
  await page.waitForFunction(() => window.renderedAt !== undefined, null, {timeout: 120_000, polling: 50});
  try {
    return await use(page, requests);
  } finally {
    await context.close();
  }
}

async function measure(path) {
  return visit(path, async (page, requests) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const {metrics} = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? 0;
    return {ms: await page.evaluate(() => window.renderedAt), heap: metric('JSHeapUsedSize'), nodes: metric('Nodes'), requests};
  });
}

/** fr -> en with 100 widgets: from setting `<html lang>` to the event and the next frame. */
const localeSwitch = () =>
  visit('/a/100', (page) =>
    page.evaluate(
      () =>
        new Promise((resolve) => {
          const start = performance.now();
          addEventListener('cimo-locale-change', () =>
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
          );
          document.documentElement.lang = 'en';
        })
    )
  );

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const medianOf = (runs, key) => median(runs.map((run) => run[key]));

try {
  snapshot = await visit('/snapshot.html', (page) => page.evaluate(takeSnapshot));
  const variants = {a: '/a', b: '/b', c: '/c', p: '/p'};
  const results = {};
  for (const count of COUNTS) {
    results[count] = {a: [], b: [], c: [], p: []};
    // Interleaved, so that a slow moment of the machine hits every variant alike.
    for (let run = 0; run < RUNS; run++) {
      for (const [variant, path] of Object.entries(variants)) results[count][variant].push(await measure(`${path}/${count}`));
    }
  }
  const switches = [];
  for (let run = 0; run < RUNS; run++) switches.push(await localeSwitch());

  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  console.log(`Median of ${RUNS} runs, ms from navigation start to all content rendered (next frame); heap after GC.\n`);
  console.log('| N | (a) bundle ms | (b) static ms | (c) iframes ms | (p) prerendered ms | a/b | c/a | p/b | heap MB a / b / c | DOM nodes a / b / c | requests a / b / c |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|');
  for (const count of COUNTS) {
    const row = results[count];
    const [a, b, c, p] = ['a', 'b', 'c', 'p'].map((variant) => medianOf(row[variant], 'ms'));
    const triple = (key, format = String) => ['a', 'b', 'c'].map((variant) => format(medianOf(row[variant], key))).join(' / ');
    console.log(
      `| ${count} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${c.toFixed(1)} | ${p.toFixed(1)} | ${(a / b).toFixed(2)} | ${(c / a).toFixed(1)} | ${(p / b).toFixed(2)} | ` +
        `${triple('heap', mb)} | ${triple('nodes')} | ${triple('requests')} |`
    );
  }
  console.log(`\nLocale switch fr -> en, 100 widgets (catalogue fetched, every widget re-rendered): ${median(switches).toFixed(1)} ms median`);
} finally {
  await browser.close();
  await server.close();
}
