import {expect} from '@open-wc/testing';
import {templates} from '../lib/generated/locales/en.js';
import {collapsed, waitFor} from './helpers.js';

// The CDN file drops every msg() id and keys its catalogues by a hash of the French text
// (scripts/rollup-shrink.mjs). It must still say what the library says, word for word, in French
// and in English, in states that between them use every message of the catalogue.
const STATES = `
  <cimo-overview></cimo-overview>
  <cimo-overview theme="sepia" heading-level="9"></cimo-overview>
  <cimo-procedure procedure="drainage"></cimo-procedure>
  <cimo-procedure procedure="thermal-ablation" reviewed="2026-03-01"></cimo-procedure>
  <cimo-procedure procedure="thermal-ablation" clinic-name="Clinique du Parc" techniques="radiofrequency microwave cryotherapy laser"
    organs="liver kidney lung heart" stay-nights="3" reviewed="2026-02-30"></cimo-procedure>
  <cimo-procedure procedure="thermal-ablation" clinic-name="Clinique du Parc" techniques="microwave" stay-nights="1"></cimo-procedure>
  <cimo-procedure procedure="thermal-ablation" clinic-name="Clinique du Parc" stay-nights="many"></cimo-procedure>
  <cimo-procedure procedure="thermal-ablation" clinic-name="Clinique du Parc" techniques="cryotherapy"></cimo-procedure>
  <cimo-procedure procedure="thermal-ablation" techniques="microwave"></cimo-procedure>
  <cimo-procedure></cimo-procedure>
  <cimo-risks procedure="biopsy"></cimo-risks>
  <cimo-risks procedure="drainage"></cimo-risks>
  <cimo-risks procedure="thermal-ablation" organ="heart"></cimo-risks>
  <cimo-sfr-link procedure="drainage" href="http://example.org/"></cimo-sfr-link>
  <cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>`;

const WIDGETS = 'cimo-overview, cimo-procedure, cimo-risks, cimo-sfr-link';

/** Every widget's text, rendered by `script` on a page in `lang`. */
async function renderedTexts(lang: string, script: string): Promise<string[]> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body>${STATES}<script type="module">${script}</script></body></html>`;
  document.body.append(frame);
  try {
    await loaded;
    const widgets = () => [...frame.contentDocument!.querySelectorAll(WIDGETS)];
    await waitFor(
      () => widgets().every((widget) => widget.shadowRoot?.querySelector(`.root[lang="${lang}"]`)?.textContent?.trim()),
      `widgets rendered in ${lang}`
    );
    return widgets().map((widget) => collapsed(widget.shadowRoot!.textContent!));
  } finally {
    frame.remove();
  }
}

describe('the CDN file’s messages', () => {
  for (const lang of ['fr', 'en']) {
    it(`reads as the library does, in every state (${lang})`, async () => {
      const fromCdn = await renderedTexts(lang, `import '/dist/cimo-widgets.js';`);
      const fromLibrary = await renderedTexts(lang, `import '/lib/index.js';`);
      expect(fromCdn).to.have.length(15);
      expect(fromCdn).to.deep.equal(fromLibrary);
    });
  }

  it('has states that use every English message', async () => {
    const shown = (await renderedTexts('en', `import '/dist/cimo-widgets.js';`)).join('\n');
    for (const [id, message] of Object.entries(templates)) {
      // A str`` message: its longest fixed part (the values are the page's).
      const part = typeof message === 'string' ? message : [...message.strings].sort((a, b) => b.length - a.length)[0];
      expect(shown.includes(collapsed(part)), `${id}: “${part}” shown`).to.be.true;
    }
  });
});
