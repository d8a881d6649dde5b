import {expect} from '@open-wc/testing';
import {hostPages} from '../fixtures/hosts/frameworks.js';
import {contrastRatio, overflowing} from '../helpers.js';
import {openHostPage, WIDGETS} from './host-page.js';

interface AxeWindow extends Window {
  axe: {run(context: object, options: object): Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>};
}

/** The design's own link colour in each scheme: a framework's link colour must not reach it. */
const LINK = {light: 'rgb(0, 79, 124)', dark: 'rgb(159, 214, 247)'};
/** Title size in em of the widget, as each element's styles set it. */
const TITLE_EM: Record<string, number> = {'cimo-overview': 1.75, 'cimo-procedure': 1.5, 'cimo-risks': 1.25};

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
      let win: AxeWindow;
      let doc: Document;
      before(async () => {
        frame = await openHostPage(name, scheme, 320);
        win = frame.contentWindow as AxeWindow;
        doc = frame.contentDocument!;
      });
      after(() => frame?.remove());
      const widgets = () => [...doc.querySelectorAll(WIDGETS)];
      const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
      const style = (el: Element) => win.getComputedStyle(el);

      it('is really styled by the framework', () => {
        for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')) {
          expect(link.sheet?.cssRules.length ?? 0, link.href).to.be.above(0);
        }
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
        const ratio = contrastRatio(style(paragraph).color, backgroundBehind(paragraph, win));
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
