import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {overflowing, shadowOne} from './helpers.js';

const allElements = html`<cimo-overview></cimo-overview>
  <cimo-procedure procedure="drainage" reviewed="2026-11-01"></cimo-procedure>
  <cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="radiofrequency microwave cryotherapy" stay-nights="2">
    <p slot="clinic-note">Note de la clinique</p>
  </cimo-procedure>
  <cimo-risks procedure="thermal-ablation"></cimo-risks>
  <cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>
  <cimo-procedure procedure="inconnue"></cimo-procedure>`;

describe('layout', () => {
  for (const [name, style, dir] of [
    ['right to left', 'width: 700px', 'rtl'],
    ['320 CSS px wide', 'width: 320px', 'ltr'],
    ['320 CSS px wide, right to left', 'width: 320px', 'rtl'],
    ['200 % text size at 640 px', 'width: 640px; font-size: 200%', 'ltr'],
  ]) {
    it(`keeps everything inside the element: ${name}`, async () => {
      const page = await fixture(html`<div dir=${dir} style=${style}>${allElements}</div>`);
      for (const host of page.children) {
        expect(overflowing(host), host.outerHTML.slice(0, 80)).to.deep.equal([]);
        expect(host.scrollWidth).to.be.at.most(host.clientWidth + 1);
      }
      expect(page.scrollWidth).to.be.at.most(page.clientWidth + 1);
    });
  }

  it('keeps its French or English left to right on a right-to-left page (punctuation included)', async () => {
    const page = await fixture(html`<div dir="rtl" style="width: 600px">
      <cimo-risks procedure="thermal-ablation"></cimo-risks>
      <cimo-procedure procedure="nope"></cimo-procedure>
    </div>`);
    const [risks, broken] = page.children;
    const callout = getComputedStyle(shadowOne(risks, '.callout')!);
    expect(callout.direction).to.equal('ltr');
    expect(parseFloat(callout.borderLeftWidth)).to.be.greaterThan(parseFloat(callout.borderRightWidth));
    const list = getComputedStyle(shadowOne(risks, 'ul')!);
    expect(parseFloat(list.paddingLeft)).to.be.greaterThan(0);
    expect(parseFloat(list.paddingRight)).to.equal(0);
    const notice = getComputedStyle(shadowOne(broken, '[part="notice"]')!);
    expect(parseFloat(notice.borderLeftWidth)).to.be.greaterThan(0);
    expect(parseFloat(notice.borderRightWidth)).to.equal(0);
    // The question mark ends the heading's line on the right, not on the left.
    const heading = shadowOne(risks, '.title span')!;
    const text = [...heading.childNodes].find((node): node is Text => node instanceof Text && node.data.includes('?'))!;
    const mark = document.createRange();
    mark.setStart(text, text.data.lastIndexOf('?'));
    mark.setEnd(text, text.data.lastIndexOf('?') + 1);
    const box = heading.getBoundingClientRect();
    expect(mark.getBoundingClientRect().left).to.be.greaterThan(box.left + box.width / 2);
  });
});
