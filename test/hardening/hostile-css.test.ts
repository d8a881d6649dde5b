import {expect} from '@open-wc/testing';
import {designColour, FIXTURES, openWidgetPage, recordedIn, shadowText, widgets} from './frame.js';

describe('a CMS theme with aggressive CSS (hostile-theme.css)', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openWidgetPage(`${FIXTURES}hostile-css.html`);
  });
  after(() => frame.remove());

  const doc = () => frame.contentDocument!;
  const style = (element: Element) => frame.contentWindow!.getComputedStyle(element);
  const inside = (tag: string, selector: string) => doc().querySelector(tag)!.shadowRoot!.querySelector(selector)!;

  it('is really applied to the host page', () => {
    expect(style(doc().querySelector('#host-link')!).color).to.equal('rgb(255, 0, 255)');
    expect(style(doc().querySelector('#host-content')!).fontSize).to.equal('50px');
  });

  it('leaves every widget complete, without errors or warnings', () => {
    expect(shadowText(doc().querySelector('cimo-overview')!)).to.contain('oncologie interventionnelle');
    expect(shadowText(doc().querySelector('cimo-procedure')!)).to.contain('micro-ondes');
    expect(shadowText(doc().querySelector('cimo-risks')!)).to.contain('collection profonde');
    expect(inside('cimo-sfr-link', 'a').getAttribute('href')).to.equal('https://www.radiologie.fr/');
    expect(recordedIn(frame)).to.deep.include({warnings: [], errors: []});
  });

  it('keeps the theme’s !important rules on links, headings, paragraphs and icons out', async () => {
    const link = style(inside('cimo-sfr-link', 'a'));
    expect(link.color, 'design link colour').to.equal(
      await designColour('<cimo-sfr-link procedure="drainage"></cimo-sfr-link>', 'a')
    );
    expect(link.textDecorationLine).to.equal('underline');
    for (const tag of ['cimo-overview', 'cimo-procedure', 'cimo-risks']) {
      const hostSize = parseFloat(style(doc().querySelector(tag)!).fontSize);
      const title = style(inside(tag, '.title'));
      expect(parseFloat(title.fontSize), `${tag} title, in em of the widget`).to.be.within(hostSize * 1.2, hostSize * 2);
      expect(title.textTransform, `${tag} title`).not.to.equal('lowercase');
      expect(style(inside(tag, 'p')).display, `${tag} paragraph`).to.equal('block');
      expect(style(inside(tag, 'p')).fontSize, `${tag} paragraph`).not.to.equal('50px');
    }
    expect(style(inside('cimo-procedure', 'li')).display).to.equal('list-item');
    for (const icon of doc().querySelector('cimo-sfr-link')!.shadowRoot!.querySelectorAll('svg')) {
      expect(icon.getBoundingClientRect().width, 'icon sized 1em').to.be.below(50);
    }
  });

  it('keeps its own display, colour and type even though "* { all: unset }" hits the elements themselves', async () => {
    const textColour = await designColour('<cimo-overview></cimo-overview>', 'p:not(.subtitle)');
    for (const element of widgets(doc())) {
      const tag = element.localName;
      expect(style(element).display, tag).to.equal('block');
      const paragraph = style(inside(tag, 'p:not(.subtitle)'));
      expect(paragraph.color, tag).to.equal(textColour);
      expect(paragraph.textTransform, tag).to.equal('none');
      expect(paragraph.fontStyle, tag).to.equal('normal');
      expect(paragraph.textAlign, tag).to.equal('start');
      expect(style(element).fontSize, tag).to.equal('40px');
    }
  });

  it('lets line height and letter spacing through, so readers’ text-spacing settings still apply', () => {
    const paragraph = style(inside('cimo-overview', 'p'));
    expect(paragraph.letterSpacing).not.to.equal('normal');
    expect(parseFloat(paragraph.lineHeight)).to.be.closeTo(3 * parseFloat(paragraph.fontSize), 1);
  });

  it('still inherits the page’s font family, as designed', () => {
    for (const element of widgets(doc())) {
      expect(style(inside(element.localName, 'p')).fontFamily, element.localName).to.equal('Georgia, serif');
    }
  });

  it('spans the page width', () => {
    const width = doc().body.getBoundingClientRect().width;
    for (const element of widgets(doc())) {
      expect(element.shadowRoot!.firstElementChild!.getBoundingClientRect().width, element.localName).to.be.closeTo(width, 1);
    }
  });
});
