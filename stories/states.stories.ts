import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import type axe from 'axe-core';
import axeUrl from 'axe-core/axe.min.js?url';
import {expect} from 'storybook/test';
import {part, rendered, shadowText} from './support/play.js';

/**
 * The widgets in the situations a page puts them in: dark sites, paper, forced colours, before
 * and without the script, a language they do not speak, and a partner clinic's settings next
 * to CIMO's own.
 */
const meta: Meta = {title: 'States', tags: ['!autodocs']};
export default meta;
type Story = StoryObj;

/** True when the story test emulates `query` (Storybook itself cannot; see each story's text). */
const emulated = (query: string) => globalThis.cimoEmulateMedia !== undefined && matchMedia(query).matches;

/** Relative luminance (0 black – 1 white) of a computed `rgb()` colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * On a dark site (`color-scheme: dark`, dark background, as Bootstrap's dark mode), the widget
 * with `theme="dark"` paints its own dark surface and light text.
 */
export const DarkSiteThemeDark: Story = {
  name: 'Dark site, theme="dark"',
  globals: {hostPage: 'dark-site'},
  render: () => html`<cimo-procedure procedure="drainage" theme="dark"></cimo-procedure>`,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-procedure');
    // The widget paints its content's wrapper, not the element the page styles.
    const content = canvasElement.querySelector('cimo-procedure')!.shadowRoot!.querySelector('.root')!;
    await expect(luminance(getComputedStyle(content).color)).toBeGreaterThan(0.5);
    await expect(luminance(getComputedStyle(content).backgroundColor)).toBeLessThan(0.05);
  },
};

/**
 * `theme="auto"` on a dark site, for a reader whose system is in dark mode (the story test
 * emulates it; in Storybook, set your system or DevTools › Rendering › prefers-color-scheme).
 */
export const DarkSiteThemeAuto: Story = {
  name: 'Dark site, theme="auto", reader in dark mode',
  globals: {hostPage: 'dark-site'},
  parameters: {emulateMedia: {colorScheme: 'dark'}},
  render: () => html`<cimo-risks procedure="thermal-ablation" theme="auto"></cimo-risks>`,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-risks');
    if (!emulated('(prefers-color-scheme: dark)')) return;
    const content = canvasElement.querySelector('cimo-risks')!.shadowRoot!.querySelector('.root')!;
    await expect(luminance(getComputedStyle(content).color)).toBeGreaterThan(0.5);
  },
};

/**
 * Printed: black on white, no backgrounds (the dark theme too), the SFR link's address after
 * its text. The story test emulates print; in Storybook use the browser's print preview or
 * DevTools › Rendering › Emulate CSS media type › print.
 */
export const Print: Story = {
  // Browsers leave page backgrounds off paper; the emulation keeps a dark site's, so a plain page.
  globals: {hostPage: 'plain'},
  parameters: {emulateMedia: {media: 'print'}},
  render: () => html`
    <cimo-procedure procedure="thermal-ablation" theme="dark"></cimo-procedure>
    <cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>
  `,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-procedure');
    await rendered(canvasElement, 'cimo-sfr-link');
    if (!emulated('print')) return;
    const content = canvasElement.querySelector('cimo-procedure')!.shadowRoot!.querySelector('.root')!;
    await expect(getComputedStyle(content).color).toBe('rgb(0, 0, 0)');
    await expect(getComputedStyle(content).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    const [link] = part(canvasElement, 'cimo-sfr-link', 'link');
    await expect(getComputedStyle(link, '::after').content).toContain('(https://www.radiologie.fr/)');
  },
};

/**
 * Windows high contrast (forced colours): the system's colours replace the widgets', borders
 * stay, and the "offered here" badge keeps its text and border. The story test emulates it; in
 * Storybook use DevTools › Rendering › Emulate CSS forced-colors.
 */
