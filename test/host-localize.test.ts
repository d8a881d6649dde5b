import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization} from '@lit/localize';

// The npm build (lib/) in an app that localises itself with @lit/localize: the app configures
// first, as it would at start-up, then imports the widgets. lib/ carries a private copy of the
// localize runtime, so neither side throws nor switches the other's language.
// (No import of ./helpers.js here: it loads src/, which would configure the app's copy.)
type Library = typeof import('../src/index.js');
const LIB = '/lib/index.js';

describe('lib/ in an app that configures @lit/localize itself', () => {
  const host = configureLocalization({
    sourceLocale: 'de',
    targetLocales: ['es'],
    loadLocale: async () => ({templates: {}}),
  });
  let library: Library;
  const heading = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();

  before(async () => {
    library = (await import(/* @vite-ignore */ LIB)) as Library;
  });

  it('imports and renders in the page’s language', async () => {
    const el = await fixture(html`<cimo-overview></cimo-overview>`);
    expect(heading(el)).to.equal('Radiologie interventionnelle en cancérologie');
    expect(host.getLocale()).to.equal('de');
  });

  it('keeps the two locales apart, in both directions', async () => {
    const el = await fixture(html`<cimo-overview></cimo-overview>`);
    const hostStatus: string[] = [];
    const record = (event: Event) => hostStatus.push((event as CustomEvent<{status: string}>).detail.status);
    window.addEventListener('lit-localize-status', record);
    try {
      await library.setLocale('en');
      await (el as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
      expect(heading(el)).to.equal('Interventional radiology in cancer care');
      expect(host.getLocale(), 'the app’s locale').to.equal('de');
      expect(hostStatus, 'no status event reaches the app').to.deep.equal([]);

      await host.setLocale('es');
      expect(hostStatus).to.deep.equal(['loading', 'ready']);
      expect(library.getLocale(), 'the widgets’ locale').to.equal('en');
      expect(heading(el)).to.equal('Interventional radiology in cancer care');
    } finally {
      window.removeEventListener('lit-localize-status', record);
    }
  });
});
