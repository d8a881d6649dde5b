import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/index.js';
import {getLocale, LOCALE_CHANGE_EVENT, setLocale, type CimoOverview, type CimoProcedure} from '../src/index.js';
import {localeForLanguageTag} from '../src/internal/locale.js';
import {collapsed, renderedText, setPageLanguage, shadowOne, waitFor} from './helpers.js';

// Empty while a catalogue loads (the widget renders nothing then), which a wait may catch.
const heading = (el: Element) => collapsed(shadowOne(el, 'h2')?.textContent ?? '');

describe('locale', () => {
  afterEach(() => setPageLanguage('fr'));

  it('maps language tags to a supported locale, unknown ones to French', () => {
    expect(localeForLanguageTag('en')).to.equal('en');
    expect(localeForLanguageTag('en-GB')).to.equal('en');
    expect(localeForLanguageTag('EN_us')).to.equal('en');
    expect(localeForLanguageTag('fr-BE')).to.equal('fr');
    expect(localeForLanguageTag('de')).to.equal('fr');
    expect(localeForLanguageTag('')).to.equal('fr');
    expect(localeForLanguageTag(null)).to.equal('fr');
  });

  it('shows every element in English on an English page', async () => {
    await setPageLanguage('en-GB');
    const page = await fixture(html`<div>
      <cimo-overview></cimo-overview>
      <cimo-procedure procedure="drainage"></cimo-procedure>
      <cimo-risks procedure="thermal-ablation"></cimo-risks>
      <cimo-sfr-link procedure="drainage"></cimo-sfr-link>
    </div>`);
    const [overview, procedure, risks, link] = page.children;
    expect(heading(overview)).to.equal('Interventional radiology in cancer care');
    expect(heading(procedure)).to.equal('Percutaneous drainage');
    expect(heading(risks)).to.equal('Are there any risks? (Destroying tumours with heat or cold (thermal ablation))');
    expect(collapsed(shadowOne(link, 'a')!.textContent!)).to.equal(
      'The SFR’s information on percutaneous drainage(opens in a new tab)'
    );
    for (const el of page.children) expect(renderedText(el)).not.to.match(/ [àéèù] |œ| la | le | les /);
  });

  it('shows notices in the page language', async () => {
    await setPageLanguage('en');
    const el = await fixture(html`<cimo-risks procedure="biopsy"></cimo-risks>`);
    expect(renderedText(el)).to.equal('Content unavailable: the procedure “biopsy” is unknown.');
  });

  it('follows <html lang> at run time: fr, then en, then fr', async () => {
    const el = await fixture(html`<cimo-procedure procedure="thermal-ablation"></cimo-procedure>`);
    expect(heading(el)).to.equal('La destruction tumorale par thermothérapie');
    document.documentElement.lang = 'en';
    await waitFor(() => heading(el) === 'Destroying tumours with heat or cold (thermal ablation)', 'English');
    expect(renderedText(el)).to.contain('CIMO currently offers radiofrequency');
    document.documentElement.lang = 'fr-FR';
    await waitFor(() => heading(el) === 'La destruction tumorale par thermothérapie', 'French');
    expect(renderedText(el)).to.contain('Le CIMO dispose actuellement');
  });

  it('falls back to French for an unknown language', async () => {
    await setPageLanguage('en');
    await setPageLanguage('de');
    expect(getLocale()).to.equal('fr');
    const el = await fixture(html`<cimo-overview></cimo-overview>`);
    expect(heading(el)).to.equal('Radiologie interventionnelle en cancérologie');
  });

  it('lets the host switch with setLocale and announces the change', async () => {
    const el = await fixture<CimoOverview>(html`<cimo-overview></cimo-overview>`);
    setTimeout(() => void setLocale('en-US'));
    const event = await oneEvent(window, LOCALE_CHANGE_EVENT);
    expect(event.detail).to.deep.equal({locale: 'en'});
    expect(getLocale()).to.equal('en');
    await el.updateComplete;
    expect(heading(el)).to.equal('Interventional radiology in cancer care');
  });

  it('writes plurals and dates the way each language does', async () => {
    const el = await fixture<CimoProcedure>(
      html`<cimo-procedure
        procedure="thermal-ablation"
        clinic-name="Hôpital Nord"
        techniques="microwave"
        stay-nights="1"
        reviewed="2026-11-01"
      ></cimo-procedure>`
    );
    expect(renderedText(el)).to.contain('une hospitalisation d’une nuit.');
    expect(shadowOne(el, '[part="reviewed"]')!.textContent!.trim()).to.equal('Information relue le 1 novembre 2026.');
    await setPageLanguage('en');
    await el.updateComplete;
    expect(renderedText(el)).to.contain('a hospital stay of one night.');
    expect(shadowOne(el, '[part="reviewed"]')!.textContent!.trim()).to.equal('Information reviewed on 1 November 2026.');
    el.setAttribute('stay-nights', '3');
    await el.updateComplete;
    expect(renderedText(el)).to.contain('a hospital stay of 3 nights.');
    document.documentElement.lang = 'en-US';
    await waitFor(() => shadowOne(el, '[part="reviewed"]')!.textContent!.includes('November 1, 2026'), 'US date');
    expect(shadowOne(el, '[part="reviewed"]')!.textContent!.trim()).to.equal('Information reviewed on November 1, 2026.');
  });

  it('formats with the catalogue’s region when the page’s regional tag is malformed', async () => {
    const el = await fixture<CimoProcedure>(
      html`<cimo-procedure procedure="thermal-ablation" reviewed="2026-11-01"></cimo-procedure>`
    );
    await setPageLanguage('en-@@');
    await el.updateComplete;
    expect(shadowOne(el, '[part="reviewed"]')!.textContent!.trim()).to.equal('Information reviewed on 1 November 2026.');
  });

  it('refuses a review date that is not a real date', async () => {
    const el = await fixture(html`<cimo-procedure procedure="drainage" reviewed="2026-02-30"></cimo-procedure>`);
    expect(shadowOne(el, '[part="reviewed"]')).to.be.null;
    expect(shadowOne(el, '[part="notice"]')!.textContent!.trim()).to.equal(
      'Date de relecture «\u00a02026-02-30\u00a0» invalide\u00a0: elle n’est pas affichée.'
    );
  });
});

