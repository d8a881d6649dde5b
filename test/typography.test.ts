import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';
import {collapsed, recordWarnings, renderedText, setPageLanguage, shadowAll} from './helpers.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** Every element in every state that shows text: defaults, partner pages, each notice. */
const pages = [
  '<cimo-overview></cimo-overview>',
  '<cimo-procedure procedure="drainage"></cimo-procedure>',
  '<cimo-procedure procedure="thermal-ablation"></cimo-procedure>',
  '<cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="radiofrequency microwave cryotherapy" organs="liver kidney lung" stay-nights="1"></cimo-procedure>',
  '<cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="microwave" stay-nights="12"></cimo-procedure>',
  '<cimo-procedure procedure="thermal-ablation" techniques="laser" organs="heart" stay-nights="x" reviewed="2026-13-01" heading-level="9" theme="neon"></cimo-procedure>',
  '<cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord"></cimo-procedure>',
  '<cimo-procedure></cimo-procedure>',
  '<cimo-procedure procedure="biopsy"></cimo-procedure>',
  '<cimo-risks procedure="drainage"></cimo-risks>',
  '<cimo-risks procedure="thermal-ablation"></cimo-risks>',
  '<cimo-risks procedure="thermal-ablation" organ="heart"></cimo-risks>',
  '<cimo-sfr-link procedure="drainage"></cimo-sfr-link>',
  '<cimo-sfr-link procedure="thermal-ablation" href="http://x"></cimo-sfr-link>',
];

/** A message broken where French typography forbids a line break, or '' if none. */
function frenchTypographyFault(text: string): string {
  const faults = [
    [/[^\u202f]([?!;])/u, 'U+202F before ? ! ;'],
    [/[^\u00a0]:(?!\/\/)/u, 'U+00A0 before :'],
    [/«[^\u00a0]|[^\u00a0]»/u, 'U+00A0 inside « »'],
    [/\d[ \t\n]+(?:nuits?|jours?)\b/u, 'U+00A0 between a number and its unit'],
    [/\bde 1\u00a0nuit\b/u, 'elision: d’une nuit'],
  ] as const;
  for (const [pattern, rule] of faults) {
    const match = pattern.exec(text);
    if (match) return `${rule}: …${text.slice(Math.max(0, match.index - 20), match.index + 20)}…`;
  }
  return '';
}

/** The rendered text of each paragraph, item and heading, without the visually hidden helpers. */
const blocks = (el: Element) =>
  shadowAll(el, 'p, li, h1, h2, h3, h4, h5, h6, a')
    .filter((block) => !block.matches('[part="reviewed"]'))
    .map((block) => collapsed(block.textContent ?? ''));

describe('French typography', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  for (const page of pages) {
    it(`no breakable space where French forbids one: ${page.slice(0, 110)}`, async () => {
      const el = await fixture(page);
      for (const block of blocks(el)) expect(frenchTypographyFault(block), block).to.equal('');
    });
  }

  it('writes one night as “d’une nuit” and other stays with a no-break space', async () => {
    const one = await fixture(
      '<cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="microwave" stay-nights="1"></cimo-procedure>'
    );
    expect(renderedText(one)).to.contain('une hospitalisation d’une nuit.');
    const cimo = await fixture('<cimo-procedure procedure="thermal-ablation"></cimo-procedure>');
    expect(renderedText(cimo)).to.contain(`hospitalisation de 2${NBSP}nuits à la clinique`);
  });

  it('every French message of the catalogue follows it, rendered or not', async () => {
    const xliff = new DOMParser().parseFromString(await (await fetch('/locales/en.xlf')).text(), 'application/xml');
    const sources = [...xliff.querySelectorAll('trans-unit')].map((unit) => ({
      id: unit.id,
      // Placeholders stand for values (a clinic's name, a number): read them as a number.
      text: [...unit.querySelector('source')!.childNodes].map((node) => node.textContent || '2').join(''),
    }));
    expect(sources.length).to.be.greaterThan(50);
    const faults = sources.map(({id, text}) => [id, frenchTypographyFault(text)]).filter(([, fault]) => fault);
    expect(faults).to.deep.equal([]);
  });
});

describe('English typography', () => {
  before(() => setPageLanguage('en'));
  after(() => setPageLanguage('fr'));
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  for (const page of pages) {
    it(`no French spacing in English: ${page.slice(0, 110)}`, async () => {
      const el = await fixture(page);
      for (const block of blocks(el)) {
        expect(block, 'no no-break space').not.to.match(new RegExp(`[${NBSP}${NNBSP}]`));
        expect(block, 'no space before punctuation').not.to.match(/\s[?!:;]/);
      }
    });
  }
});
