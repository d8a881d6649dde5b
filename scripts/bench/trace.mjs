// npm run bench:trace: where the time goes with N widgets, (a) CDN bundle vs (b) static HTML.
// Records a Chromium trace of each page load and sums the main thread's work by kind.
//   BENCH_COUNT=100  BENCH_RUNS=5  CHROME_PATH=/usr/bin/chromium
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../chromium.mjs';
import {serve} from '../serve.mjs';
import {bundlePage, staticPage, takeSnapshot, widgetKinds} from './pages.mjs';

const COUNT = Number(process.env.BENCH_COUNT ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

// Rendering work by kind, from the trace event names Chromium's timeline uses. Script time
// (ours and Lit's, with microtasks and GC) comes from the CPU profiler, which sees it all.
const kinds = {
  ParseHTML: 'parse HTML',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
};
let snapshot;
const pages = {'/snapshot': () => bundlePage(widgetKinds.length), '/a': () => bundlePage(COUNT), '/b': () => staticPage(snapshot, COUNT)};
const server = await serve((pathname) => pages[pathname]?.());
const {origin} = server;
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: chromiumArgs,
});

async function load(path, trace) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({value}) => events.push(...value));
  const done = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
  if (trace) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
    await cdp.send('Tracing.start', {categories: 'devtools.timeline', transferMode: 'ReportEvents'});
  }
  await page.goto(origin + path);
  await page.waitForFunction(() => window.renderedAt !== undefined, null, {polling: 50});
  const result = {ms: await page.evaluate(() => window.renderedAt), snapshot: path === '/snapshot' ? await page.evaluate(takeSnapshot) : undefined};
  if (trace) {
    await cdp.send('Tracing.end');
    await done;
    // The renderer's main thread (the page is the only renderer in this context).
    const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
    const isMain = (e) => mains.some((m) => m.pid === e.pid && m.tid === e.tid);
    const totals = {};
    const onMain = events.filter((e) => e.ph === 'X' && isMain(e)).sort((x, y) => x.ts - y.ts);
    // Only outermost events count, so nested work is not counted twice.
    const outermost = (list) => {
      let openUntil = 0;
      return list.filter((event) => event.ts >= openUntil && (openUntil = event.ts + event.dur));
    };
    for (const event of outermost(onMain.filter((e) => kinds[e.name]))) {
      totals[kinds[event.name]] = (totals[kinds[event.name]] ?? 0) + event.dur / 1000;
    }
    const {profile} = await cdp.send('Profiler.stop');
    const idle = new Set(profile.nodes.filter((n) => ['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)).map((n) => n.id));
    totals.script = profile.samples.reduce((sum, id, i) => sum + (idle.has(id) ? 0 : (profile.timeDeltas[i + 1] ?? 0) / 1000), 0);
    result.totals = totals;
  }
  await context.close();
  return result;
}

try {
  snapshot = (await load('/snapshot', false)).snapshot;
  const runs = {a: [], b: []};
  for (let run = 0; run < RUNS; run++) for (const variant of ['a', 'b']) runs[variant].push(await load(`/${variant}`, true));
  const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
  const columns = [...new Set(Object.values(kinds)), 'script'];
  console.log(`${COUNT} widgets, median of ${RUNS} traced loads, main-thread ms by kind:\n`);
  console.log(`| page | until rendered | ${columns.join(' | ')} |`);
  console.log(`|---|---:|${columns.map(() => '---:').join('|')}|`);
  for (const [variant, label] of [['a', '(a) bundle'], ['b', '(b) static']]) {
    const cells = columns.map((kind) => median(runs[variant].map((r) => r.totals[kind] ?? 0)).toFixed(1));
    console.log(`| ${label} | ${median(runs[variant].map((r) => r.ms)).toFixed(1)} | ${cells.join(' | ')} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
