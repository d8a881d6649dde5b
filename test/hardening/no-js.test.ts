import {expect} from '@open-wc/testing';
import {waitFor} from '../helpers.js';
import {FIXTURES, openFrame, shadowText} from './frame.js';

const PAGE = `${FIXTURES}no-js.html`;
const FALLBACKS = ['#fallback-sfr', '#fallback-procedure'];

/** Whether the element takes up room on screen (is rendered). */
const rendered = (element: Element) => element.getClientRects().length > 0;

describe('content written inside an element, for readers without JavaScript', () => {
  it('is shown when scripts are off, the elements never upgrading', async () => {
    const frame = await openFrame(PAGE, 'allow-same-origin');
    const doc = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('cimo-sfr-link'), 'scripts are off').to.be.undefined;
    for (const selector of FALLBACKS) expect(rendered(doc.querySelector(selector)!), selector).to.be.true;
    const link = doc.querySelector<HTMLAnchorElement>('#fallback-sfr a')!;
    expect(link.href).to.equal('https://www.radiologie.fr/');
    expect(link.textContent).to.equal('Information de la SFR sur le drainage percutané');
    frame.remove();
  });

  it('is replaced cleanly once the elements upgrade: kept in the DOM but not rendered', async () => {
    const frame = await openFrame(PAGE);
    const doc = frame.contentDocument!;
    const sfrLink = doc.querySelector('cimo-sfr-link')!;
    const procedure = doc.querySelector('cimo-procedure')!;
    await waitFor(() => shadowText(sfrLink).length > 0 && shadowText(procedure).length > 0, 'the widgets to render');
    for (const selector of FALLBACKS) {
      expect(doc.querySelector(selector), `${selector} stays in the DOM`).to.exist;
      expect(rendered(doc.querySelector(selector)!), `${selector} rendered`).to.be.false;
    }
    expect(sfrLink.shadowRoot!.querySelector('a')!.href).to.equal('https://www.radiologie.fr/');
    expect(shadowText(procedure)).to.contain('Le drainage percutané');
    frame.remove();
  });
});
