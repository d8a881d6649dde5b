import {fixture} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../src/index.js';
import {setPageLanguage} from './helpers.js';

// Each element, pixel for pixel, against docs/screenshots/<element>--<variant>.png (which the
// README shows). Chromium only: every engine draws text differently. After an intended change:
// `npm run screenshots` rewrites the images; review them in the diff.
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
} as const satisfies Record<string, {width: number; theme?: string; page?: string; media?: 'print'; lang?: string}>;

describe('what each element looks like (Chromium)', () => {
  afterEach(async () => {
    await emulateMedia({media: 'screen'});
    await setPageLanguage('fr');
  });

  for (const [name, markup] of Object.entries(examples)) {
    for (const [variant, options] of Object.entries(variants) as [string, (typeof variants)[keyof typeof variants]][]) {
      it(`${name}--${variant}`, async () => {
        await setViewport({width: options.width, height: 600});
        await emulateMedia({media: 'media' in options ? options.media : 'screen'});
        await setPageLanguage('lang' in options ? options.lang : 'fr');
        const themed = 'theme' in options ? markup.replace(/^<([a-z-]+)/, `<$1 theme="${options.theme}"`) : markup;
        const page = await fixture(
          staticHtml`<div style="padding: 16px; background: ${unsafeStatic('page' in options ? options.page : '#fff')};
            font-family: system-ui, sans-serif">${unsafeStatic(themed)}</div>`
        );
        await visualDiff(page.firstElementChild!, `${name}--${variant}`);
      });
    }
  }
});
