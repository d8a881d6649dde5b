import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../src/index.js';
import {contrastRatio, overflowing, setPageLanguage, shadowAll, shadowOne} from './helpers.js';

interface AxeResults {
  violations: {id: string; nodes: {target: string[]}[]}[];
}
declare global {
  interface Window {
    axe: {run(context: Element, options: object): Promise<AxeResults>};
  }
}

/** Violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules (and axe's best practices). */
async function axeViolations(context: Element): Promise<string[]> {
  await import('axe-core/axe.min.js');
  const {violations} = await window.axe.run(context, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']},
    resultTypes: ['violations'],
  });
  return violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const examples = [
  '<cimo-overview></cimo-overview>',
  '<cimo-procedure procedure="drainage" reviewed="2026-11-01"></cimo-procedure>',
  '<cimo-procedure procedure="thermal-ablation" techniques="radiofrequency cryotherapy"><p slot="clinic-note">Note</p></cimo-procedure>',
  '<cimo-risks procedure="drainage"></cimo-risks>',
  '<cimo-risks procedure="thermal-ablation"></cimo-risks>',
  '<cimo-risks procedure="thermal-ablation" organ="lung"></cimo-risks>',
  '<cimo-sfr-link procedure="drainage"></cimo-sfr-link>',
  '<cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>',
  '<cimo-procedure procedure="unknown" heading-level="9"></cimo-procedure>',
];
const themes = [
  {name: 'light', attribute: '', scheme: 'light'},
  {name: 'dark', attribute: 'dark', scheme: 'light'},
  {name: 'auto, dark system', attribute: 'auto', scheme: 'dark'},
] as const;
// `auto` on a light system is checked once below: it must look exactly like `light`.

const render = (example: string, theme = '') =>
  fixture(staticHtml`${unsafeStatic(theme ? example.replace(/^<([a-z-]+)/, `<$1 theme="${theme}"`) : example)}`);

describe('accessibility', () => {
  afterEach(async () => {
    await emulateMedia({colorScheme: 'light', media: 'screen'});
    await executeServerCommand('emulate-media-features', {features: []});
  });

  for (const locale of ['fr', 'en']) {
    for (const theme of themes) {
      describe(`axe, ${locale}, theme ${theme.name}`, () => {
        before(async () => {
          await setPageLanguage(locale);
        });
        for (const example of examples) {
          it(example.slice(0, 90), async () => {
            await emulateMedia({colorScheme: theme.scheme});
            const el = await render(example, theme.attribute);
            expect(await axeViolations(el)).to.deep.equal([]);
          });
        }
      });
    }
  }

  it('paints its own dark surface in the dark themes, so the text keeps its contrast on a light page', async () => {
    for (const [theme, scheme] of [['dark', 'light'], ['auto', 'dark']]) {
      await emulateMedia({colorScheme: scheme as 'light' | 'dark'});
      const style = getComputedStyle(await render('<cimo-overview></cimo-overview>', theme));
      expect(style.backgroundColor, theme).not.to.equal('rgba(0, 0, 0, 0)');
      expect(contrastRatio(style.color, style.backgroundColor), theme).to.be.at.least(4.5);
    }
  });

  it('looks exactly like the light theme with theme="auto" on a light system', async () => {
    await emulateMedia({colorScheme: 'light'});
    const looks = (el: Element) =>
      [el, ...shadowAll(el, '*')].map((node) => {
        const {color, backgroundColor, borderTopColor, padding} = getComputedStyle(node);
        return `${node.localName}: ${color} ${backgroundColor} ${borderTopColor} ${padding}`;
      });
    for (const example of examples) {
      expect(looks(await render(example, 'auto')), example).to.deep.equal(looks(await render(example)));
    }
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

  it('keeps list semantics on every list, even unstyled ones (WebKit drops them for list-style: none)', async () => {
    const page = await fixture(html`<div>
      <cimo-procedure procedure="drainage"></cimo-procedure>
      <cimo-procedure procedure="thermal-ablation" techniques="radiofrequency microwave"></cimo-procedure>
      <cimo-risks procedure="thermal-ablation"></cimo-risks>
    </div>`);
    const lists = [...page.children].flatMap((el) => shadowAll(el, 'ul, ol'));
    expect(lists.length).to.be.at.least(5);
    for (const list of lists) {
      const marked = getComputedStyle(list).listStyleType !== 'none';
      expect(marked || list.getAttribute('role') === 'list', `${list.className || list.localName} is announced as a list`).to.be
        .true;
    }
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
      expect(focused.backgroundColor).not.to.equal(unfocused);
      expect(contrastRatio(focused.color, focused.backgroundColor), 'text on the focus colour').to.be.at.least(4.5);
      // A bar under it contrasts with the page's white too, whatever the focus colour (WCAG 2.4.13).
      const bars = focused.boxShadow.match(/rgba?\([^)]*\)/g) ?? [];
      expect(Math.max(...bars.map((bar) => contrastRatio(bar, 'rgb(255, 255, 255)'))), focused.boxShadow).to.be.at.least(3);
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

  it('keeps borders and texts, not colour alone, in forced-colors mode', async () => {
    await executeServerCommand('emulate-media-features', {features: [{name: 'forced-colors', value: 'active'}]});
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const procedure = await render('<cimo-procedure procedure="thermal-ablation"></cimo-procedure>');
    const badge = shadowOne(procedure, '[part="badge"]')!;
    expect(badge.textContent!.trim()).to.equal('Proposée ici');
    expect(parseFloat(getComputedStyle(badge).borderTopWidth)).to.be.at.least(2);
    const offered = shadowOne(procedure, '.technique--offered')!;
    expect(parseFloat(getComputedStyle(offered).borderTopWidth)).to.be.at.least(2);
    const risks = await render('<cimo-risks procedure="drainage"></cimo-risks>');
    expect(parseFloat(getComputedStyle(shadowOne(risks, '.callout')!).borderInlineStartWidth)).to.be.at.least(4);
  });

  it('survives WCAG 1.4.12 text spacing without clipping or overlapping', async () => {
    const page = await fixture(html`<div style="width: 320px">
      <cimo-overview></cimo-overview>
      <cimo-procedure procedure="thermal-ablation" techniques="radiofrequency microwave cryotherapy"></cimo-procedure>
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

  it('prints black on white without backgrounds, with the link address', async () => {
    await emulateMedia({media: 'print'});
    const risks = await render('<cimo-risks procedure="drainage"></cimo-risks>', 'dark');
    const callout = getComputedStyle(shadowOne(risks, '.callout')!);
    expect(callout.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(callout.color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(risks).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const link = await render('<cimo-sfr-link procedure="drainage" href="https://www.radiologie.fr/fiche.pdf"></cimo-sfr-link>');
    const a = shadowOne(link, 'a')!;
    expect(getComputedStyle(a, '::after').content).to.equal('" (https://www.radiologie.fr/fiche.pdf)"');
    expect(getComputedStyle(a).color).to.equal('rgb(0, 0, 0)');
  });
});
