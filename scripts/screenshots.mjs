// `npm run screenshots`: renders each element in headless Chromium (light, dark, 320 px wide,
// print, English) from the built CDN file into docs/screenshots/<element>--<variant>.png.
import {mkdirSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './chromium.mjs';
import {serve} from './serve.mjs';

const outDir = 'docs/screenshots';
const examples = {
  overview: '<cimo-overview></cimo-overview>',
  'procedure-drainage': '<cimo-procedure procedure="drainage"></cimo-procedure>',
  'procedure-thermal-ablation':
    '<cimo-procedure procedure="thermal-ablation" techniques="radiofrequency microwave"></cimo-procedure>',
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

let current = '';
const server = await serve((path) => (path === '/' ? current : undefined));
const url = `${server.origin}/`;

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
  await server.close();
}
console.log(`${count} screenshots in ${outDir}/`);
