import {expect} from '@open-wc/testing';
import {hostPages} from '../fixtures/hosts/frameworks.js';
import {overflowing, waitFor} from '../helpers.js';

interface HostWindow extends Window {
  hostReady: Promise<unknown>;
  axe: {run(context: object, options: object): Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>};
}
const WIDGETS = 'cimo-overview, cimo-procedure, cimo-risks, cimo-sfr-link';

/** The design's own link colour in each scheme: a framework's link colour must not reach it. */
const LINK = {light: 'rgb(0, 79, 124)', dark: 'rgb(159, 214, 247)'};
/** Title size in em of the widget, as each element's styles set it. */
const TITLE_EM: Record<string, number> = {'cimo-overview': 1.75, 'cimo-procedure': 1.5, 'cimo-risks': 1.25};

/** Loads a host page 320 CSS px wide (a phone; WebKit's own window cannot be that narrow). */
async function openHostPage(name: string, scheme: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 320px; height: 4000px; border: 0';
  frame.src = `/test/fixtures/hosts/page.html?framework=${name}&scheme=${scheme}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  await waitFor(() => 'hostReady' in win, 'the host page script');
  await win.hostReady;
  const rendered = (el: Element) => el.shadowRoot?.querySelector('.root:not([aria-busy]) *');
  await waitFor(() => [...frame.contentDocument!.querySelectorAll(WIDGETS)].every(rendered), 'the widgets to render');
  return frame;
}

/** WCAG contrast ratio of two opaque rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** The first opaque background behind `element` (across shadow roots), else the canvas's. */
function backgroundBehind(element: Element, win: Window): string {
  let node: Element | null = element;
  while (node) {
    const color = win.getComputedStyle(node).backgroundColor;
    if (color.startsWith('rgb(')) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  const probe = win.document.createElement('div');
  probe.style.background = 'Canvas';
  win.document.body.append(probe);
  const canvas = win.getComputedStyle(probe).backgroundColor;
  probe.remove();
  return canvas;
}

describe('on real host pages (CSS frameworks), 320 CSS px wide', function () {
  // A framework page, the bundle and axe take a while to load on a busy machine.
  this.timeout(60000);

  for (const {name, scheme} of hostPages) {
    describe(`${name}, ${scheme}`, () => {
      let frame: HTMLIFrameElement;
      let win: HostWindow;
      let doc: Document;
      before(async () => {
        frame = await openHostPage(name, scheme);
        win = frame.contentWindow as HostWindow;
        doc = frame.contentDocument!;
      });
      after(() => frame.remove());
      const widgets = () => [...doc.querySelectorAll(WIDGETS)];
      const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
      const style = (el: Element) => win.getComputedStyle(el);

      it('is really styled by the framework', () => {
        expect(style(doc.querySelector('#host-link')!).color, 'the framework’s link colour').not.to.equal(LINK.light);
        // Dark themes write light text; Bootstrap and Pico also declare color-scheme: dark, Bulma does not.
        const hostText = style(doc.querySelector('#host-text')!).color;
        const [r, g, b] = hostText.match(/\d+/g)!.map(Number);
        expect(0.2126 * r + 0.7152 * g + 0.0722 * b > 140, `page text ${hostText}`).to.equal(scheme === 'dark');
      });

      it('passes axe, contrast included, with AA text contrast on the page’s background', async () => {
        if (!win.axe) {
          const script = Object.assign(doc.createElement('script'), {src: '/node_modules/axe-core/axe.min.js'});
          const loaded = new Promise((resolve) => script.addEventListener('load', resolve, {once: true}));
          doc.head.append(script);
          await loaded;
        }
        widgets().forEach((el, index) => el.setAttribute('data-widget', String(index)));
        const {violations} = await win.axe.run(
          {include: widgets().map((el) => [`[data-widget="${el.getAttribute('data-widget')}"]`])},
          {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},
            resultTypes: ['violations'],
          }
        );
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
        const paragraph = inside(doc.querySelector('cimo-procedure')!, 'p');
        const ratio = contrast(style(paragraph).color, backgroundBehind(paragraph, win));
        console.log(`contrast of the procedure text on ${name} ${scheme}: ${ratio.toFixed(2)}:1`);
        expect(ratio).to.be.at.least(4.5);
      });

      it('has nothing sticking out and no sideways scrolling', () => {
        for (const el of widgets()) expect(overflowing(el), el.localName).to.deep.equal([]);
        expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth + 1);
      });

      it('keeps the framework’s styles out of the widgets', () => {
        for (const el of widgets()) {
          const tag = el.localName;
          const size = parseFloat(style(el).fontSize);
          const link = el.shadowRoot!.querySelector('a');
          // The widget's own light or dark design, whichever its text is in.
          const own = style(inside(el, '.root')).color === 'rgb(27, 40, 51)' ? 'light' : 'dark';
          if (link) expect(style(link).color, `${tag} link`).to.equal(LINK[own]);
          const title = el.shadowRoot!.querySelector('.title');
          if (title && TITLE_EM[tag]) {
            expect(parseFloat(style(title).fontSize) / size, `${tag} title`).to.be.closeTo(TITLE_EM[tag], 0.02);
          }
          expect(style(inside(el, 'p')).marginBlockStart, `${tag} paragraph`).to.equal('0px');
          const list = el.shadowRoot!.querySelector('ul:not([class])');
          if (list) expect(parseFloat(style(list).paddingInlineStart) / size, `${tag} list`).to.be.closeTo(1.25, 0.02);
        }
      });

      it('inherits the page’s font', () => {
        const pageFont = style(doc.querySelector('#host-text')!).fontFamily;
        for (const el of widgets()) expect(style(inside(el, 'p')).fontFamily, el.localName).to.equal(pageFont);
      });
    });
  }
});
