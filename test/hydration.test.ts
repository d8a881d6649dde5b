import {expect} from '@open-wc/testing';
import {waitFor} from './helpers.js';

// Pages written by `cimo-widgets prerender` from test/fixtures/sample-page.html, in French and
// English (npm test runs scripts/prerender-fixtures.mjs first). They load /dist/cimo-widgets.js.
const pageUrl = (lang: 'fr' | 'en') => `/test/fixtures/prerendered/sample-page.${lang}.html`;
const TAGS = 'cimo-overview, cimo-procedure, cimo-risks, cimo-sfr-link';

type Widget = HTMLElement & {hasUpdated?: boolean};

/** Opens a prerendered page in an iframe, with or without JavaScript, 800 px wide. */
async function openPage(lang: 'fr' | 'en', {scripts}: {scripts: boolean}) {
  const frame = document.createElement('iframe');
  // A sandbox without allow-scripts: the page's script never runs, as for a reader with JS off.
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = pageUrl(lang);
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll<Widget>(TAGS)];
  if (!widgets.length) throw new Error(`${pageUrl(lang)} has no widgets: run node scripts/prerender-fixtures.mjs`);
  if (scripts) await waitFor(() => widgets.every((widget) => widget.hasUpdated), 'the script to take every widget over');
  return {frame, doc, widgets};
}

/** The widget's text as read (text nodes, a prerendered root's <style> left out), whitespace collapsed. */
function textOf(widget: Element): string {
  const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
  let text = '';
  while (walker.nextNode()) if (walker.currentNode.parentElement?.localName !== 'style') text += walker.currentNode.textContent;
  return text.replace(/\s+/g, ' ').trim();
}
const count = (widget: Element, selector: string) => widget.shadowRoot!.querySelectorAll(selector).length;

