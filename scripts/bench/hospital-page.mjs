// The realistic page `npm run bench:vitals` loads: a hospital's header, a paragraph, the seven
// widgets (overview, then procedure, risks and SFR link for both procedures) and a footer.
import {readFileSync} from 'node:fs';

export const widgets = [
  '<cimo-overview heading-level="2"></cimo-overview>',
  '<cimo-procedure procedure="drainage" heading-level="2"></cimo-procedure>',
  '<cimo-risks procedure="drainage" heading-level="3"></cimo-risks>',
  '<cimo-sfr-link procedure="drainage"></cimo-sfr-link>',
  `<cimo-procedure procedure="thermal-ablation" heading-level="2" clinic-name="Le centre hospitalier" techniques="radiofrequency microwave" stay-nights="2">
        <p slot="clinic-note">Une question avant votre intervention ? Le secrétariat d’imagerie vous répond du lundi au vendredi.</p>
      </cimo-procedure>`,
  '<cimo-risks procedure="thermal-ablation" heading-level="3"></cimo-risks>',
  '<cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>',
];

const siteCss = `body{margin:0;font-family:Georgia,serif;font-size:1.0625rem;color:#222;background:#fafafa}
header,footer{padding:1rem clamp(1rem,4vw,3rem);background:#12355b;color:#fff}
main{max-width:46rem;margin:0 auto;padding:1.5rem clamp(1rem,4vw,3rem) 3rem}
main>*+*{margin-block-start:1.5rem}`;

/**
 * What the README recommends next to the script tag in its first example ("Use it on a page"):
 * its `<style>` blocks, so the benchmark measures the embed webmasters are told to paste.
 */
export function readmeRecommendedStyles(readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')) {
  const section = readme.split(/^## Use it on a page$/m)[1]?.split(/^## /m)[0] ?? '';
  const firstHtml = /```html\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return [...firstHtml.matchAll(/<style>[\s\S]*?<\/style>/g)].map((match) => match[0]).join('\n');
}

/** The page with `head` added to its head and `body` (the widgets' markup) in its column. */
export const hospitalPage = ({head = '', body = widgets.join('\n      ')} = {}) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Radiologie interventionnelle – Centre hospitalier</title>
    <style>${siteCss}</style>
    ${head}
  </head>
  <body>
    <header><p>Centre hospitalier de démonstration</p></header>
    <main>
      <h1>Imagerie interventionnelle : informations aux patients</h1>
      <p>Cette page reprend l’information aux patients de notre service d’imagerie. Nos équipes sont à votre disposition pour toute question.</p>
      ${body}
    </main>
    <footer><p>Centre hospitalier de démonstration – informations aux patients.</p></footer>
  </body>
</html>
`;