export const ForcedColours: Story = {
  name: 'Forced colours',
  parameters: {
    emulateMedia: {forcedColors: 'active'},
    // axe reads -webkit-text-fill-color, which Chromium leaves unforced in its computed style
    // although it paints the forced colour (seen on screenshots): its contrast check would judge
    // colours no reader sees. The play function checks the forced colours instead.
    a11y: {config: {rules: [{id: 'color-contrast', enabled: false}]}},
  },
  render: () => html`
    <cimo-procedure procedure="thermal-ablation"></cimo-procedure>
    <cimo-risks procedure="drainage"></cimo-risks>
  `,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'cimo-procedure');
    const [badge] = part(canvasElement, 'cimo-procedure', 'badge');
    await expect(badge?.innerText.trim().length).toBeGreaterThan(3);
    if (!emulated('(forced-colors: active)')) return;
    await expect(getComputedStyle(badge).borderTopStyle).toBe('solid');
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    canvasElement.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    await expect(getComputedStyle(canvasElement.querySelector('cimo-risks')!).color).toBe(canvasText);
    await expect(getComputedStyle(badge).color).toBe(canvasText);
    await expect(getComputedStyle(badge).backgroundColor).not.toBe(canvasText);
  },
};

/**
 * A page in a language the widgets do not speak (`<html lang="de">`): they show their French
 * source text rather than nothing.
 */
export const UntranslatedLanguage: Story = {
  name: 'Page in German (no translation)',
  globals: {locale: 'de'},
  render: () => html`<cimo-procedure procedure="drainage"></cimo-procedure>`,
  play: async ({canvasElement}) => {
    await expect(await rendered(canvasElement, 'cimo-procedure')).toContain('Le drainage percutané');
  },
};

/**
 * A partner clinic's settings (its name, the techniques it offers and for which organ, its stay,
 * its review date and note) next to CIMO's defaults, on the same procedure.
 */
export const PartnerSideBySide: Story = {
  name: 'Partner clinic next to CIMO’s defaults',
  globals: {locale: 'fr'},
  render: () => html`
    <div class="side-by-side">
      <figure>
        <figcaption>CIMO (no attributes but the procedure)</figcaption>
        <cimo-procedure procedure="thermal-ablation" heading-level="3"></cimo-procedure>
      </figure>
      <figure>
        <figcaption>Partner clinic</figcaption>
        <cimo-procedure
          procedure="thermal-ablation"
          heading-level="3"
          clinic-name="Le centre hospitalier de Lisieux"
          techniques="radiofrequency microwave"
          organs="liver"
          stay-nights="1"
          reviewed="2025-03-14"
        >
          <p slot="clinic-note">
            Une question avant votre intervention ? Le secrétariat d’imagerie vous répond du lundi au vendredi.
          </p>
        </cimo-procedure>
      </figure>
    </div>
  `,
  play: async ({canvasElement}) => {
    const [cimo, partner] = [...canvasElement.querySelectorAll('cimo-procedure')];
    await Promise.all([cimo, partner].map((element) => (element as Element & {updateComplete: Promise<boolean>}).updateComplete));
    await expect(shadowText(cimo)).toContain('Le CIMO');
    await expect(shadowText(cimo)).not.toContain('Lisieux');
    await expect(shadowText(partner)).toContain('Le centre hospitalier de Lisieux');
    await expect(partner.shadowRoot!.querySelectorAll('[part~="badge"]')).toHaveLength(2);
    await expect(cimo.shadowRoot!.querySelectorAll('[part~="badge"]')).toHaveLength(1);
    await expect(partner.shadowRoot!.querySelector('[part~="reviewed"]')?.textContent).toContain('2025');
  },
};

/** The README's CSS that reserves each element's room until the script has run. */
const reservedRoom = `
  cimo-overview:not(:defined), cimo-procedure:not(:defined), cimo-risks:not(:defined), cimo-sfr-link:not(:defined) { display: block; }
  cimo-overview:not(:defined) { min-block-size: 32rem; }
  cimo-procedure:not(:defined) { min-block-size: 44rem; }
  cimo-risks:not(:defined) { min-block-size: 14rem; }
  cimo-sfr-link:not(:defined) { min-block-size: 7rem; }`;

