import {expect, fixture} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../src/index.js';
import {collapsed, recordWarnings, renderedText, setAttr, setPageLanguage, shadowAll, shadowOne} from './helpers.js';

/** What a thermal-ablation page claims, and for whom. */
function claims(el: Element) {
  const text = (node: Element) => collapsed(node.textContent!);
  return {
    statements: shadowAll(el, '.offered').map(text),
    badged: shadowAll(el, '.technique--offered .technique-name').map(text),
    stay: shadowAll(el, '.section--stay p').map(text),
    notices: shadowAll(el, '[part="notice"] p').map(text),
    techniques: text(shadowOne(el, '.section--techniques')!),
  };
}

const render = (attributes: string) =>
  fixture(`<cimo-procedure procedure="thermal-ablation" ${attributes}></cimo-procedure>`);

describe('claims only for the one who makes them', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  it('without any customisation: CIMO’s own statements, word for word', async () => {
    const el = await render('');
    expect(claims(el)).to.deep.equal({
      statements: [
        'Le CIMO dispose actuellement de la technique de radiofréquence permettant de détruire des tumeurs du foie, du rein ou du poumon par application de chaleur.',
      ],
      badged: ['radiofréquence'],
      stay: ['Ces interventions nécessitent une hospitalisation de 2\u00a0nuits à la clinique.'],
      notices: [],
      techniques: claims(el).techniques,
    });
    expect(warnings.calls).to.be.empty;
  });

  // Problem 1: techniques without clinic-name put a partner's techniques in CIMO's mouth.
  it('techniques without clinic-name: no clinic’s claim, a notice and one warning naming clinic-name', async () => {
    const el = await render('techniques="microwave cryotherapy"');
    const shown = claims(el);
    expect(shown.statements).to.deep.equal([]);
    expect(shown.badged).to.deep.equal([]);
    expect(renderedText(el)).not.to.contain('CIMO');
    expect(renderedText(el)).not.to.contain('dispose');
    expect(shown.stay, 'no stay figure in an unnamed clinic’s mouth').to.deep.equal([]);
    expect(shown.techniques, 'the techniques, neutrally').to.contain('micro-ondes');
    expect(shown.notices).to.deep.equal([
      'Établissement non nommé\u00a0: ni technique proposée ni durée de séjour indiquée.',
    ]);
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain('set clinic-name');
    await setAttr(el, 'stay-nights', '3');
    await setAttr(el, 'clinic-name', 'Hôpital Nord');
    expect(claims(el).notices, 'fixing the attributes removes the notice').to.deep.equal([]);
    expect(claims(el).statements).to.have.length(2);
    expect(warnings.calls).to.have.length(1);
  });

  // Problem 2: only invalid tokens fell back to CIMO's radiofrequency claim, under the partner's name.
  it('clinic-name with only invalid techniques: no claim, no organ, a notice naming techniques', async () => {
    const el = await render('clinic-name="Hôpital Nord" techniques="microwaves" stay-nights="2"');
    const shown = claims(el);
    expect(shown.statements).to.deep.equal([]);
    expect(shown.badged).to.deep.equal([]);
    expect(renderedText(el)).not.to.match(/foie|rein|poumon/);
    expect(shown.notices).to.deep.equal([
      'Technique «\u00a0microwaves\u00a0» inconnue\u00a0: elle est ignorée.',
      'Techniques proposées non précisées\u00a0: aucune n’est indiquée.',
    ]);
    expect(warnings.calls).to.have.length(2);
    expect(warnings.calls[1]).to.contain('set techniques');
    await setAttr(el, 'techniques', 'microwave');
    expect(claims(el).notices).to.deep.equal([]);
    expect(claims(el).statements).to.deep.equal([
      'Hôpital Nord dispose actuellement de la technique des micro-ondes permettant de détruire des tumeurs par application de chaleur.',
    ]);
  });

  it('clinic-name alone: CIMO’s radiofrequency claim is not given to the partner', async () => {
    const el = await render('clinic-name="Hôpital Nord"');
    const shown = claims(el);
    expect(shown.statements).to.deep.equal([]);
    expect(shown.badged).to.deep.equal([]);
    expect(shown.stay).to.deep.equal([]);
    expect(renderedText(el)).not.to.match(/CIMO|foie|rein|poumon|2\u00a0nuits/);
    expect(warnings.calls).to.have.length(2);
    expect(warnings.calls.join('\n')).to.contain('set techniques').and.to.contain('set stay-nights');
  });

  it('a named partner states its own techniques, organs and stay, never "à la clinique"', async () => {
    const el = await render(
      'clinic-name="Hôpital Nord" techniques="radiofrequency cryotherapy" organs="liver lung" stay-nights="1"'
    );
    const shown = claims(el);
    expect(shown.statements).to.deep.equal([
      'Hôpital Nord dispose actuellement de la technique de radiofréquence permettant de détruire des tumeurs du foie ou du poumon par application de chaleur.',
      'Hôpital Nord dispose actuellement de la cryothérapie permettant de détruire des tumeurs du foie ou du poumon par application de froid.',
    ]);
    expect(shown.badged).to.deep.equal(['radiofréquence', 'cryothérapie']);
    expect(shown.stay).to.deep.equal(['Ces interventions nécessitent une hospitalisation d’une nuit.']);
    expect(shown.notices).to.deep.equal([]);
    expect(renderedText(el)).not.to.match(/CIMO|rein|clinique/);
    expect(warnings.calls).to.be.empty;
  });

  it('a named partner without organs gets none named', async () => {
    const el = await render('clinic-name="Hôpital Nord" techniques="radiofrequency" stay-nights="3"');
    expect(claims(el).statements).to.deep.equal([
      'Hôpital Nord dispose actuellement de la technique de radiofréquence permettant de détruire des tumeurs par application de chaleur.',
    ]);
    expect(claims(el).stay).to.deep.equal(['Ces interventions nécessitent une hospitalisation de 3\u00a0nuits.']);
    expect(warnings.calls).to.be.empty;
  });

  // Problem 3: the stay said "à la clinique" for any partner, and CIMO's 2 nights for partners without a figure.
  it('the stay: CIMO’s 2 nights at the clinic only on CIMO’s page', async () => {
    const partner = await render('clinic-name="CHU de Caen" techniques="microwave"');
    expect(claims(partner).stay).to.deep.equal([]);
    expect(claims(partner).notices).to.deep.equal([
      'Durée de séjour non précisée\u00a0: elle n’est pas indiquée.',
    ]);
    expect(warnings.calls.join('\n')).to.contain('set stay-nights');
    await setAttr(partner, 'stay-nights', '2');
    expect(claims(partner).stay).to.deep.equal(['Ces interventions nécessitent une hospitalisation de 2\u00a0nuits.']);
    expect(claims(partner).notices).to.deep.equal([]);

    const unnamed = await render('stay-nights="4"');
    expect(claims(unnamed).stay).to.deep.equal([]);
    expect(renderedText(unnamed)).not.to.contain('4');
  });

  it('bad organs are ignored with a notice naming the valid values', async () => {
    const el = await render('clinic-name="Hôpital Nord" techniques="microwave" organs="liver heart" stay-nights="2"');
    expect(claims(el).statements).to.deep.equal([
      'Hôpital Nord dispose actuellement de la technique des micro-ondes permettant de détruire des tumeurs du foie par application de chaleur.',
    ]);
    expect(claims(el).notices).to.deep.equal(['Organe «\u00a0heart\u00a0» inconnu\u00a0: il est ignoré.']);
    expect(warnings.calls).to.deep.equal([
      'cimo-widgets: <cimo-procedure> organs contains unknown "heart", ignored. Valid values: liver, kidney, lung.',
    ]);
  });

  it('says the same in English', async () => {
    await setPageLanguage('en');
    try {
      const cimo = await render('');
      expect(claims(cimo).statements).to.deep.equal([
        'CIMO currently offers radiofrequency ablation, which can destroy tumours of the liver, kidney or lung by applying heat.',
      ]);
      expect(claims(cimo).stay).to.deep.equal(['These procedures require a hospital stay of 2 nights at the clinic.']);
      const partner = await render(
        'clinic-name="North Hospital" techniques="microwave" organs="kidney lung" stay-nights="1"'
      );
      expect(claims(partner).statements).to.deep.equal([
        'North Hospital currently offers microwave ablation, which can destroy tumours of the kidney or lung by applying heat.',
      ]);
      expect(claims(partner).stay).to.deep.equal(['These procedures require a hospital stay of one night.']);
      const unnamed = await render('techniques="cryotherapy"');
      expect(claims(unnamed).notices).to.deep.equal([
        'Clinic not named: no technique offered and no length of stay shown.',
      ]);
    } finally {
      await setPageLanguage('fr');
    }
  });

  it('<cimo-risks organ> next to a partner’s page states risks only, no clinic’s claim', async () => {
    const page = await fixture(`<div>
      <cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="radiofrequency" organs="liver" stay-nights="1"></cimo-procedure>
      <cimo-risks procedure="thermal-ablation" organ="liver"></cimo-risks>
    </div>`);
    const risks = page.querySelector('cimo-risks')!;
    // The fixture waits for the wrapper only.
    await Promise.all([...page.children].map((child) => (child as LitElement).updateComplete));
    expect(renderedText(risks)).not.to.match(/CIMO|Hôpital Nord|dispose|radiofréquence|nuit|clinique/);
    expect(shadowAll(risks, 'li li').map((li) => collapsed(li.textContent!))).to.deep.equal(['pour le foie\u00a0: saignement']);
    expect(claims(page.querySelector('cimo-procedure')!).statements).to.deep.equal([
      'Hôpital Nord dispose actuellement de la technique de radiofréquence permettant de détruire des tumeurs du foie par application de chaleur.',
    ]);
    expect(warnings.calls).to.be.empty;
  });

  it('drainage carries no claim, whatever the attributes', async () => {
    const el = await fixture(
      `<cimo-procedure procedure="drainage" clinic-name="Hôpital Nord" techniques="microwave"></cimo-procedure>`
    );
    expect(renderedText(el)).not.to.match(/dispose|CIMO|Hôpital Nord|nuit/);
    expect(warnings.calls).to.be.empty;
  });
});
