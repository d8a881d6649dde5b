import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/index.js';
import {SFR_DEFAULT_HREF, type CimoSfrLink} from '../src/index.js';
import {collapsed, recordWarnings, renderedText, setAttr, shadowOne} from './helpers.js';

const link = (el: Element) => shadowOne<HTMLAnchorElement>(el, 'a')!;

describe('<cimo-sfr-link>', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  it('links to the SFR’s sheet on thermal ablation, in a new tab, safely, as the source announces it', async () => {
    const el = await fixture<CimoSfrLink>(html`<cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>`);
    const a = link(el);
    expect(a.getAttribute('href')).to.equal('https://www.radiologie.fr/');
    expect(a.target).to.equal('_blank');
    expect(a.rel).to.equal('noopener noreferrer');
    expect(collapsed(a.textContent!)).to.equal(
      'Fiche d’information de la SFR\u00a0: la destruction tumorale par thermothérapie(s’ouvre dans un nouvel onglet)'
    );
    expect(a.querySelector('.visually-hidden')!.textContent).to.equal('(s’ouvre dans un nouvel onglet)');
    expect(renderedText(el)).to.contain(
      'Vous pouvez télécharger dès à présent la fiche d’information détaillée sur le site de la Société Française de Radiologie (SFR)\u00a0:'
    );
    expect(warnings.calls).to.be.empty;
  });

  // Problem 4: the source announces a sheet and "dès à présent" only for thermal ablation.
  it('links to the SFR’s information on drainage without announcing a sheet', async () => {
    const el = await fixture<CimoSfrLink>(html`<cimo-sfr-link procedure="drainage"></cimo-sfr-link>`);
    const a = link(el);
    expect(a.getAttribute('href')).to.equal('https://www.radiologie.fr/');
    expect(a.target).to.equal('_blank');
    expect(a.rel).to.equal('noopener noreferrer');
    expect(collapsed(a.textContent!)).to.equal(
      'Information de la SFR sur le drainage percutané(s’ouvre dans un nouvel onglet)'
    );
    expect(renderedText(el)).to.equal(
      'Sur le site de la Société Française de Radiologie (SFR)\u00a0: Information de la SFR sur le drainage percutané(s’ouvre dans un nouvel onglet)'
    );
    expect(renderedText(el)).not.to.match(/fiche|dès à présent|télécharger|remise/i);
    expect(warnings.calls).to.be.empty;
  });

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
