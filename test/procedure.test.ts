import {expect, fixture, fixtureSync, html, oneEvent} from '@open-wc/testing';
import '../src/index.js';
import type {CimoProcedure} from '../src/index.js';
import {recordWarnings, renderedText, setAttr, shadowAll, shadowOne} from './helpers.js';

describe('<cimo-procedure>', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  it('explains percutaneous drainage: what, what it treats, how, the stay and the variants', async () => {
    const el = await fixture<CimoProcedure>(html`<cimo-procedure procedure="drainage"></cimo-procedure>`);
    expect(shadowOne(el, 'h2')!.textContent).to.equal('Le drainage percutané');
    const sections = shadowAll(el, 'section');
    expect(sections.map((s) => s.className)).to.deep.equal([
      'section section--what',
      'section section--how',
      'section section--stay',
      'section section--variants',
    ]);
    const treated = shadowAll(el, '.section--what li').map((li) => li.textContent!.trim());
    expect(treated).to.have.length(3);
    expect(treated[0]).to.contain('voies biliaires');
    expect(treated[1]).to.contain('voies urinaires');
    expect(treated[2]).to.contain('opération chirurgicale');
    const text = renderedText(el);
    expect(text).to.contain('anesthésie locale (et parfois une sédation)');
    expect(text).to.contain('prothèse métallique (stent)');
    expect(text).to.contain('drain interne');
    expect(shadowAll(el, '.section--techniques')).to.be.empty;
    expect(warnings.calls).to.be.empty;
  });

  it('explains thermal ablation with the default clinic, technique and stay', async () => {
    const el = await fixture<CimoProcedure>(html`<cimo-procedure procedure="thermal-ablation"></cimo-procedure>`);
    expect(shadowOne(el, 'h2')!.textContent).to.equal('La destruction tumorale par thermothérapie');
    const text = renderedText(el);
    expect(text).to.contain('sous anesthésie générale');
    expect(text).to.contain('hospitalisation de 2\u00a0nuits à la clinique');
    expect(text).to.contain(
      'Le CIMO dispose actuellement de la technique de radiofréquence permettant de détruire des tumeurs du foie, du rein ou du poumon par application de chaleur.'
    );
    const techniques = shadowAll(el, '.technique');
    expect(techniques.map((t) => t.querySelector('.technique-name')!.textContent)).to.deep.equal([
      'radiofréquence',
      'micro-ondes',
      'cryothérapie',
    ]);
    const offered = shadowAll(el, '.technique--offered [part="badge"]');
    expect(offered).to.have.length(1);
    expect(offered[0].closest('li')!.textContent).to.contain('radiofréquence');
    expect(offered[0].textContent!.trim()).to.equal('Proposée ici');
  });

  it('names the partner clinic and marks the techniques it offers', async () => {
    const el = await fixture<CimoProcedure>(
      html`<cimo-procedure
        procedure="thermal-ablation"
        clinic-name="La Clinique du Parc"
        techniques="microwave cryotherapy"
        stay-nights="2"
      ></cimo-procedure>`
    );
    const statements = shadowAll(el, '.offered').map((p) => p.textContent);
    expect(statements).to.deep.equal([
      'La Clinique du Parc dispose actuellement de la technique des micro-ondes permettant de détruire des tumeurs par application de chaleur.',
      'La Clinique du Parc dispose actuellement de la cryothérapie permettant de détruire des tumeurs par application de froid.',
    ]);
    expect(renderedText(el)).not.to.contain('Le CIMO');
    const offered = shadowAll(el, '.technique--offered .technique-name').map((n) => n.textContent);
    expect(offered).to.deep.equal(['micro-ondes', 'cryothérapie']);
  });

  it('shows a partner’s stay in nights, singular and plural', async () => {
    const el = await fixture<CimoProcedure>(
      html`<cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="microwave" stay-nights="1"></cimo-procedure>`
    );
    expect(renderedText(el)).to.contain('Ces interventions nécessitent une hospitalisation d’une nuit.');
    await setAttr(el, 'stay-nights', '3');
    expect(renderedText(el)).to.contain('Ces interventions nécessitent une hospitalisation de 3\u00a0nuits.');
  });

  it('shows a clinic note given from the start in its first render, never hidden first', async () => {
    const el = fixtureSync<CimoProcedure>(
      html`<cimo-procedure procedure="drainage"><p slot="clinic-note">Appelez le secrétariat.</p></cimo-procedure>`
    );
    // Watches the rendered wrapper from before the first render: a second render would toggle it.
    const toggles: string[] = [];
    const record = (records: MutationRecord[]) =>
      toggles.push(...records.map(({target}) => `${(target as Element).getAttribute('part')} hidden=${(target as HTMLElement).hidden}`));
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, {subtree: true, attributeFilter: ['hidden']});
    await oneEvent(el.shadowRoot!, 'slotchange');
    await el.updateComplete;
    record(observer.takeRecords());
    observer.disconnect();
    expect(shadowOne(el, '[part="clinic-note"]')!.hidden).to.be.false;
    expect(toggles).to.be.empty;
  });

  it('shows the clinic note slot only when the clinic gives one', async () => {
    const el = await fixture<CimoProcedure>(html`<cimo-procedure procedure="drainage"></cimo-procedure>`);
    const wrapper = shadowOne(el, '[part="clinic-note"]')!;
    expect(wrapper.hidden).to.be.true;
    const note = document.createElement('p');
    note.slot = 'clinic-note';
    note.textContent = 'Appelez le secrétariat.';
    const assigned = oneEvent(el.shadowRoot!, 'slotchange');
    el.append(note);
    await assigned;
    await el.updateComplete;
    expect(wrapper.hidden).to.be.false;
    expect(getComputedStyle(wrapper).display).not.to.equal('none');
    const slot = wrapper.querySelector('slot')!;
    expect(slot.assignedElements()).to.deep.equal([note]);
    const emptied = oneEvent(el.shadowRoot!, 'slotchange');
    note.remove();
    await emptied;
    await el.updateComplete;
    expect(wrapper.hidden).to.be.true;
  });

  it('uses heading-level for its title and the next level for its sections', async () => {
    const el = await fixture<CimoProcedure>(
      html`<cimo-procedure procedure="drainage" heading-level="3"></cimo-procedure>`
    );
    expect(shadowAll(el, 'h3').map((h) => h.textContent)).to.deep.equal(['Le drainage percutané']);
    expect(shadowAll(el, 'h4')).to.have.length(4);
    await setAttr(el, 'heading-level', '6');
    expect(shadowAll(el, 'h6')).to.have.length(5);
    expect(shadowAll(el, 'h1, h2, h3, h4, h5')).to.be.empty;
  });

  it('re-renders when procedure and customisation attributes change after first render', async () => {
    const el = await fixture<CimoProcedure>(html`<cimo-procedure procedure="drainage"></cimo-procedure>`);
    await setAttr(el, 'procedure', 'thermal-ablation');
    expect(shadowOne(el, 'h2')!.textContent).to.equal('La destruction tumorale par thermothérapie');
    expect(renderedText(el)).to.contain('Le CIMO dispose actuellement');
    await setAttr(el, 'clinic-name', 'Hôpital Nord');
    expect(renderedText(el)).not.to.contain('dispose actuellement');
    await setAttr(el, 'techniques', 'cryotherapy');
    expect(renderedText(el)).to.contain('Hôpital Nord dispose actuellement de la cryothérapie');
    el.stayNights = 4;
    await el.updateComplete;
    expect(renderedText(el)).to.contain('4\u00a0nuits');
    await setAttr(el, 'clinic-name', null);
    expect(renderedText(el)).not.to.match(/dispose actuellement|nuits/);
  });
});
