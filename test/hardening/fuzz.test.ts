import {expect, fixture, html} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../../src/index.js';
import {recordPageErrors, recordWarnings} from '../helpers.js';

const SEED = 20240611;
const VALUES_PER_ATTRIBUTE = 1000;

/** mulberry32: a tiny seeded PRNG, so a failure reproduces with the same SEED. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const oneOf = (values: readonly string[]) => (value: string) => values.includes(value);
const wholeNumber = (min: number, max: number) => (value: string) =>
  /^\s*[+-]?\d+\s*$/.test(value) && Number(value) >= min && Number(value) <= max;
const techniqueIds = ['radiofrequency', 'microwave', 'cryotherapy'];
const tokens = (value: string) => value.trim().split(/\s+/).filter(Boolean);
/** Space-separated values, each one of `values` (none at all is valid too). */
const everyToken = (values: readonly string[]) => (value: string) => tokens(value).every((token) => values.includes(token));
/** A real calendar date written YYYY-MM-DD (surrounding spaces allowed). */
const isIsoDate = (value: string) => {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
const isHttps = (value: string) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

/** Every attribute of every element, with what the docs say is valid (any other value needs a notice). */
const attributes: Record<string, Record<string, (value: string) => boolean>> = {
  'cimo-overview': {'heading-level': wholeNumber(1, 6), theme: oneOf(['light', 'dark', 'auto'])},
  'cimo-procedure': {
    procedure: oneOf(['drainage', 'thermal-ablation']),
    'heading-level': wholeNumber(1, 6),
    'clinic-name': () => true,
    techniques: everyToken(techniqueIds),
    organs: everyToken(['liver', 'kidney', 'lung']),
    'stay-nights': wholeNumber(1, 365),
    reviewed: isIsoDate,
    theme: oneOf(['light', 'dark', 'auto']),
  },
  'cimo-risks': {
    procedure: oneOf(['drainage', 'thermal-ablation']),
    organ: oneOf(['liver', 'kidney', 'lung']),
    'heading-level': wholeNumber(1, 6),
    theme: oneOf(['light', 'dark', 'auto']),
  },
  'cimo-sfr-link': {procedure: oneOf(['drainage', 'thermal-ablation']), href: isHttps, theme: oneOf(['light', 'dark', 'auto'])},
};

const PWNED = '__cimoFuzzPwned';
const nastyValues = [
  '', ' ', '\t\n', 'null', 'undefined', 'true', '0', '-1', '7', '+3', ' 4 ', '03', '2.5', '1e3', 'NaN', 'Infinity',
  '0x10', '365', '366', '99999999999999999999', 'Drainage', 'drainage ', 'THERMAL-ABLATION', 'liver kidney',
  'radiofrequency microwave', 'microwave cryotherapy laser', 'cryotherapy cryotherapy', 'ドレナージ', '💉🩺\u200d',
  '2026-02-30', '2026-13-01', '0000-00-00', '2026-1-5', '20260105', '2026-01-05T00:00', 'e\u0301', '\u202eevil', '\u0000', 'a'.repeat(100_000), '<b>bold</b>', '<script>window.__cimoFuzzPwned = 1</script>',
  `<img src=x onerror="window.${PWNED}=1">`, `"><svg onload="window.${PWNED}=1">`, '{{7*7}}', '${7*7}',
  `javascript:window.${PWNED}=1`, ` JaVaScRiPt:window.${PWNED}=1`, 'java\tscript:alert(1)', 'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>', 'data:application/pdf;base64,AAAA', 'http://example.org/sheet.pdf',
  '//evil.example/sheet', '/relative/sheet.pdf', 'https://', 'https:evil.example', 'https://www.radiologie.fr/fiche.pdf',
  'https://user:pass@example.org/?q="<x>"#frag', 'HTTPS://EXAMPLE.ORG', 'ftp://example.org', 'blob:https://x/y',
];

/** Valid values, so the fuzzer also goes back to valid states (where a notice must disappear). */
const validExamples: Record<string, string[]> = {
  theme: ['light', 'dark', 'auto'],
  procedure: ['drainage', 'thermal-ablation'],
  'heading-level': ['1', '3', '6'],
  organ: ['liver', 'kidney', 'lung'],
  techniques: ['radiofrequency', 'microwave cryotherapy'],
  organs: ['liver', 'kidney lung'],
  'stay-nights': ['1', '3', '365'],
  href: ['https://www.radiologie.fr/fiche.pdf'],
  'clinic-name': ['Clinique du Parc'],
  reviewed: ['2026-01-31', ' 2024-02-29 '],
};

/** A value for attribute `name`: often a valid one, else nasty, random, or none at all. */
function pickValue(next: () => number, name: string): string | null {
  const roll = next();
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  if (roll < 0.1) return null;
  if (roll < 0.35) return pick(validExamples[name]);
  if (roll < 0.85) return pick(nastyValues);
  const length = Math.floor(next() * 60);
  return Array.from({length}, () => String.fromCodePoint(Math.floor(next() * 0x2fff) + 1)).join('');
}

/**
 * A thermal-ablation page customised without naming its clinic, or whose named clinic leaves its
 * techniques or stay unstated: the README's claim rules ask for a notice even though each
 * attribute alone is valid.
 */
function claimsIncomplete(element: Element): boolean {
  if (element.localName !== 'cimo-procedure' || element.getAttribute('procedure') !== 'thermal-ablation') return false;
  if (!['clinic-name', 'techniques', 'organs', 'stay-nights'].some((name) => element.hasAttribute(name))) return false;
  if (!element.getAttribute('clinic-name')?.trim()) return true;
  const offered = tokens(element.getAttribute('techniques') ?? '').filter((token) => techniqueIds.includes(token));
  return offered.length === 0 || !element.hasAttribute('stay-nights');
}

/** What the element must show given its attributes: a notice iff one is invalid or a claim incomplete. */
function checkInvariants(element: LitElement, step: string) {
  const validity = attributes[element.localName];
  const invalid = Object.entries(validity).filter(([name, isValid]) => {
    const value = element.getAttribute(name);
    return value !== null && !isValid(value);
  });
  const procedureMissing = 'procedure' in validity && element.getAttribute('procedure') === null;
  const root = element.shadowRoot!;
  const notice = root.querySelector('[part="notice"]');
  expect(Boolean(notice), `${step}: notice iff invalid (${invalid.map(([name]) => name).join(', ')})`).to.equal(
    invalid.length > 0 || procedureMissing || claimsIncomplete(element)
  );
  for (const anchor of root.querySelectorAll('a')) {
    expect(new URL(anchor.getAttribute('href')!).protocol, `${step}: link`).to.equal('https:');
  }
  expect(root.querySelector('script, img, iframe, object, embed, b'), `${step}: injected markup`).to.be.null;
}

describe('attribute fuzzing', () => {
  it('covers every attribute each element observes', () => {
    for (const [tag, validity] of Object.entries(attributes)) {
      const observed = (customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes;
      expect(Object.keys(validity), tag).to.have.members(observed);
    }
  });

  it(`survives ${VALUES_PER_ATTRIBUTE} random values on every attribute, set after connection in random order`, async function () {
    this.timeout(60_000); // 5-30 s here (WebKit slowest, on a busy two-core machine); room for slow CI machines
    const container = await fixture(html`<div>
      <p id="fuzz-host">Contenu de l’hôpital</p>
      <cimo-overview></cimo-overview>
      <cimo-procedure procedure="drainage"></cimo-procedure>
      <cimo-risks procedure="drainage"></cimo-risks>
      <cimo-sfr-link procedure="drainage"></cimo-sfr-link>
    </div>`);
    const elements = [...container.querySelectorAll<LitElement>(Object.keys(attributes).join(', '))];
    const hostBefore = container.querySelector('#fuzz-host')!.outerHTML;
    const hostChanges: MutationRecord[] = [];
    const observer = new MutationObserver((records) =>
      hostChanges.push(...records.filter((record) => !(record.type === 'attributes' && elements.includes(record.target as LitElement))))
    );
    observer.observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
    const warnings = recordWarnings();
    const pageErrors = recordPageErrors();
    const next = random(SEED);
    const steps = elements.flatMap((element) =>
      Object.keys(attributes[element.localName]).flatMap((name) => Array.from({length: VALUES_PER_ATTRIBUTE}, () => ({element, name})))
    );
    for (let i = steps.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [steps[i], steps[j]] = [steps[j], steps[i]];
    }
    const started = performance.now();
    try {
      for (const [step, {element, name}] of steps.entries()) {
        const value = pickValue(next, name);
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
        await element.updateComplete;
        checkInvariants(element, `step ${step} (seed ${SEED}): <${element.localName} ${name}=${JSON.stringify(value?.slice(0, 80))}>`);
      }
    } finally {
      observer.disconnect();
      warnings.restore();
      pageErrors.stop();
    }
    const duration = performance.now() - started;
    console.log(`fuzz: ${steps.length} values in ${Math.round(duration)} ms, ${warnings.calls.length} warnings`);
    expect(pageErrors.errors, 'uncaught errors').to.deep.equal([]);
    expect((window as unknown as Record<string, unknown>)[PWNED], 'injected script ran').to.be.undefined;
    expect(container.querySelector('#fuzz-host')!.outerHTML, 'host content').to.equal(hostBefore);
    expect(hostChanges, 'host page changes').to.deep.equal([]);
    expect(warnings.calls.every((warning) => warning.startsWith('cimo-widgets: <cimo-')), 'warnings are ours').to.be.true;
  });
});
