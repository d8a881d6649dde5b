import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/index.js';
import {SFR_DEFAULT_HREF, type CimoSfrLink, type SfrLinkClickDetail} from '../../src/index.js';

/** A host page's own component that puts a cimo-sfr-link inside its shadow root. */
class HostCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'}).innerHTML = '<cimo-sfr-link procedure="drainage"></cimo-sfr-link>';
  }
}
customElements.define('hardening-host-card', HostCard);

describe('cimo-sfr-link-click, for the host’s analytics', () => {
  it('crosses the shadow root of a host component and reaches window, typed, with {procedure, href}', async () => {
    const card = await fixture<HostCard>(html`<hardening-host-card></hardening-host-card>`);
    const sfrLink = card.shadowRoot!.querySelector<CimoSfrLink>('cimo-sfr-link')!;
    await sfrLink.updateComplete;
    const anchor = sfrLink.shadowRoot!.querySelector('a')!;
    anchor.addEventListener('click', (event) => event.preventDefault());

    const forwarded: SfrLinkClickDetail[] = [];
    let path: EventTarget[] = [];
    const forward = (event: CustomEvent<SfrLinkClickDetail>) => {
      forwarded.push(event.detail);
      path = event.composedPath();
    };
    window.addEventListener('cimo-sfr-link-click', forward);
    setTimeout(() => anchor.click());
    const event = await oneEvent(document, 'cimo-sfr-link-click');
    window.removeEventListener('cimo-sfr-link-click', forward);

    expect(event.target, 'retargeted to the outermost host').to.equal(card);
    expect(path, 'from inside both shadow roots').to.include.members([sfrLink, card, document, window]);
    expect(event.bubbles && event.composed).to.be.true;
    expect(forwarded).to.deep.equal([{procedure: 'drainage', href: SFR_DEFAULT_HREF}]);
  });
});
