// Tests that need emulation only Chromium offers (prefers-color-scheme, forced colours and
// print media through CDP): the runner gives *.chromium.test.ts to Chromium alone.
import {expect} from '@open-wc/testing';
import {emulateMedia, executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import {axeViolations, examples, render} from './axe.js';
import {contrastRatio, setPageLanguage, shadowAll, shadowOne} from './helpers.js';

describe('accessibility under emulated media (Chromium only)', () => {
  afterEach(async () => {
    await emulateMedia({colorScheme: 'light', media: 'screen'});
    await executeServerCommand('emulate-media-features', {features: []});
  });

  for (const locale of ['fr', 'en']) {
    // `auto` on a light system is checked once below: it must look exactly like `light`.
    for (const scheme of ['dark'] as const) {
      describe(`axe, ${locale}, theme auto, ${scheme} system`, () => {
        before(async () => {
          await setPageLanguage(locale);
        });
        for (const example of examples) {
          it(example.slice(0, 90), async () => {
            await emulateMedia({colorScheme: scheme});
            const el = await render(example, 'auto');
            expect(await axeViolations(el)).to.deep.equal([]);
          });
        }
      });
    }
  }

  it('paints its own dark surface with theme auto on a dark system', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const style = getComputedStyle(shadowOne(await render('<cimo-overview></cimo-overview>', 'auto'), '.root')!);
    expect(style.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(contrastRatio(style.color, style.backgroundColor)).to.be.at.least(4.5);
  });

  it('looks exactly as without a theme (page declaring no scheme) with theme="auto" on a light system', async () => {
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

  it('prints black on white without backgrounds, with the link address', async () => {
    await emulateMedia({media: 'print'});
    const risks = await render('<cimo-risks procedure="drainage"></cimo-risks>', 'dark');
    const callout = getComputedStyle(shadowOne(risks, '.callout')!);
    expect(callout.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(callout.color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(shadowOne(risks, '.root')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const link = await render('<cimo-sfr-link procedure="drainage" href="https://www.radiologie.fr/fiche.pdf"></cimo-sfr-link>');
    const a = shadowOne(link, 'a')!;
    expect(getComputedStyle(a, '::after').content).to.equal('" (https://www.radiologie.fr/fiche.pdf)"');
    expect(getComputedStyle(a).color).to.equal('rgb(0, 0, 0)');
  });
});
