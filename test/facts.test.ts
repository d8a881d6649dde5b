import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';
import {cimoOnlyIds, notStatements, partnerIds, sentences, structuralLabels, typoFixes, type Change} from './facts.js';
import {collapsed, recordWarnings, setPageLanguage} from './helpers.js';

type Locale = 'fr' | 'en';

/** French typography, as the widgets must write it. */
const frenchTypography = (text: string): string =>
  text
    .replace(/ ([?!;])/g, '\u202f$1')
    .replace(/ :/g, '\u00a0:')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/(\d) (?=\p{L})/gu, '$1\u00a0');

const inLocale = (locale: Locale, text: string) => (locale === 'fr' ? frenchTypography(text) : text);

/** The source page's sentences, in order: each line, split after . ? ! */
async function sourceSentences(): Promise<string[]> {
  const text = await (await fetch('/content-source/cimo-radiologie-interventionnelle.fr.txt')).text();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
}

/** Every message of the catalogue: id, French source and English target, with `{}` for placeholders. */
async function catalogue(): Promise<Map<string, Record<Locale, string>>> {
  const xliff = new DOMParser().parseFromString(await (await fetch('/locales/en.xlf')).text(), 'application/xml');
  const text = (element: Element) => [...element.childNodes].map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : '{}')).join('');
  return new Map(
    [...xliff.querySelectorAll('trans-unit')].map((unit) => [
      unit.id,
      {fr: text(unit.querySelector('source')!), en: text(unit.querySelector('target')!)},
    ])
  );
}

