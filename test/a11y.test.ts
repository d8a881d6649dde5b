import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import {axeViolations, examples, render} from './axe.js';
import {contrastRatio, overflowing, setPageLanguage, shadowAll, shadowOne} from './helpers.js';

const themes = [
  {name: 'light', attribute: ''},
  {name: 'dark', attribute: 'dark'},
] as const;

describe('accessibility', () => {
  for (const locale of ['fr', 'en']) {
    for (const theme of themes) {
      describe(`axe, ${locale}, theme ${theme.name}`, () => {
        before(async () => {
          await setPageLanguage(locale);
        });
        for (const example of examples) {
          it(example.slice(0, 90), async () => {
            const el = await render(example, theme.attribute);
            expect(await axeViolations(el)).to.deep.equal([]);
          });
        }
      });
    }
  }

  it('paints its own dark surface in the dark theme, so the text keeps its contrast on a light page', async () => {
    const el = await render('<cimo-overview></cimo-overview>', 'dark');
    const style = getComputedStyle(shadowOne(el, '.root')!);
    expect(style.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(contrastRatio(style.color, style.backgroundColor)).to.be.at.least(4.5);
  });

  it('keeps a heading outline without jumps when composed with heading-level', async () => {
    const page = await fixture(html`<main>
      <h1>Radiologie</h1>
      <cimo-overview heading-level="2"></cimo-overview>
      <cimo-procedure procedure="thermal-ablation" heading-level="2"></cimo-procedure>
      <cimo-risks procedure="thermal-ablation" heading-level="3"></cimo-risks>
    </main>`);
    const levels = [1, ...[...page.children].slice(1).flatMap((el) => shadowAll(el, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.localName[1])))];
    expect(levels).to.deep.equal([1, 2, 2, 3, 3, 3, 3, 3]);
  });

  it('uses real lists for lists', async () => {
    const el = await render('<cimo-risks procedure="thermal-ablation"></cimo-risks>');
    expect(shadowAll(el, 'ul > li')).to.have.length(5);
    expect(shadowAll(el, 'li').every((li) => li.parentElement!.localName === 'ul')).to.be.true;
  });

  it('reaches every link with Tab, with a visible focus indicator', async () => {
    const page = await fixture(html`<div>
      <button id="before">avant</button>
      <cimo-procedure procedure="drainage"></cimo-procedure>
      <cimo-sfr-link procedure="drainage"></cimo-sfr-link>
      <cimo-risks procedure="drainage"></cimo-risks>
      <cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>
      <button id="after">après</button>
    </div>`);
    const links = [...page.querySelectorAll('cimo-sfr-link')].map((el) => shadowOne<HTMLAnchorElement>(el, 'a')!);
    const unfocused = getComputedStyle(links[0]).backgroundColor;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    for (const [index, link] of links.entries()) {
      await sendKeys({press: 'Tab'});
      const host = page.querySelectorAll('cimo-sfr-link')[index];
      expect(document.activeElement).to.equal(host);
      expect(host.shadowRoot!.activeElement).to.equal(link);
      const focused = getComputedStyle(link);
      expect(link.matches(':focus-visible')).to.be.true;
      expect(focused.backgroundColor).to.equal('rgb(255, 207, 51)');
      expect(focused.backgroundColor).not.to.equal(unfocused);
      expect(focused.boxShadow).to.contain('rgb(11, 12, 12)');
    }
    await sendKeys({press: 'Tab'});
    expect(document.activeElement!.id).to.equal('after');
  });

  it('announces that the SFR link opens a new tab', async () => {
    const el = await render('<cimo-sfr-link procedure="drainage"></cimo-sfr-link>');
    const a = shadowOne<HTMLAnchorElement>(el, 'a')!;
    expect(a.target).to.equal('_blank');
    expect(a.textContent).to.contain('(s’ouvre dans un nouvel onglet)');
    expect(shadowAll(el, 'svg').every((svg) => svg.getAttribute('aria-hidden') === 'true')).to.be.true;
  });

  it('survives WCAG 1.4.12 text spacing without clipping or overlapping', async () => {
    const page = await fixture(html`<div style="width: 320px">
      <cimo-overview></cimo-overview>
      <cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="radiofrequency microwave cryotherapy" stay-nights="2"></cimo-procedure>
      <cimo-risks procedure="thermal-ablation"></cimo-risks>
      <cimo-sfr-link procedure="drainage"></cimo-sfr-link>
      <cimo-procedure procedure="x"></cimo-procedure>
    </div>`);
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`);
    for (const host of page.children) {
      host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, spacing];
      expect(overflowing(host)).to.deep.equal([]);
    }
  });
});
