import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {axeViolations} from './axe.js';
import {shadowOne, waitFor} from './helpers.js';

const LIGHT_TEXT = 'rgb(27, 40, 51)';
const DARK_TEXT = 'rgb(238, 243, 246)';
const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const DARK_SURFACE = 'rgb(21, 33, 43)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';

const root = (el: Element) => shadowOne(el, '.root')!;
const paragraph = (el: Element) => getComputedStyle(shadowOne(el, 'p:not(.subtitle)')!);

/** A page region with its own colour scheme and background, as a CSS framework's theme sets. */
const region = (scheme: string, background: string, color: string) =>
  fixture(html`<div style="color-scheme: ${scheme}; background: ${background}; color: ${color}; padding: 1rem">
    <cimo-overview></cimo-overview>
    <cimo-procedure procedure="thermal-ablation" techniques="radiofrequency"></cimo-procedure>
    <cimo-risks procedure="drainage"></cimo-risks>
    <cimo-sfr-link procedure="drainage"></cimo-sfr-link>
  </div>`);

describe('colour scheme on the host page', function () {
  // axe's first run loads and parses it: slow on a busy machine.
  this.timeout(30000);

  it('follows a page whose own theme is dark (color-scheme: dark): light text, AA contrast', async () => {
    const page = await region('dark', '#212529', '#dee2e6');
    for (const el of page.children) {
      expect(root(el).classList.contains('page'), el.localName).to.be.true;
      expect(paragraph(el).color, el.localName).to.equal(DARK_TEXT);
      expect(getComputedStyle(root(el)).backgroundColor, el.localName).to.equal(TRANSPARENT);
    }
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('follows a page that declares light (color-scheme: light): dark text on the page’s background', async () => {
    const page = await region('light', '#fff', '#212529');
    for (const el of page.children) {
      expect(paragraph(el).color, el.localName).to.equal(LIGHT_TEXT);
      expect(getComputedStyle(root(el)).backgroundColor, el.localName).to.equal(TRANSPARENT);
    }
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('follows the page’s theme switch at once, without re-rendering', async () => {
    const page = await region('light', '#fff', '#212529');
    const overview = page.children[0];
    (page as HTMLElement).style.colorScheme = 'dark';
    (page as HTMLElement).style.background = '#212529';
    expect(paragraph(overview).color).to.equal(DARK_TEXT);
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('follows the reader’s system where the page declares no scheme', async () => {
    const el = await fixture(html`<cimo-overview></cimo-overview>`);
    expect(getComputedStyle(el.parentElement!).colorScheme).to.equal('normal');
    expect(root(el).className).to.equal('root system');
  });

  it('paints its own surface on a dark page that declares no scheme (a class-based dark mode)', async () => {
    const page = await region('normal', '#14161a', '#f0f0f0');
    for (const el of page.children) {
      expect(root(el).classList.contains('on-dark-page'), el.localName).to.be.true;
      expect(getComputedStyle(root(el)).backgroundColor, el.localName).to.match(/^rgb\(/);
    }
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('re-reads the page’s scheme when a theme switch sets an attribute on <body> (a class-based dark mode)', async () => {
    const style = document.createElement('style');
    style.textContent = 'body[data-test-theme="dark"] { color: #f0f0f0; background: #14161a; }';
    document.head.append(style);
    try {
      const el = await fixture(html`<cimo-overview></cimo-overview>`);
      expect(root(el).classList.contains('on-dark-page')).to.be.false;
      document.body.dataset.testTheme = 'dark';
      await waitFor(() => root(el).classList.contains('on-dark-page'), 'the widget to paint its own surface');
    } finally {
      delete document.body.dataset.testTheme;
      style.remove();
    }
  });

  it('keeps theme="light" and theme="dark" as overrides, each on its own surface', async () => {
    const dark = await region('dark', '#212529', '#dee2e6');
    const light = await region('light', '#fff', '#212529');
    for (const el of dark.children) el.setAttribute('theme', 'light');
    for (const el of light.children) el.setAttribute('theme', 'dark');
    for (const el of [...dark.children, ...light.children]) await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    for (const el of dark.children) {
      expect(paragraph(el).color, el.localName).to.equal(LIGHT_TEXT);
      expect(getComputedStyle(root(el)).backgroundColor, el.localName).to.equal(LIGHT_SURFACE);
    }
    for (const el of light.children) {
      expect(paragraph(el).color, el.localName).to.equal(DARK_TEXT);
      expect(getComputedStyle(root(el)).backgroundColor, el.localName).to.equal(DARK_SURFACE);
    }
    expect(await axeViolations(dark)).to.deep.equal([]);
    expect(await axeViolations(light)).to.deep.equal([]);
  });
});

describe('stacked widgets', () => {
  it('keep a default space between them, which --cimo-block-margin changes', async () => {
    const page = await fixture(html`<div style="font-size: 16px">
      <cimo-procedure procedure="drainage"></cimo-procedure>
      <cimo-risks procedure="drainage"></cimo-risks>
      <cimo-sfr-link procedure="drainage"></cimo-sfr-link>
      <cimo-sfr-link procedure="thermal-ablation" style="--cimo-block-margin: 0"></cimo-sfr-link>
      <cimo-overview></cimo-overview>
    </div>`);
    const boxes = [...page.children].map((el) => el.getBoundingClientRect());
    const gaps = boxes.slice(1).map((box, i) => Math.abs(Math.round(box.top - boxes[i].bottom)));
    expect(gaps).to.deep.equal([32, 32, 32, 0]);
  });

  it('line their panels up: the risk callout and the SFR panel are as wide as the widget', async () => {
    const page = await fixture(html`<div style="width: 1200px">
      <cimo-risks procedure="drainage"></cimo-risks>
      <cimo-sfr-link procedure="drainage"></cimo-sfr-link>
      <cimo-procedure procedure="thermal-ablation"></cimo-procedure>
    </div>`);
    const [risks, link, procedure] = page.children;
    const widths = [shadowOne(risks, '.callout')!, shadowOne(link, '.sfr')!, shadowOne(procedure, '.section--techniques')!].map(
      (panel) => Math.round(panel.getBoundingClientRect().width)
    );
    expect(widths).to.deep.equal([1200, 1200, 1200]);
  });
});
