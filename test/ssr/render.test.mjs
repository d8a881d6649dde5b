// Server rendering (cimo-widgets/ssr) in Node: every element, in French and English, with its
// attributes, the clinic-note slot and invalid input. Run by scripts/test-node.mjs (npm test).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderWidgetHTML} from '../../lib/ssr/index.js';
import {templates as english} from '../../lib/generated/locales/en.js';

/** The text a reader sees: markup, Lit's markers and styles removed, whitespace collapsed. */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** console.warn calls made while `run` runs. */
async function warningsOf(run) {
  const original = console.warn;
  const calls = [];
  console.warn = (...args) => calls.push(args.join(' '));
  try {
    return {result: await run(), calls};
  } finally {
    console.warn = original;
  }
}

// One widget of each kind, with the catalogue id of the title it shows and that title in French.
const widgets = [
  ['cimo-overview', {}, 'overview.title', 'Radiologie interventionnelle en cancérologie'],
  ['cimo-procedure', {procedure: 'drainage'}, 'drainage.title', 'Le drainage percutané'],
  ['cimo-procedure', {procedure: 'thermal-ablation'}, 'thermal-ablation.title', 'La destruction tumorale par thermothérapie'],
  ['cimo-risks', {procedure: 'drainage'}, 'risks.heading', 'Y a-t-il des risques ?'],
  ['cimo-risks', {procedure: 'thermal-ablation', organ: 'liver'}, 'risks.heading', 'Y a-t-il des risques ?'],
  ['cimo-sfr-link', {procedure: 'drainage'}, 'sfr-link.new-tab', '(s’ouvre dans un nouvel onglet)'],
];

for (const [tag, attributes, id, french] of widgets) {
  const name = `${tag} ${JSON.stringify(attributes)}`;
  test(`${name} renders as declarative shadow DOM in French and in English`, async () => {
    const fr = await renderWidgetHTML(tag, attributes, {lang: 'fr'});
    const en = await renderWidgetHTML(tag, attributes, {lang: 'en'});
    for (const html of [fr, en]) {
      assert.match(html, new RegExp(`^<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>:host\\{`));
      assert.ok(html.endsWith(`</template></${tag}>`));
    }
    const englishText = typeof english[id] === 'string' ? english[id] : english[id].strings.join('');
    assert.ok(text(fr).includes(french), `French text of ${name}`);
    assert.ok(!text(fr).includes(englishText), `no English in the French render of ${name}`);
    assert.ok(text(en).includes(englishText), `English text of ${name}: ${englishText}`);
    assert.ok(!text(en).includes(french), `no French in the English render of ${name}`);
  });
}