for (const lang of ['fr', 'en'] as const) {
  describe(`a prerendered page (lang="${lang}")`, () => {
    let withoutJs: Awaited<ReturnType<typeof openPage>>;
    let withJs: Awaited<ReturnType<typeof openPage>>;
    before(async () => {
      withoutJs = await openPage(lang, {scripts: false});
      withJs = await openPage(lang, {scripts: true});
    });
    after(() => {
      withoutJs.frame.remove();
      withJs.frame.remove();
    });

    it('shows every widget’s full content without JavaScript (readers with JS off, crawlers)', () => {
      const [overview, drainage] = withoutJs.widgets;
      expect(withoutJs.doc.defaultView!.customElements.get('cimo-procedure')).to.equal(undefined);
      for (const widget of withoutJs.widgets) {
        expect(widget.shadowRoot, widget.outerHTML.slice(0, 80)).to.not.equal(null);
        expect(textOf(widget).length, widget.localName).to.be.greaterThan(20);
        expect(widget.getBoundingClientRect().height, widget.localName).to.be.greaterThan(20);
      }
      expect(textOf(overview)).to.contain(lang === 'fr' ? 'Radiologie interventionnelle en cancérologie' : 'Interventional radiology in cancer care');
      expect(textOf(drainage)).to.contain(lang === 'fr' ? 'Le drainage percutané' : 'Percutaneous drainage');
      // Styles came with the content: the heading is styled (larger than the page's text).
      const heading = overview.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
      expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.greaterThan(20);
    });

    it('shows the invalid-attribute notice without JavaScript, in the page’s language', () => {
      const biopsy = withoutJs.doc.querySelector('cimo-risks[procedure="biopsy"]')!;
      expect(count(biopsy, '[part="notice"]')).to.equal(1);
      expect(textOf(biopsy)).to.contain('biopsy');
    });

    it('shows the clinic-note slot with and without JavaScript', () => {
      for (const {doc} of [withoutJs, withJs]) {
        const procedure = doc.querySelector('cimo-procedure[clinic-name]')!;
        const wrapper = procedure.shadowRoot!.querySelector<HTMLElement>('[part="clinic-note"]')!;
        const note = procedure.querySelector<HTMLElement>('[slot="clinic-note"]')!;
        expect(wrapper.hidden).to.equal(false);
        expect(note.assignedSlot).to.equal(wrapper.querySelector('slot'));
        expect(note.getBoundingClientRect().height).to.be.greaterThan(10);
      }
    });

    it('the script takes each widget over with its content shown once, identical, and in place', () => {
      withJs.widgets.forEach((widget, index) => {
        const prerendered = withoutJs.widgets[index];
        // Once: a copy added next to the prerendered content would double these.
        expect(count(widget, '[part="base"]'), widget.localName).to.equal(widget.matches('[procedure="biopsy"]') ? 0 : 1);
        for (const selector of ['[part="notice"]', 'h1, h2, h3, h4, h5, h6, p, li, a']) {
          expect(count(widget, selector), `${widget.localName} ${selector}`).to.equal(count(prerendered, selector));
        }
        // Kept as prerendered, not rendered again: a render would have replaced the prerendered
        // <style> (Lit adopts its styles instead).
        expect(count(widget, 'style'), widget.localName).to.equal(1);
        // Only the colour scheme, which the server cannot know, is the browser's.
        expect(widget.shadowRoot!.querySelector('.root')!.classList.contains('page'), widget.localName).to.equal(
          widget.hasAttribute('theme') ? false : getComputedStyle(widget).colorScheme !== 'normal'
        );
        // Same words; the CDN build drops whitespace between blocks that the server keeps.
        const words = (element: Element) => textOf(element).replace(/\s+/g, '');
        expect(words(widget)).to.equal(words(prerendered));
        expect(widget.getBoundingClientRect().height, widget.localName).to.equal(prerendered.getBoundingClientRect().height);
      });
    });

    it('the kept SFR link announces its clicks like a rendered one', () => {
      const link = withJs.doc.querySelector('cimo-sfr-link[procedure="thermal-ablation"]')!;
      const anchor = link.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
      expect(count(link, 'style')).to.equal(1);
      const clicks: CustomEvent[] = [];
      withJs.doc.addEventListener('cimo-sfr-link-click', (event) => clicks.push(event));
      // No new tab from the test page.
      anchor.addEventListener('click', (event) => event.preventDefault(), {once: true});
      anchor.querySelector('span')!.click();
      expect(clicks.map((event) => event.detail)).to.deep.equal([{procedure: 'thermal-ablation', href: anchor.href}]);
    });

    it('after the takeover, a page theme switch changes only the kept content’s scheme; a clinic note added later shows', async () => {
      const overview = withJs.doc.querySelector('cimo-overview')!;
      const root = overview.shadowRoot!.querySelector('.root')!;
      withJs.doc.documentElement.style.colorScheme = 'dark';
      await waitFor(() => root.classList.contains('page'), 'the page’s new scheme');
      expect(overview.shadowRoot!.querySelector('.root')).to.equal(root);
      expect(count(overview, 'style')).to.equal(1);
      withJs.doc.documentElement.style.colorScheme = '';

      const procedure = withJs.doc.querySelector('cimo-procedure[procedure="drainage"]')!;
      const wrapper = () => procedure.shadowRoot!.querySelector<HTMLElement>('[part="clinic-note"]')!;
      expect(wrapper().hidden).to.equal(true);
      const note = Object.assign(withJs.doc.createElement('p'), {slot: 'clinic-note', textContent: 'Parking gratuit.'});
      procedure.append(note);
      await waitFor(() => !wrapper().hidden, 'the clinic note');
      expect(note.assignedSlot).to.equal(wrapper().querySelector('slot'));
      expect(note.getBoundingClientRect().height).to.be.greaterThan(10);
    });

    it('renders again, rather than keeps, a widget whose attributes changed after prerendering (a hand-edited snippet, a page script)', async () => {
      const prerendered = await (await fetch(pageUrl(lang))).text();
      // Runs before the deferred module script: as if the page's HTML had been edited by hand.
      const edit = `<script>document.querySelector('cimo-risks[procedure="drainage"]').setAttribute('procedure', 'thermal-ablation');</script>`;
      const frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 800px; block-size: 600px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.srcdoc = prerendered.replace('</body>', `${edit}</body>`);
      document.body.append(frame);
      await loaded;
      const widgets = [...frame.contentDocument!.querySelectorAll<Widget>(TAGS)];
      await waitFor(() => widgets.every((widget) => widget.hasUpdated), 'the script to take every widget over');
      const edited = frame.contentDocument!.querySelector('cimo-risks[procedure="thermal-ablation"]:not([organ])')!;
      expect(textOf(edited)).to.contain(lang === 'fr' ? 'thermothérapie' : 'thermal ablation');
      expect(count(edited, 'style')).to.equal(0);
      expect(count(frame.contentDocument!.querySelector('cimo-overview')!, 'style')).to.equal(1);
      frame.remove();
    });

    it('re-renders after the takeover on an attribute change and on a switch of <html lang>', async () => {
      const risks = withJs.doc.querySelector<Widget & {updateComplete: Promise<boolean>}>('cimo-risks[procedure="drainage"]')!;
      risks.setAttribute('procedure', 'thermal-ablation');
      await risks.updateComplete;
      expect(textOf(risks)).to.contain(lang === 'fr' ? 'thermothérapie' : 'thermal ablation');
      expect(count(risks, '[part="base"]')).to.equal(1);
      expect(count(risks, 'style')).to.equal(0);

      const other = lang === 'fr' ? 'en' : 'fr';
      const view = withJs.doc.defaultView!;
      const switched = new Promise((resolve) => view.addEventListener('cimo-locale-change', resolve, {once: true}));
      withJs.doc.documentElement.lang = other;
      await switched;
      const overview = withJs.doc.querySelector('cimo-overview')!;
      await waitFor(
        () => textOf(overview).includes(other === 'fr' ? 'Radiologie interventionnelle' : 'Interventional radiology'),
        'the overview in the other language'
      );
      expect(count(overview, '[part="base"]')).to.equal(1);
    });
  });
}
