import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {axeViolations} from './axe.js';
import {shadowOne} from './helpers.js';

/**
 * A browser without light-dark() (Safari < 17.5, Firefox < 120, Chrome < 123), emulated: the
 * widget's own style sheets with light-dark() renamed to a function no engine knows, so every
 * declaration and @supports test that uses it fails as it would there.
 */
function withoutLightDark(host: Element): void {
  const root = host.shadowRoot!;
  root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
    const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
    const stripped = new CSSStyleSheet();
    stripped.replaceSync(text.replaceAll('light-dark(', 'unknown-light-dark('));
    return stripped;
  });
}

const color = (host: Element, selector: string, property: 'color' | 'backgroundColor' | 'borderTopColor') =>
  getComputedStyle(shadowOne(host, selector)!)[property];

describe('in a browser without light-dark()', () => {
  it('uses the light colours everywhere, on its own light surface, even on a dark page', async () => {
    const page = await fixture(html`<div style="color-scheme: dark; background: #212529; color: #dee2e6">
      <cimo-overview></cimo-overview>
      <cimo-procedure procedure="thermal-ablation" techniques="radiofrequency"></cimo-procedure>
      <cimo-risks procedure="drainage"></cimo-risks>
      <cimo-sfr-link procedure="drainage" theme="dark"></cimo-sfr-link>
      <cimo-procedure procedure="inconnue"></cimo-procedure>
    </div>`);
    const [overview, procedure, risks, link, broken] = page.children;
    for (const host of page.children) {
      expect(host.shadowRoot!.adoptedStyleSheets.length, 'styles come as adopted sheets').to.be.above(0);
      withoutLightDark(host);
      const root = getComputedStyle(shadowOne(host, '.root')!);
      expect(root.backgroundColor, host.localName).to.equal('rgb(255, 255, 255)');
      expect(parseFloat(root.paddingTop), host.localName).to.be.above(0);
      expect(root.color, host.localName).to.equal('rgb(27, 40, 51)');
    }
    expect(color(overview, '.title', 'color')).to.equal('rgb(0, 90, 140)');
    expect(color(overview, '.subtitle', 'color')).to.equal('rgb(74, 91, 104)');
    expect(color(procedure, '.section--techniques', 'backgroundColor')).to.equal('rgb(241, 245, 248)');
    expect(color(procedure, '.section--techniques', 'borderTopColor')).to.equal('rgb(138, 155, 168)');
    expect(color(procedure, '[part="badge"]', 'backgroundColor')).to.equal('rgb(0, 90, 140)');
    expect(color(procedure, '[part="badge"]', 'color')).to.equal('rgb(255, 255, 255)');
    expect(color(risks, '.callout', 'backgroundColor')).to.equal('rgb(255, 246, 221)');
    expect(color(risks, '.callout', 'borderTopColor')).to.equal('rgb(163, 90, 0)');
    expect(color(link, 'a', 'color')).to.equal('rgb(0, 79, 124)');
    expect(color(link, '.sfr', 'backgroundColor')).to.equal('rgb(241, 245, 248)');
    expect(getComputedStyle(shadowOne(broken, '[part="notice"]')!).borderInlineStartColor).to.equal('rgb(164, 0, 15)');
    expect(await axeViolations(page)).to.deep.equal([]);
  });
});