test('renders the attributes: heading level, clinic name, techniques, stay, review date, href, theme', async () => {
  const procedure = await renderWidgetHTML(
    'cimo-procedure',
    {procedure: 'thermal-ablation', 'heading-level': '3', 'clinic-name': 'La clinique du Parc', techniques: 'microwave', 'stay-nights': '4', reviewed: '2025-03-01', theme: 'dark'},
    {lang: 'fr'}
  );
  assert.match(procedure, /^<cimo-procedure [^>]*theme="dark"/);
  assert.match(procedure, /<h3 part="heading"/);
  assert.match(procedure, /<h4 part="section-heading"/);
  assert.match(text(procedure), /La clinique du Parc [^.]* micro-ondes/);
  assert.match(text(procedure), /4 nuits/);
  assert.match(text(procedure), /Information relue le 1 mars 2025\./);
  assert.match(procedure.replace(/<!--[\s\S]*?-->/g, ''), /technique--offered">\s*<span class="technique-name">micro-ondes/);

  const british = await renderWidgetHTML('cimo-procedure', {procedure: 'drainage', reviewed: '2025-03-01'}, {lang: 'en-GB'});
  assert.match(text(british), /reviewed on 1 March 2025\./);
  const american = await renderWidgetHTML('cimo-procedure', {procedure: 'drainage', reviewed: '2025-03-01'}, {lang: 'en-US'});
  assert.match(text(american), /reviewed on March 1, 2025\./);

  const link = await renderWidgetHTML('cimo-sfr-link', {procedure: 'drainage', href: 'https://www.radiologie.fr/fiche'}, {lang: 'fr'});
  assert.match(link, /<a part="link" href="https:\/\/www.radiologie.fr\/fiche" target="_blank" rel="noopener noreferrer"/);
});

test('the clinic-note wrapper is shown when the light DOM fills the slot, hidden otherwise', async () => {
  const note = '<p slot="clinic-note">Appelez le secrétariat.</p>';
  const withNote = await renderWidgetHTML('cimo-procedure', {procedure: 'drainage'}, {content: note});
  const markup = (html) => html.replace(/<!--[\s\S]*?-->/g, '');
  assert.match(markup(withNote), /<div part="clinic-note" class="clinic-note"\s*>\s*<slot name="clinic-note"/);
  assert.ok(withNote.endsWith(`</template>${note}</cimo-procedure>`));
  const without = await renderWidgetHTML('cimo-procedure', {procedure: 'drainage'});
  assert.match(markup(without), /<div part="clinic-note" class="clinic-note" hidden\s*>/);
  // A note nested deeper is not slotted, so it does not count.
  const nested = await renderWidgetHTML('cimo-procedure', {procedure: 'drainage'}, {content: `<div>${note}</div>`});
  assert.match(nested, /class="clinic-note" hidden/);
});

test('invalid attributes render the browser’s notice in the page’s language and warn once each', async () => {
  const {result: fr, calls} = await warningsOf(() =>
    renderWidgetHTML('cimo-procedure', {procedure: 'drainage', 'heading-level': 'x', theme: 'pink'}, {lang: 'fr'})
  );
  assert.match(fr, /<div class="notice" part="notice">/);
  assert.match(text(fr), /Thème « pink » inconnu/);
  assert.match(text(fr), /Niveau de titre « x » invalide/);
  assert.deepEqual(calls.map((call) => call.replace(/ is not valid.*/, '')), [
    'cimo-widgets: <cimo-procedure> theme="pink"',
    'cimo-widgets: <cimo-procedure> heading-level="x"',
  ]);

  const {result: en, calls: enCalls} = await warningsOf(() => renderWidgetHTML('cimo-risks', {procedure: 'biopsy'}, {lang: 'en'}));
  assert.match(en, /<div class="notice" part="notice">/);
  assert.match(text(en), /biopsy/);
  assert.equal(enCalls.length, 1);
  assert.match(enCalls[0], /Valid values: drainage, thermal-ablation/);

  const {result: unsafe} = await warningsOf(() => renderWidgetHTML('cimo-sfr-link', {procedure: 'drainage', href: 'javascript:alert(1)'}));
  assert.match(unsafe, /href="https:\/\/www.radiologie.fr\/"/);
  assert.ok(!unsafe.includes('<a part="link" href="javascript:'));
});

test('renders asked at once in two languages each get their own language', async () => {
  const langs = ['en', 'fr', 'en-US', 'fr-BE', 'en', 'fr'];
  const results = await Promise.all(langs.map((lang) => renderWidgetHTML('cimo-procedure', {procedure: 'drainage'}, {lang})));
  results.forEach((html, index) => {
    const english = langs[index].startsWith('en');
    assert.equal(text(html).includes('Percutaneous drainage'), english, `${langs[index]} render`);
    assert.equal(text(html).includes('Le drainage percutané'), !english, `${langs[index]} render`);
  });
});

test('unsupported languages fall back to French; unknown tags are refused', async () => {
  assert.match(text(await renderWidgetHTML('cimo-overview', {}, {lang: 'de'})), /Radiologie interventionnelle/);
  await assert.rejects(renderWidgetHTML('cimo-unknown', {}), /Valid tags: cimo-overview/);
});
