import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/index.js';
import {SFR_DEFAULT_HREF, type CimoSfrLink} from '../src/index.js';
import {recordWarnings, renderedText, setAttr, shadowOne} from './helpers.js';

const link = (el: Element) => shadowOne<HTMLAnchorElement>(el, 'a')!;

describe('<cimo-sfr-link>', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  for (const [procedure, title] of [
    ['drainage', 'Le drainage percutané'],
    ['thermal-ablation', 'La destruction tumorale par thermothérapie'],
  ]) {
    it(`links to the SFR sheet on ${procedure}, in a new tab, safely`, async () => {
      const el = await fixture<CimoSfrLink>(html`<cimo-sfr-link procedure=${procedure}></cimo-sfr-link>`);
      const a = link(el);
      expect(a.getAttribute('href')).to.equal('https://www.radiologie.fr/');
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Fiche d’information de la SFR : ${title}(s’ouvre dans un nouvel onglet)`
      );
      expect(a.querySelector('.visually-hidden')!.textContent).to.equal('(s’ouvre dans un nouvel onglet)');
      expect(renderedText(el)).to.contain(
        'Vous pouvez télécharger dès à présent la fiche d’information détaillée sur le site de la Société Française de Radiologie (SFR) :'
      );
      expect(warnings.calls).to.be.empty;
    });
  }

  it('uses an https href the page gives, and follows changes', async () => {
    const el = await fixture<CimoSfrLink>(
      html`<cimo-sfr-link procedure="drainage" href="https://www.radiologie.fr/fiches/drainage.pdf"></cimo-sfr-link>`
    );
    expect(link(el).href).to.equal('https://www.radiologie.fr/fiches/drainage.pdf');
    await setAttr(el, 'href', 'https://example.org/sheet');
    expect(link(el).href).to.equal('https://example.org/sheet');
    await setAttr(el, 'href', null);
    expect(link(el).href).to.equal(SFR_DEFAULT_HREF);
    expect(warnings.calls).to.be.empty;
  });

  it('fires a bubbling, composed cimo-sfr-link-click event with the procedure and href', async () => {
    const el = await fixture<CimoSfrLink>(html`<cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>`);
    const a = link(el);
    a.addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => a.click());
    const event = await oneEvent(document, 'cimo-sfr-link-click');
    expect(event.composed).to.be.true;
    expect(event.detail).to.deep.equal({procedure: 'thermal-ablation', href: SFR_DEFAULT_HREF});
  });
});
