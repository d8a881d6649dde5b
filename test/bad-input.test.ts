import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {collapsed, recordPageErrors, recordWarnings, renderedText, setAttr, shadowAll, shadowOne} from './helpers.js';

const notice = (el: Element) => collapsed(shadowOne(el, '[part="notice"]')?.textContent ?? '');

describe('bad input', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  let pageErrors: ReturnType<typeof recordPageErrors>;
  beforeEach(() => {
    warnings = recordWarnings();
    pageErrors = recordPageErrors();
  });
  afterEach(() => {
    warnings.restore();
    pageErrors.stop();
    expect(pageErrors.errors, 'uncaught errors').to.be.empty;
  });

  for (const tag of ['cimo-procedure', 'cimo-risks', 'cimo-sfr-link']) {
    describe(`<${tag}>`, () => {
      it('shows a notice and warns once when procedure is missing', async () => {
        const el = await fixture(`<${tag}></${tag}>`);
        expect(notice(el)).to.equal('Contenu indisponible\u00a0: la procédure n’est pas précisée.');
        expect(shadowAll(el, 'h2, a')).to.be.empty;
        expect(warnings.calls).to.deep.equal([
          `cimo-widgets: <${tag}> needs a procedure attribute. Valid values: drainage, thermal-ablation.`,
        ]);
      });

      it('shows a notice and warns once for an unknown procedure, then recovers when fixed', async () => {
        const el = await fixture(`<${tag} procedure="biopsy"></${tag}>`);
        expect(notice(el)).to.equal('Contenu indisponible\u00a0: la procédure «\u00a0biopsy\u00a0» est inconnue.');
        expect(warnings.calls).to.have.length(1);
        expect(warnings.calls[0]).to.contain('procedure="biopsy" is not valid. Valid values: drainage, thermal-ablation.');
        el.setAttribute('theme', 'light');
        await setAttr(el, 'theme', 'dark');
        expect(warnings.calls, 'no second warning on re-render').to.have.length(1);
        await setAttr(el, 'procedure', 'drainage');
        expect(shadowOne(el, '[part="notice"]')).to.be.null;
        expect(renderedText(el)).to.contain('drainage percutané');
        expect(warnings.calls).to.have.length(1);
      });
    });
  }

  it('shows every organ and a notice for an unknown organ', async () => {
    const el = await fixture(html`<cimo-risks procedure="thermal-ablation" organ="heart"></cimo-risks>`);
    expect(notice(el)).to.equal('Organe «\u00a0heart\u00a0» inconnu\u00a0: les risques pour chaque organe sont affichés.');
    expect(shadowAll(el, 'li li').map((li) => li.textContent!.trim())).to.deep.equal([
      'pour le foie\u00a0: saignement',
      'pour le rein\u00a0: saignement',
      'pour le poumon\u00a0: pneumothorax ou saignement',
    ]);
    expect(warnings.calls).to.deep.equal([
      'cimo-widgets: <cimo-risks> organ="heart" is not valid; showing every organ. Valid values: liver, kidney, lung.',
    ]);
    await setAttr(el, 'organ', 'liver');
    expect(notice(el)).to.equal('');
    expect(shadowAll(el, 'li li').map((li) => li.textContent!.trim())).to.deep.equal(['pour le foie\u00a0: saignement']);
  });

  it('ignores an unknown technique with a notice, keeping the valid ones', async () => {
    const el = await fixture(
      html`<cimo-procedure
        procedure="thermal-ablation"
        clinic-name="Hôpital Nord"
        techniques="microwave laser"
        stay-nights="2"
      ></cimo-procedure>`
    );
    expect(notice(el)).to.equal('Technique «\u00a0laser\u00a0» inconnue\u00a0: elle est ignorée.');
    expect(shadowAll(el, '.technique--offered .technique-name').map((n) => n.textContent)).to.deep.equal([
      'micro-ondes',
    ]);
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain('Valid values: radiofrequency, microwave, cryotherapy.');
  });

  it('claims no technique when a partner’s techniques is empty', async () => {
    const el = await fixture(
      html`<cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="  " stay-nights="2"></cimo-procedure>`
    );
    expect(notice(el)).to.equal('Techniques proposées non précisées\u00a0: aucune n’est indiquée.');
    expect(renderedText(el)).not.to.contain('dispose actuellement');
    expect(warnings.calls).to.have.length(1);
  });

  for (const [value, used] of [
    ['9', 6],
    ['0', 1],
    ['-3', 1],
    ['abc', 2],
    ['2.5', 2],
    ['', 2],
  ] as const) {
    it(`uses level ${used} with a notice for heading-level="${value}"`, async () => {
      const el = await fixture(`<cimo-overview heading-level="${value}"></cimo-overview>`);
      expect(shadowAll(el, `h${used}`)).to.have.length(1);
      expect(notice(el)).to.equal(`Niveau de titre «\u00a0${value}\u00a0» invalide\u00a0: le niveau ${used} est utilisé.`);
      expect(warnings.calls).to.deep.equal([
        `cimo-widgets: <cimo-overview> heading-level="${value}" is not valid; using ${used}. Valid values: 1, 2, 3, 4, 5, 6.`,
      ]);
    });
  }

  for (const value of ['0', 'abc', '1.5', '1000']) {
    it(`states no stay, with a notice, for stay-nights="${value}"`, async () => {
      const el = await fixture(
        `<cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="microwave" stay-nights="${value}"></cimo-procedure>`
      );
      expect(renderedText(el)).not.to.contain('hospitalisation');
      expect(notice(el)).to.equal(`Durée de séjour «\u00a0${value}\u00a0» invalide\u00a0: elle n’est pas indiquée.`);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('Valid values: whole numbers from 1 to 365.');
    });
  }

  for (const href of ['javascript:alert(1)', 'http://www.radiologie.fr/', 'data:text/html,<b>x</b>', '/fiche.pdf', '']) {
    it(`refuses href="${href}" and keeps the SFR's site`, async () => {
      const el = await fixture(html`<cimo-sfr-link procedure="drainage" href=${href}></cimo-sfr-link>`);
      expect(shadowOne<HTMLAnchorElement>(el, 'a')!.getAttribute('href')).to.equal('https://www.radiologie.fr/');
      expect(notice(el)).to.contain('refusée (seules les adresses https:// sont acceptées)');
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('Valid values: https:// URLs.');
    });
  }

  it('shortens a huge bad value in the notice', async () => {
    const el = await fixture(html`<cimo-risks procedure=${'x'.repeat(5000)}></cimo-risks>`);
    expect(notice(el)).to.equal(`Contenu indisponible\u00a0: la procédure «\u00a0${'x'.repeat(40)}…\u00a0» est inconnue.`);
  });

  it('warns about an unknown theme', async () => {
    const el = await fixture(html`<cimo-overview theme="neon"></cimo-overview>`);
    expect(notice(el)).to.equal('Thème «\u00a0neon\u00a0» inconnu\u00a0: le thème clair est utilisé.');
    expect(warnings.calls[0]).to.contain('Valid values: light, dark, auto.');
  });

  it('reports each problem of one element once, in one notice', async () => {
    const el = await fixture(
      html`<cimo-procedure procedure="thermal-ablation" techniques="laser" heading-level="8"></cimo-procedure>`
    );
    // The unknown technique, the heading level, and techniques without clinic-name.
    expect(shadowAll(el, '[part="notice"] p')).to.have.length(3);
    expect(warnings.calls).to.have.length(3);
  });

  it('keeps a bad element to its own shadow root: the page and the elements next to it are untouched', async () => {
    const page = await fixture(html`<div>
      <p id="before">Avant</p>
      <cimo-procedure procedure="nope"><p>Contenu de repli</p></cimo-procedure>
      <cimo-sfr-link procedure="drainage" href="javascript:alert(1)"></cimo-sfr-link>
      <cimo-risks procedure="drainage"></cimo-risks>
      <p id="after">Après</p>
    </div>`);
    const [, bad, badLink, good] = page.children;
    expect(notice(bad)).to.contain('«\u00a0nope\u00a0»');
    expect(notice(badLink)).to.contain('refusée');
    // What the page wrote is still exactly what it wrote: nothing added to or removed from the light DOM.
    expect(page.innerHTML.replace(/<!--[^]*?-->|\s+/g, '')).to.equal(
      '<pid="before">Avant</p><cimo-procedureprocedure="nope"><p>Contenuderepli</p></cimo-procedure>' +
        '<cimo-sfr-linkprocedure="drainage"href="javascript:alert(1)"></cimo-sfr-link>' +
        '<cimo-risksprocedure="drainage"></cimo-risks><pid="after">Après</p>'
    );
    expect(renderedText(good)).to.contain('collection profonde');
    expect(shadowOne(good, '[part="notice"]')).to.be.null;
  });
});
