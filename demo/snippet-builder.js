// <cimo-snippet-builder>: webmasters pick a widget and its attributes, see it live, and copy
// either the script-tag snippet (version-pinned URL, SRI integrity) or the prerendered HTML
// (the widget's content as declarative shadow DOM: shown at once, no layout shift, no JS needed).
// Plain DOM, no dependency: it runs on the demo server (`npm start`) and in Storybook alike.
// Properties: bundleUrl (the built CDN file to preview with), version and integrity (from
// dist/sri.json), cdnBase (where releases are published).

const PROCEDURES = ['drainage', 'thermal-ablation'];
const TECHNIQUES = ['radiofrequency', 'microwave', 'cryotherapy'];

// Each field: its attribute, which elements have it, and when it applies.
const FIELDS = [
  {name: 'procedure', tags: ['cimo-procedure', 'cimo-risks', 'cimo-sfr-link'], input: 'select', options: PROCEDURES, label: 'Procedure'},
  {name: 'organ', tags: ['cimo-risks'], input: 'select', options: ['', 'liver', 'kidney', 'lung'], label: 'Organ (thermal ablation)', when: (v) => v.procedure === 'thermal-ablation'},
  {name: 'clinic-name', tags: ['cimo-procedure'], input: 'text', label: 'Clinic name'},
  {name: 'techniques', tags: ['cimo-procedure'], input: 'checkboxes', options: TECHNIQUES, label: 'Techniques offered', when: (v) => v.procedure === 'thermal-ablation'},
  {name: 'stay-nights', tags: ['cimo-procedure'], input: 'number', label: 'Nights in hospital', when: (v) => v.procedure === 'thermal-ablation'},
  {name: 'reviewed', tags: ['cimo-procedure'], input: 'date', label: 'Reviewed on'},
  {name: 'href', tags: ['cimo-sfr-link'], input: 'url', label: 'Address of the SFR sheet (https://)'},
  {name: 'heading-level', tags: ['cimo-overview', 'cimo-procedure', 'cimo-risks'], input: 'select', options: ['', '1', '2', '3', '4', '5', '6'], label: 'Heading level'},
  {name: 'theme', tags: ['cimo-overview', 'cimo-procedure', 'cimo-risks', 'cimo-sfr-link'], input: 'select', options: ['', 'light', 'dark', 'auto'], label: 'Theme'},
];

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The element's markup: its tag, the attributes that apply and are set, the clinic note. */
export function widgetMarkup({tag, attributes, note}) {
  const attributeText = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  const content = note ? `\n  <p slot="clinic-note">${escapeHtml(note)}</p>\n` : '';
  return `<${tag}${attributeText}>${content}</${tag}>`;
}

/** The script tag a webmaster pastes once per page. */
export const scriptTag = ({cdnBase, version, integrity}) =>
  `<script type="module" src="${cdnBase}@${version}/dist/cimo-widgets.js"` +
  (integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '') +
  '></script>';

/** A rendered widget's shadow root as declarative shadow DOM, Lit's comment markers left out. */
export function declarativeShadowRoot(widget) {
  const css = widget.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('');
  const content = widget.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
  return `<template shadowrootmode="open"><style>${css}</style>${content}</template>`;
}

class CimoSnippetBuilder extends HTMLElement {
  bundleUrl = '/dist/cimo-widgets.js';
  cdnBase = 'https://cdn.jsdelivr.net/npm/cimo-widgets';
  version = '0.0.0';
  integrity = '';
  #rendering = 0;

  connectedCallback() {
    if (this.form) return;
    this.innerHTML = `
      <form class="builder-form" aria-label="Widget and attributes">
        <label>Element <select name="tag">
          <option value="cimo-procedure">cimo-procedure: a procedure explained</option>
          <option value="cimo-risks">cimo-risks: the risks of a procedure</option>
          <option value="cimo-sfr-link">cimo-sfr-link: the SFR's patient sheet</option>
          <option value="cimo-overview">cimo-overview: introduction</option>
        </select></label>
        ${FIELDS.map((field) => this.#fieldHtml(field)).join('')}
        <label data-for="cimo-procedure">Clinic note (shown in the <code>clinic-note</code> slot)
          <textarea name="note" rows="2"></textarea></label>
        <fieldset><legend>Language of the page</legend>
          <label><input type="radio" name="lang" value="fr" checked> Français</label>
          <label><input type="radio" name="lang" value="en"> English</label>
        </fieldset>
      </form>
      <section class="builder-preview" aria-label="Live preview">
        <h2>Live preview</h2>
        <iframe title="Live preview of the widget" class="preview-frame"></iframe>
      </section>
      <section class="builder-output" aria-label="Snippets">
        <h2>Script tag (one per page) and element</h2>
        <textarea readonly rows="6" class="script-snippet" aria-label="Script-tag snippet"></textarea>
        <button type="button" data-copy="script-snippet">Copy the script-tag snippet</button>
        <h2>Prerendered HTML (content shown at once, even without JavaScript)</h2>
        <textarea readonly rows="6" class="prerendered-snippet" aria-label="Prerendered HTML snippet"></textarea>
        <button type="button" data-copy="prerendered-snippet">Copy the prerendered HTML</button>
        <p class="copy-status" role="status"></p>
      </section>`;
    this.form = this.querySelector('form');
    this.frame = this.querySelector('iframe');
    this.form.addEventListener('input', () => this.update());
    this.form.addEventListener('change', () => this.update());
    for (const button of this.querySelectorAll('[data-copy]')) {
      button.addEventListener('click', () => this.copy(this.querySelector(`.${button.dataset.copy}`).value));
    }
    this.update();
  }

