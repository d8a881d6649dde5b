import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {facts} from './facts.js';
import {renderedText, setPageLanguage} from './helpers.js';

/** The whole page as a webmaster composes it, with every default. */
const wholePage = () => html`<div>
  <cimo-overview></cimo-overview>
  <cimo-procedure procedure="drainage"></cimo-procedure>
  <cimo-risks procedure="drainage"></cimo-risks>
  <cimo-sfr-link procedure="drainage"></cimo-sfr-link>
  <cimo-procedure procedure="thermal-ablation"></cimo-procedure>
  <cimo-risks procedure="thermal-ablation"></cimo-risks>
  <cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>
</div>`;

describe('fact checklist: every statement of the source page is rendered', () => {
  for (const locale of ['fr', 'en'] as const) {
    describe(`in ${locale === 'fr' ? 'French' : 'English'}`, () => {
      let text = '';
      before(async () => {
        await setPageLanguage(locale);
        const page = await fixture(wholePage());
        text = [...page.children].map(renderedText).join(' ');
      });
      after(() => setPageLanguage('fr'));

      facts.forEach((fact, index) => {
        it(`statement ${index + 1}: ${fact.source.slice(0, 60)}…`, () => {
          for (const fragment of fact[locale]) expect(text).to.contain(fragment);
        });
      });
    });
  }

  it('links to the SFR site for both procedures', async () => {
    const page = await fixture(wholePage());
    const links = [...page.querySelectorAll('cimo-sfr-link')].map(
      (el) => el.shadowRoot!.querySelector('a')!.href
    );
    expect(links).to.deep.equal(['https://www.radiologie.fr/', 'https://www.radiologie.fr/']);
  });
});
