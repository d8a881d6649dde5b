import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {renderedText, setPageLanguage, shadowOne} from './helpers.js';

const all = html`<div>
  <cimo-overview></cimo-overview>
  <cimo-procedure procedure="drainage"></cimo-procedure>
  <cimo-risks procedure="thermal-ablation"></cimo-risks>
  <cimo-sfr-link procedure="drainage"></cimo-sfr-link>
  <cimo-procedure procedure="inconnue"></cimo-procedure>
</div>`;

/** The language and direction each widget's content is marked with. */
const marks = (page: Element) =>
  [...page.children].map((el) => {
    const root = shadowOne(el, '.root')!;
    return `${root.getAttribute('lang')} ${root.getAttribute('dir')}`;
  });

describe('language marking', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('dir');
    await setPageLanguage('fr');
  });

  for (const [lang, expected, sample] of [
    ['fr', 'fr', 'Radiologie interventionnelle'],
    ['en-GB', 'en', 'Interventional radiology'],
    ['de', 'fr', 'Radiologie interventionnelle'],
    ['ar', 'fr', 'Radiologie interventionnelle'],
    ['', 'fr', 'Radiologie interventionnelle'],
    ['@@ not a tag', 'fr', 'Radiologie interventionnelle'],
    ['x-klingon', 'fr', 'Radiologie interventionnelle'],
  ]) {
    it(`marks what it renders on a page in lang="${lang}": ${expected}, left to right`, async () => {
      await setPageLanguage(lang);
      if (lang === 'ar') document.documentElement.dir = 'rtl';
      const page = await fixture(all);
      expect(marks(page)).to.deep.equal(Array(5).fill(`${expected} ltr`));
      expect(renderedText(page.children[0])).to.contain(sample);
    });
  }

  it('re-marks its content when the page switches language', async () => {
    const page = await fixture(all);
    expect(marks(page)[0]).to.equal('fr ltr');
    await setPageLanguage('en');
    for (const el of page.children) await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(marks(page)).to.deep.equal(Array(5).fill('en ltr'));
  });

  it('gives the right language to assistive technologies: the content’s, not the page’s', async () => {
    await setPageLanguage('de');
    const page = await fixture(all);
    for (const el of page.children) {
      const paragraph = shadowOne(el, 'p')!;
      expect(paragraph.closest('[lang]')!.getAttribute('lang'), el.localName).to.equal('fr');
    }
  });

  it('lays out a clinic note in its own direction: an Arabic note right to left on an RTL page, a French one left to right', async () => {
    await setPageLanguage('ar');
    document.documentElement.dir = 'rtl';
    const page = await fixture(html`<div>
      <cimo-procedure procedure="drainage"><p slot="clinic-note">يستقبلكم القسم من الاثنين إلى الجمعة.</p></cimo-procedure>
      <cimo-procedure procedure="drainage"><p slot="clinic-note" lang="fr">Le service vous accueille.</p></cimo-procedure>
    </div>`);
    const directions = [...page.querySelectorAll('[slot="clinic-note"]')].map((note) => getComputedStyle(note).direction);
    expect(directions).to.deep.equal(['rtl', 'ltr']);
  });
});