describe('lazy English catalogue in the CDN build', () => {
  /** Paths of the requests a fixture page made once its widgets rendered. */
  async function requestsOf(lang: string): Promise<{paths: string[]; text: string}> {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = `/test/fixtures/lazy-locale.html?lang=${lang}`;
    document.body.append(frame);
    await loaded;
    const procedure = () => frame.contentDocument!.querySelector('cimo-procedure')!;
    const expected = lang.startsWith('en') ? 'Destroying tumours' : 'La destruction tumorale';
    await waitFor(() => (procedure().shadowRoot?.textContent ?? '').includes(expected), `${lang} content`);
    const entries = frame.contentWindow!.performance.getEntriesByType('resource');
    const urls = entries.map((entry) => new URL(entry.name));
    expect(urls.every((url) => url.origin === location.origin), 'same origin only').to.be.true;
    // The test server injects its own web-socket client into every page it serves.
    const paths = urls.map((url) => url.pathname).filter((path) => !path.startsWith('/__web-dev-server'));
    const result = {paths, text: procedure().shadowRoot!.textContent!};
    frame.remove();
    return result;
  }

  it('is not requested on a French page', async () => {
    const {paths} = await requestsOf('fr');
    expect(paths).to.deep.equal(['/dist/cimo-widgets.js']);
  });

  it('is not requested on a page in an unsupported language', async () => {
    const {paths} = await requestsOf('de');
    expect(paths).to.deep.equal(['/dist/cimo-widgets.js']);
  });

  it('is requested next to the script, once, on an English page', async () => {
    const {paths, text} = await requestsOf('en-GB');
    expect(paths).to.deep.equal(['/dist/cimo-widgets.js', '/dist/cimo-widgets.en.js']);
    expect(text).to.contain('CIMO currently offers radiofrequency');
  });
});