  #fieldHtml({name, tags, input, options, label}) {
    const data = `data-for="${tags.join(' ')}"`;
    if (input === 'select') {
      const choices = options.map((value) => `<option value="${value}">${value || '(default)'}</option>`).join('');
      return `<label ${data}>${label} <select name="${name}">${choices}</select></label>`;
    }
    if (input === 'checkboxes') {
      const boxes = options.map((value) => `<label><input type="checkbox" name="${name}" value="${value}"> ${value}</label>`).join('');
      return `<fieldset ${data} data-name="${name}"><legend>${label}</legend>${boxes}</fieldset>`;
    }
    const extra = input === 'number' ? ' min="1" max="365"' : '';
    return `<label ${data}>${label} <input type="${input}" name="${name}"${extra}></label>`;
  }

  /** What the form says: the tag, its attributes that apply and are set, the note, the language. */
  get choice() {
    const data = new FormData(this.form);
    const tag = data.get('tag');
    const values = {procedure: data.get('procedure')};
    const attributes = {};
    for (const field of FIELDS) {
      const value = field.input === 'checkboxes' ? data.getAll(field.name).join(' ') : String(data.get(field.name) ?? '').trim();
      const applies = field.tags.includes(tag) && (!field.when || field.when(values));
      if (applies && value) attributes[field.name] = value;
    }
    const note = tag === 'cimo-procedure' ? String(data.get('note') ?? '').trim() : '';
    return {tag, attributes, note, lang: data.get('lang')};
  }

  /** Shows the fields of the chosen element, writes the script snippet, re-renders the preview. */
  update() {
    const choice = this.choice;
    const procedure = this.form.elements.procedure.value;
    for (const field of this.form.querySelectorAll('[data-for]')) {
      const spec = FIELDS.find((each) => each.name === (field.dataset.name ?? field.querySelector('[name]')?.name));
      field.hidden = !field.dataset.for.split(' ').includes(choice.tag) || Boolean(spec?.when && !spec.when({procedure}));
    }
    this.querySelector('.script-snippet').value = `${scriptTag(this)}\n\n${widgetMarkup(choice)}`;
    this.#renderPreview(choice);
  }

  /** The preview: a small page in the chosen language with the widget and the built script. */
  #renderPreview(choice) {
    const rendering = ++this.#rendering;
    const output = this.querySelector('.prerendered-snippet');
    output.value = '';
    const bundle = new URL(this.bundleUrl, document.baseURI).href;
    this.frame.addEventListener('load', () => this.#whenRendered(rendering, choice), {once: true});
    this.frame.srcdoc = `<!doctype html><html lang="${choice.lang}"><head><meta charset="utf-8">
      <script>addEventListener('cimo-locale-change', () => { window.cimoLocaleReady = true; });</script>
      <script type="module" src="${bundle}"></script></head>
      <body style="margin:0.5rem">${widgetMarkup(choice)}</body></html>`;
  }

  async #whenRendered(rendering, choice) {
    const view = this.frame.contentWindow;
    const widget = this.frame.contentDocument.querySelector(choice.tag);
    await view.customElements.whenDefined(choice.tag);
    // French is built in; another language is ready once its catalogue has loaded.
    while (rendering === this.#rendering && (!widget.hasUpdated || (choice.lang !== 'fr' && !view.cimoLocaleReady))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await widget.updateComplete;
    if (rendering !== this.#rendering) return;
    const markup = widgetMarkup(choice);
    const start = markup.indexOf('>') + 1;
    const prerendered = markup.slice(0, start) + declarativeShadowRoot(widget) + markup.slice(start);
    this.querySelector('.prerendered-snippet').value = `${prerendered}\n\n<!-- Optional, once per page: keeps the widgets in step with the page's language. -->\n${scriptTag(this)}`;
    this.dispatchEvent(new CustomEvent('snippets-ready'));
  }

  async copy(text) {
    const status = this.querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Copying is blocked here: select the text and copy it (Ctrl+C).';
    }
  }
}

if (!customElements.get('cimo-snippet-builder')) customElements.define('cimo-snippet-builder', CimoSnippetBuilder);
