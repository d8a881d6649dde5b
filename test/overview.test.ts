import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {CimoOverview} from '../src/index.js';
import {recordWarnings, renderedText, setAttr, shadowAll, shadowOne} from './helpers.js';

describe('<cimo-overview>', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  it('introduces interventional oncology, its acts and how treatments are decided', async () => {
    const el = await fixture<CimoOverview>(html`<cimo-overview></cimo-overview>`);
    expect(shadowOne(el, 'h2')!.textContent).to.equal('Radiologie interventionnelle en cancérologie');
    expect(shadowOne(el, '[part="subtitle"]')!.textContent).to.equal('Imagerie interventionnelle en cancérologie');
    expect(shadowAll(el, 'li').map((li) => li.textContent)).to.deep.equal([
      'd’angioplastie',
      'd’embolisation',
      'de drainage',
      'de destruction tumorale par thermothérapie',
    ]);
    const text = renderedText(el);
    expect(text).to.contain('ou oncologie interventionnelle');
    expect(text).to.contain('après discussion collégiale');
    expect(text).to.contain('consultation d’information');
    expect(warnings.calls).to.be.empty;
  });

  it('follows heading-level, including after first render', async () => {
    const el = await fixture<CimoOverview>(html`<cimo-overview heading-level="1"></cimo-overview>`);
    expect(shadowAll(el, 'h1')).to.have.length(1);
    await setAttr(el, 'heading-level', '4');
    expect(shadowAll(el, 'h1')).to.be.empty;
    expect(shadowAll(el, 'h4')).to.have.length(1);
  });
});