/** Whether `text` is what a message says, its placeholders filled with anything. */
const says = (message: string, text: string) =>
  new RegExp(`^${message.split('{}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 'u').test(text);

const applyChanges = (text: string, changes: Change[], where: string): string =>
  changes.reduce((result, {from, to}) => {
    expect(result, `${where}: rewording "${from}" applies`).to.contain(from);
    return result.split(from).join(to);
  }, text);

/**
 * What a widget renders, unit by unit: each paragraph, list item, heading, link, badge, hidden
 * helper text and notice, without the text of the units inside it.
 */
function renderedUnits(host: Element): string[] {
  const units: string[] = [];
  const boundary = 'p, li, ul, h1, h2, h3, h4, h5, h6, a, .visually-hidden, [part="badge"], [part="notice"]';
  const collect = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.matches('style, svg, slot')) return '';
    const own = [...node.childNodes].map(collect).join('');
    if (!node.matches(boundary)) return own;
    if (collapsed(own)) units.push(collapsed(own));
    return ' ';
  };
  [...host.shadowRoot!.childNodes].forEach(collect);
  return units;
}

const procedures = ['drainage', 'thermal-ablation'];
/** The whole page as a webmaster composes it from the elements, with no customisation. */
const wholePage = `<div>
  <cimo-overview></cimo-overview>
  ${procedures
    .map((p) => `<cimo-procedure procedure="${p}"></cimo-procedure><cimo-risks procedure="${p}"></cimo-risks><cimo-sfr-link procedure="${p}"></cimo-sfr-link>`)
    .join('\n')}
</div>`;

async function render(html: string): Promise<string[]> {
  const page = await fixture(html);
  const hosts = page.matches('[procedure], cimo-overview') ? [page] : [...page.children];
  return hosts.flatMap(renderedUnits);
}

describe('facts: the widgets say what the clinic’s page says, no more, no less', () => {
  let messages: Map<string, Record<Locale, string>>;
  let warnings: ReturnType<typeof recordWarnings>;
  before(async () => {
    messages = await catalogue();
  });
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  it('maps every sentence of the source page, in order', async () => {
    const statements = (await sourceSentences()).filter((line) => !notStatements.some((n) => n.source === line));
    expect(sentences.map((sentence) => sentence.source)).to.deep.equal(statements);
    console.log(`facts: ${statements.length} source sentences mapped`);
  });

  it('renders each sentence verbatim after the reviewed typo fixes and rewordings', () => {
    const used = new Set<string>();
    for (const [index, sentence] of sentences.entries()) {
      const where = `sentence ${index + 1}`;
      const fixed = typoFixes.reduce((text, {from, to}) => {
        if (text.includes(from)) used.add(from);
        return text.split(from).join(to);
      }, sentence.source);
      const reworded = applyChanges(fixed, sentence.rewordings ?? [], where);
      expect(frenchTypography(sentence.units.map((unit) => unit.fr).join(' ')), where).to.equal(frenchTypography(reworded));
    }
    expect(typoFixes.filter((fix) => !used.has(fix.from)), 'typo fixes that fix nothing').to.deep.equal([]);
  });

  it('ties each unit to the message that says it, in French and in English', () => {
    for (const unit of sentences.flatMap((sentence) => sentence.units)) {
      const message = messages.get(unit.id);
      expect(message, unit.id).to.exist;
      expect(says(message!.fr, frenchTypography(unit.fr)), `${unit.id} fr`).to.be.true;
      expect(says(message!.en, unit.en), `${unit.id} en`).to.be.true;
    }
  });

  it('claims every content message by a source sentence, a structural label or a partner’s rule', () => {
    const claimed = new Set([
      ...sentences.flatMap((sentence) => sentence.units.map((unit) => unit.id)),
      ...structuralLabels.map((label) => label.id),
      ...partnerIds.map((partner) => partner.id),
    ]);
    const content = [...messages.keys()].filter((id) => !id.startsWith('notice.'));
    expect(content.filter((id) => !claimed.has(id)), 'unclaimed messages').to.deep.equal([]);
    expect([...claimed].filter((id) => !messages.has(id)), 'claims of messages that do not exist').to.deep.equal([]);
  });

  for (const locale of ['fr', 'en'] as const) {
    describe(`in ${locale === 'fr' ? 'French' : 'English'}, the uncustomised page`, () => {
      let units: string[];
      before(async () => {
        await setPageLanguage(locale);
        units = await render(wholePage);
      });
      after(() => setPageLanguage('fr'));

      it('renders every unit of every sentence', () => {
        const missing = sentences
          .flatMap((sentence, index) => sentence.units.map((unit) => `${index + 1}: ${inLocale(locale, unit[locale])}`))
          .filter((entry) => !units.includes(entry.replace(/^\d+: /, '')));
        expect(missing).to.deep.equal([]);
        console.log(`facts (${locale}): ${sentences.length} source sentences, ${new Set(sentences.flatMap((s) => s.units.map((u) => u.id))).size} messages, all rendered`);
      });

      it('renders nothing else than these units and structural labels', () => {
        const mapped = new Set(sentences.flatMap((sentence) => sentence.units.map((unit) => inLocale(locale, unit[locale]))));
        const labels = structuralLabels.map((label) => messages.get(label.id)![locale]);
        const extra = units.filter((unit) => !mapped.has(unit) && !labels.some((label) => says(label, unit)));
        expect(extra).to.deep.equal([]);
        expect(warnings.calls).to.deep.equal([]);
      });
    });
  }

  describe('customised pages: each statement is true for the clinic named', () => {
    const cimoOnly = (locale: Locale) =>
      sentences.flatMap((s) => s.units).filter((unit) => cimoOnlyIds.includes(unit.id)).map((unit) => inLocale(locale, unit[locale]));
    /** Each README combination, with the clinic named (if any) and what it states. */
    const cases = [
      {attributes: 'clinic-name="Hôpital Nord" techniques="radiofrequency microwave" organs="kidney" stay-nights="3"', clinic: 'Hôpital Nord', techniques: ['radiofrequency', 'microwave'], organs: ['kidney'], nights: 3},
      {attributes: 'clinic-name="Hôpital Nord" techniques="cryotherapy" stay-nights="1"', clinic: 'Hôpital Nord', techniques: ['cryotherapy'], organs: [], nights: 1},
      {attributes: 'clinic-name="Hôpital Nord" techniques="microwaves"', clinic: 'Hôpital Nord', techniques: [], organs: [], nights: 0},
      {attributes: 'clinic-name="Hôpital Nord"', clinic: 'Hôpital Nord', techniques: [], organs: [], nights: 0},
      {attributes: 'techniques="microwave cryotherapy"', clinic: '', techniques: [], organs: [], nights: 0},
      {attributes: 'organs="liver" stay-nights="4"', clinic: '', techniques: [], organs: [], nights: 0},
      {attributes: 'clinic-name=" " techniques="radiofrequency" stay-nights="2"', clinic: '', techniques: [], organs: [], nights: 0},
    ];
    const words: Record<Locale, {offers: RegExp; technique: Record<string, string>; organ: Record<string, string>}> = {
      fr: {
        offers: /dispose actuellement/,
        technique: {radiofrequency: 'radiofréquence', microwave: 'micro-ondes', cryotherapy: 'cryothérapie'},
        organ: {liver: 'foie', kidney: 'rein', lung: 'poumon'},
      },
      en: {
        offers: /currently offers/,
        technique: {radiofrequency: 'radiofrequency', microwave: 'microwave', cryotherapy: 'cryotherapy'},
        organ: {liver: 'liver', kidney: 'kidney', lung: 'lung'},
      },
    };

    for (const locale of ['fr', 'en'] as const) {
      for (const example of cases) {
        it(`${locale}: <cimo-procedure procedure="thermal-ablation" ${example.attributes}>`, async () => {
          await setPageLanguage(locale);
          try {
            const units = await render(`<cimo-procedure procedure="thermal-ablation" ${example.attributes}></cimo-procedure>`);
            const w = words[locale];
            expect(units.filter((unit) => cimoOnly(locale).includes(unit)), 'none of CIMO’s own claims').to.deep.equal([]);
            expect(units.join(' '), 'CIMO is not named').not.to.contain('CIMO');
            const statements = units.filter((unit) => w.offers.test(unit));
            expect(statements, 'one statement per technique the clinic lists').to.have.length(example.techniques.length);
            example.techniques.forEach((technique, index) => {
              const statement = statements[index];
              expect(statement.startsWith(example.clinic), statement).to.be.true;
              expect(statement).to.contain(w.technique[technique]);
              for (const [organ, word] of Object.entries(w.organ)) {
                expect(statement.includes(word), `${statement}: ${organ}`).to.equal(example.organs.includes(organ));
              }
            });
            const stay = units.filter((unit) => /nécessitent une hospitalisation|require a hospital stay/.test(unit));
            const nights =
              example.nights === 1
                ? {fr: 'd’une nuit', en: 'one night'}[locale]
                : {fr: `${example.nights}\u00a0nuits`, en: `${example.nights} nights`}[locale];
            expect(stay.length, 'the clinic’s own stay, or none').to.equal(example.nights ? 1 : 0);
            if (example.nights) expect(stay[0]).to.contain(nights);
            expect(stay.join(' ')).not.to.match(/clinique|clinic/);
            const complete = example.techniques.length > 0 && example.nights > 0;
            expect(units.some((unit) => unit.startsWith(locale === 'fr' ? 'Proposée' : 'Offered')), 'badges').to.equal(example.techniques.length > 0);
            expect(warnings.calls.length > 0, 'a warning iff a claim is unstated').to.equal(!complete);
            // Everything else is the page's own neutral text, a label, a notice or the clinic's statements.
            const mapped = new Set(sentences.flatMap((s) => s.units.map((unit) => inLocale(locale, unit[locale]))));
            const allowed = [...structuralLabels, ...partnerIds, ...[...messages.keys()].filter((id) => id.startsWith('notice.')).map((id) => ({id}))].map(({id}) => messages.get(id)![locale]);
            expect(units.filter((unit) => !mapped.has(unit) && !allowed.some((message) => says(message, unit)))).to.deep.equal([]);
          } finally {
            await setPageLanguage('fr');
          }
        });
      }
    }
  });
});
