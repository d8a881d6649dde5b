import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {CimoRisks} from '../src/index.js';
import {collapsed, recordWarnings, renderedText, setAttr, shadowAll, shadowOne} from './helpers.js';

/** The organ-specific lines as a reader sees them: the items of the nested list. */
const organLines = (el: Element) => shadowAll(el, 'li li').map((li) => li.textContent!.trim());
const LIVER = 'pour le foie\u00a0: saignement';
const KIDNEY = 'pour le rein\u00a0: saignement';
const LUNG = 'pour le poumon\u00a0: pneumothorax ou saignement';

describe('<cimo-risks>', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  // Problem 4: the source promises the sheet only after the thermal-ablation risks.
  it('lists the risks of drainage and the reassurance, and promises no sheet', async () => {
    const el = await fixture<CimoRisks>(html`<cimo-risks procedure="drainage"></cimo-risks>`);
    const heading = shadowOne(el, 'h2')!;
    expect(collapsed(heading.textContent!)).to.equal(
      'Y a-t-il des risques\u202f? (Le drainage percutané)'
    );
    const risks = shadowAll(el, '.callout > ul > li').map((li) => li.textContent!.trim());
    expect(risks).to.deep.equal(['les risques propres liés à la ponction d’un organe ou d’une collection profonde']);
    const text = renderedText(el);
    expect(text).to.contain('Ces risques existent, même si tous les moyens sont mis en œuvre pour les prévenir et les traiter.');
    expect(text).not.to.match(/fiche|remise/);
    expect(shadowAll(el, '.sheet-note')).to.be.empty;
    expect(organLines(el)).to.be.empty;
    expect(warnings.calls).to.be.empty;
  });

  it('lists the risks of thermal ablation with every organ by default', async () => {
    const el = await fixture<CimoRisks>(html`<cimo-risks procedure="thermal-ablation"></cimo-risks>`);
    const text = renderedText(el);
    expect(text).to.contain('les risques liés à l’anesthésie générale');
    expect(text).to.contain('les risques propres liés à la ponction d’un organe');
    expect(organLines(el)).to.deep.equal([LIVER, KIDNEY, LUNG]);
    expect(shadowOne(el, '.sheet-note')!.textContent).to.equal(
      'Une fiche d’information détaillée vous sera remise avant l’examen.'
    );
  });

  for (const [organ, line] of [
    ['liver', LIVER],
    ['kidney', KIDNEY],
    ['lung', LUNG],
  ]) {
    it(`narrows the organ-specific risks to organ="${organ}"`, async () => {
      const el = await fixture<CimoRisks>(html`<cimo-risks procedure="thermal-ablation" organ=${organ}></cimo-risks>`);
      expect(organLines(el)).to.deep.equal([line]);
      expect(renderedText(el)).to.contain('les risques liés à l’anesthésie générale');
      expect(warnings.calls).to.be.empty;
    });
  }

  it('re-renders when procedure and organ change after first render', async () => {
    const el = await fixture<CimoRisks>(html`<cimo-risks procedure="drainage" heading-level="4"></cimo-risks>`);
    expect(shadowAll(el, 'h4')).to.have.length(1);
    await setAttr(el, 'procedure', 'thermal-ablation');
    expect(organLines(el)).to.deep.equal([LIVER, KIDNEY, LUNG]);
    await setAttr(el, 'organ', 'lung');
    expect(organLines(el)).to.deep.equal([LUNG]);
    await setAttr(el, 'organ', null);
    expect(organLines(el)).to.deep.equal([LIVER, KIDNEY, LUNG]);
  });
});
