import {expect} from '@open-wc/testing';
import {waitFor} from './helpers.js';

interface Recorded {
  warnings: string[];
  errors: string[];
}
const WIDGETS = 'cimo-procedure, cimo-risks, cimo-sfr-link';

/** Starts opening test/fixtures/catalogue/page.html with the bundle from `from` (slow, broken). */
function startPage(lang: string, from: 'slow' | 'broken'): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = `/test/fixtures/catalogue/page.html?lang=${lang}&from=${from}`;
  document.body.append(frame);
  return frame;
}

/** Opens the page and waits for its load event. */
async function openPage(lang: string, from: 'slow' | 'broken'): Promise<HTMLIFrameElement> {
  const frame = startPage(lang, from);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return frame;
}
const widgets = (frame: HTMLIFrameElement) => [...frame.contentDocument!.querySelectorAll(WIDGETS)];
const text = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (element: Element) => element.shadowRoot!.querySelector('.root')!;
const recorded = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & {recorded: Recorded}).recorded;

describe('loading the page language’s catalogue', () => {
  it('shows nothing, in the space kept for it, until the English arrives: never French first', async () => {
    // Watched from the start: Firefox holds the frame's load event until the catalogue arrives.
    const frame = startPage('en-GB', 'slow');
    const seen = new Set<string>();
    let emptyWhileLoading = false;
    await waitFor(
      () => {
        const procedure = frame.contentDocument?.querySelector('cimo-procedure');
        if (!procedure) return false;
        if (procedure.shadowRoot) {
          const shown = text(procedure);
          seen.add(shown.slice(0, 40));
          if (!shown && root(procedure).getAttribute('aria-busy') === 'true') {
            emptyWhileLoading = true;
            expect(procedure.getBoundingClientRect().height, 'the host’s reserved space').to.be.at.least(80);
          }
        }
        return text(procedure).includes('Destroying tumours');
      },
      'the English content',
      8000
    );
    expect(emptyWhileLoading, 'rendered empty while the catalogue loaded').to.be.true;
    expect([...seen].filter((shown) => /La destruction|thermothérapie/.test(shown))).to.deep.equal([]);
    for (const element of widgets(frame)) {
      await waitFor(() => text(element).length > 0, `${element.localName} to render`);
      expect(root(element).getAttribute('lang'), element.localName).to.equal('en');
      expect(root(element).hasAttribute('aria-busy'), element.localName).to.be.false;
    }
    expect(recorded(frame)).to.deep.equal({warnings: [], errors: []});
    frame.remove();
  });

  it('shows the French, marked French, with one warning, when the English cannot be loaded', async () => {
    const frame = await openPage('en', 'broken');
    await waitFor(() => recorded(frame).warnings.length > 0, 'the warning');
    for (const element of widgets(frame)) {
      await waitFor(() => text(element).length > 0, `${element.localName} not to stay empty`);
      expect(root(element).getAttribute('lang'), element.localName).to.equal('fr');
    }
    expect(text(frame.contentDocument!.querySelector('cimo-procedure')!)).to.contain('La destruction tumorale');
    // A later language change to the same failed language does not warn again.
    frame.contentDocument!.documentElement.lang = 'en-US';
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(recorded(frame).warnings).to.have.length(1);
    expect(recorded(frame).warnings[0]).to.match(/cimo-widgets: the "en" catalogue failed to load; showing French/);
    expect(recorded(frame).errors).to.deep.equal([]);
    frame.remove();
  });

  it('needs no catalogue, and warns about none, on a French page', async () => {
    const frame = await openPage('fr', 'broken');
    await waitFor(() => widgets(frame).every((element) => text(element).length > 0), 'the widgets');
    expect(widgets(frame).map((element) => root(element).getAttribute('lang'))).to.deep.equal(['fr', 'fr', 'fr']);
    expect(recorded(frame)).to.deep.equal({warnings: [], errors: []});
    frame.remove();
  });
});