/**
 * A page of its own (an iframe without the script): the tags stay unknown elements, as on a page
 * whose script has not loaded yet or whose reader has JavaScript off.
 */
function pageWithoutScript(title: string, css: string, body: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.style.cssText = 'inline-size: 100%; block-size: 40rem; border: 1px solid #888;';
  frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title><style>
    body { margin: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; color: #212529; }
    ${css}</style></head><body><main>${body}</main></body></html>`;
  return frame;
}

/** Loads `frame`'s page, checks the tags stayed unknown, and runs axe in it. */
async function checkPageWithoutScript(canvasElement: HTMLElement): Promise<Document> {
  const frame = canvasElement.querySelector('iframe')!;
  if (frame.contentDocument?.readyState !== 'complete' || !frame.contentDocument.querySelector('main')) {
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  }
  const page = frame.contentDocument!;
  await expect(frame.contentWindow!.customElements.get('cimo-procedure')).toBeUndefined();
  // The preview's axe run skips this frame (a11y.options.iframes): axe runs inside it instead.
  const frameWindow = frame.contentWindow as Window & {axe?: typeof axe};
  if (!frameWindow.axe) {
    const script = page.createElement('script');
    script.src = axeUrl;
    const loaded = new Promise((resolve, reject) => Object.assign(script, {onload: resolve, onerror: reject}));
    page.head.append(script);
    await loaded;
  }
  const {violations} = await frameWindow.axe!.run(page, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']});
  await expect(violations.map(({id}) => id)).toEqual([]);
  return page;
}

/**
 * Before the script has run: the README's CSS keeps each element's room (outlined here), so the
 * page does not jump when they appear.
 */
export const BeforeTheScriptLoads: Story = {
  name: 'Before the script loads',
  parameters: {a11y: {options: {iframes: false}}},
  render: () =>
    pageWithoutScript(
      'Page before the widgets load',
      `${reservedRoom}\n  main > * { outline: 2px dashed #6c757d; }`,
      `<h1>Radiologie interventionnelle</h1>
       <cimo-procedure procedure="drainage"></cimo-procedure>
       <cimo-sfr-link procedure="drainage"></cimo-sfr-link>`
    ),
  play: async ({canvasElement}) => {
    const page = await checkPageWithoutScript(canvasElement);
    const room = page.querySelector('cimo-sfr-link')!.getBoundingClientRect().height;
    const rem = parseFloat(getComputedStyle(page.documentElement).fontSize);
    await expect(room).toBeCloseTo(7 * rem, 0);
  },
};

/**
 * Without JavaScript: the plain fallback the README suggests inside each element is what the
 * reader gets (a link to the SFR's sheet, a sentence with the clinic's page).
 */
export const WithoutJavaScript: Story = {
  name: 'Without JavaScript',
  parameters: {a11y: {options: {iframes: false}}},
  render: () =>
    pageWithoutScript(
      'Page without JavaScript',
      reservedRoom.replace(/min-block-size: [\d.]+rem/g, 'min-block-size: 0'),
      `<h1>Radiologie interventionnelle</h1>
       <cimo-sfr-link procedure="drainage">
         <a href="https://www.radiologie.fr/">Fiche d’information de la SFR : le drainage percutané</a>
       </cimo-sfr-link>`
    ),
  play: async ({canvasElement}) => {
    const page = await checkPageWithoutScript(canvasElement);
    await expect(page.querySelector('cimo-sfr-link')!.textContent).toContain('Fiche d’information de la SFR');
    await expect(page.querySelector('cimo-sfr-link a')!.getBoundingClientRect().height).toBeGreaterThan(0);
  },
};
