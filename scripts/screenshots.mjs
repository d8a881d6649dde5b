// `npm run screenshots`: renders each element in headless Chromium (light, dark, 320 px wide,
// print, English) from the built CDN file into docs/screenshots/<element>--<variant>.png.
import {createReadStream, existsSync, mkdirSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join} from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './chromium.mjs';

const root = process.cwd();
const outDir = 'docs/screenshots';
const examples = {
  overview: '<cimo-overview></cimo-overview>',
  'procedure-drainage': '<cimo-procedure procedure="drainage"></cimo-procedure>',
  'procedure-thermal-ablation':
    '<cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="radiofrequency microwave" stay-nights="2"></cimo-procedure>',
  'risks-thermal-ablation': '<cimo-risks procedure="thermal-ablation"></cimo-risks>',
  'sfr-link': '<cimo-sfr-link procedure="drainage"></cimo-sfr-link>',
};
const variants = {
  light: {width: 720},
  dark: {width: 720, theme: 'dark', page: '#0d1821'},
  '320px': {width: 320},
  print: {width: 720, media: 'print'},
  en: {width: 720, lang: 'en'},
};

const page = ({markup, lang = 'fr', theme, background = '#fff'}) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script type="module" src="/dist/cimo-widgets.js"></script>
<style>body{margin:0;padding:16px;background:${background};font-family:system-ui,sans-serif}</style>
</head><body>${theme ? markup.replace(/^<([a-z-]+)/, `<$1 theme="${theme}"`) : markup}</body></html>`;

const types = {'.js': 'text/javascript', '.map': 'application/json'};
let current = '';
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/') return response.writeHead(200, {'content-type': 'text/html'}).end(current);
  const file = join(root, path);
  if (!path.startsWith('/dist/') || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: chromiumArgs,
});
mkdirSync(outDir, {recursive: true});
let count = 0;
try {
  for (const [name, markup] of Object.entries(examples)) {
    for (const [variant, options] of Object.entries(variants)) {
      const tab = await browser.newPage({viewport: {width: options.width, height: 600}});
      await tab.emulateMedia({media: options.media ?? 'screen'});
      current = page({markup, lang: options.lang, theme: options.theme, background: options.page});
      await tab.goto(url);
      const element = tab.locator('body > *').first();
      await tab.waitForFunction(() => document.body.firstElementChild?.shadowRoot?.childElementCount > 0);
      await element.screenshot({path: `${outDir}/${name}--${variant}.png`});
      await tab.close();
      count++;
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${count} screenshots in ${outDir}/`);
