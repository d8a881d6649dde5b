import {expect} from '@open-wc/testing';
import '../demo/snippet-builder.js';
import {waitFor} from './helpers.js';

type Builder = HTMLElement & {
  bundleUrl: string;
  version: string;
  integrity: string;
  update(): void;
};

const INTEGRITY = 'sha384-test';

/** Sets a form control as a user would, firing the events the builder listens to. */
function choose(builder: Builder, name: string, value: string) {
  const controls = [...builder.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)];
  // Radio buttons and checkboxes: the one with that value.
  const control = controls.length > 1 ? controls.find((each) => each.value === value)! : controls[0];
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) control.checked = true;
  else control.value = value;
  control.dispatchEvent(new Event('input', {bubbles: true}));
  control.dispatchEvent(new Event('change', {bubbles: true}));
}

const snippet = (builder: Builder, kind: 'script' | 'prerendered') =>
  builder.querySelector<HTMLTextAreaElement>(`.${kind}-snippet`)!.value;

/** Waits for the preview to render the current choice and the prerendered snippet to be written. */
const rendered = (builder: Builder) => new Promise((resolve) => builder.addEventListener('snippets-ready', resolve, {once: true}));

describe('the snippet builder (demo/snippet-builder.html, Storybook "Embed/Snippet builder")', () => {
  let builder: Builder;
  beforeEach(async () => {
    builder = document.createElement('cimo-snippet-builder') as Builder;
    Object.assign(builder, {bundleUrl: '/dist/cimo-widgets.js', version: '1.2.3', integrity: INTEGRITY});
    const ready = rendered(builder);
    document.body.append(builder);
    await ready;
  });
  afterEach(() => builder.remove());

  it('writes the script-tag snippet with the version-pinned URL, its integrity and the chosen attributes', async () => {
    choose(builder, 'tag', 'cimo-risks');
    choose(builder, 'procedure', 'thermal-ablation');
    choose(builder, 'organ', 'liver');
    choose(builder, 'heading-level', '3');
    expect(snippet(builder, 'script')).to.equal(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/cimo-widgets@1.2.3/dist/cimo-widgets.js" integrity="${INTEGRITY}" crossorigin="anonymous"></script>\n\n` +
        '<cimo-risks procedure="thermal-ablation" organ="liver" heading-level="3"></cimo-risks>'
    );
    // Fields of other elements, and the organ of a drainage, are neither shown nor written.
    expect(builder.querySelector<HTMLElement>('[data-for="cimo-procedure"]')!.hidden).to.equal(true);
    choose(builder, 'procedure', 'drainage');
    expect(builder.querySelector<HTMLSelectElement>('[name="organ"]')!.closest('label')!.hidden).to.equal(true);
    expect(snippet(builder, 'script')).to.contain('<cimo-risks procedure="drainage" heading-level="3"></cimo-risks>');
  });

  it('writes the clinic note into the slot, escaped', () => {
    choose(builder, 'tag', 'cimo-procedure');
    choose(builder, 'clinic-name', 'Clinique <Nord> & "Sud"');
    choose(builder, 'note', 'Appelez le 01 23 45 67 89 <b>');
    expect(snippet(builder, 'script')).to.contain(
      '<cimo-procedure procedure="drainage" clinic-name="Clinique &lt;Nord&gt; &amp; &quot;Sud&quot;">\n' +
        '  <p slot="clinic-note">Appelez le 01 23 45 67 89 &lt;b&gt;</p>\n</cimo-procedure>'
    );
  });

  it('shows the widget live, in the chosen language, and updates it with the choices', async () => {
    const frame = builder.querySelector('iframe')!;
    const text = () => (frame.contentDocument!.querySelector('cimo-sfr-link, cimo-procedure')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
    expect(text()).to.contain('Le drainage percutané');
    let ready = rendered(builder);
    choose(builder, 'tag', 'cimo-sfr-link');
    choose(builder, 'lang', 'en');
    await ready;
    await waitFor(() => text().includes('(opens in a new tab)'), 'the English SFR link in the preview');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    ready = rendered(builder);
    choose(builder, 'href', 'javascript:alert(1)');
    await ready;
    // Bad input shows the widget's own notice in the preview.
    expect(frame.contentDocument!.querySelector('cimo-sfr-link')!.shadowRoot!.querySelector('[part="notice"]')).to.not.equal(null);
  });

  it('writes prerendered HTML that shows the content without JavaScript', async () => {
    const ready = rendered(builder);
    choose(builder, 'tag', 'cimo-overview');
    choose(builder, 'lang', 'en');
    await ready;
    const html = snippet(builder, 'prerendered');
    expect(html).to.match(/^<cimo-overview><template shadowrootmode="open"><style>/);
    expect(html).to.contain('cdn.jsdelivr.net/npm/cimo-widgets@1.2.3/dist/cimo-widgets.js');
    const page = document.createElement('iframe');
    page.sandbox.add('allow-same-origin');
    const loaded = new Promise((resolve) => page.addEventListener('load', resolve, {once: true}));
    page.srcdoc = `<!doctype html><html lang="en"><body>${html}</body></html>`;
    document.body.append(page);
    await loaded;
    const widget = page.contentDocument!.querySelector('cimo-overview')!;
    expect(widget.shadowRoot!.textContent).to.contain('Interventional radiology in cancer care');
    expect(widget.getBoundingClientRect().height).to.be.greaterThan(100);
    page.remove();
  });

  it('copies each snippet to the clipboard and says so', async () => {
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (text: string) => void copied.push(text)}});
    try {
      builder.querySelector<HTMLButtonElement>('[data-copy="script-snippet"]')!.click();
      builder.querySelector<HTMLButtonElement>('[data-copy="prerendered-snippet"]')!.click();
      await waitFor(() => copied.length === 2, 'both copies');
      expect(copied).to.deep.equal([snippet(builder, 'script'), snippet(builder, 'prerendered')]);
      expect(builder.querySelector('[role="status"]')!.textContent).to.equal('Copied.');
    } finally {
      delete (navigator as {clipboard?: unknown}).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });
});
