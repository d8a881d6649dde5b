import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {expect} from 'storybook/test';
import {sharedStyles} from '../src/internal/shared.styles.js';
import {cimoFallbacks} from '../scripts/css-fallbacks.mjs';
import {elementDeclaration} from './support/manifest.js';

/**
 * Every `--cimo-*` custom property with its light and dark default, READ from the widgets' own
 * style sheet (each `var(--cimo-x, fallback)` in src/internal/shared.styles.ts) and painted by the
 * browser: nothing here is a copy that could drift from the widgets.
 */
const meta: Meta = {title: 'Design tokens', tags: ['!autodocs'], parameters: {layout: 'padded'}};
export default meta;

const fallbacks = cimoFallbacks(sharedStyles.cssText);
const descriptions = new Map(
  (elementDeclaration('cimo-procedure').cssProperties ?? []).map(({name, description}) => [name, (description ?? '').replace(/`/g, '')])
);
/** A token's default, as the widgets' style sheet writes it. */
const token = (name: string) => fallbacks.get(`--cimo-${name}`) ?? '';

/**
 * How each colour is used, so its text sample shows it in its role: a text colour on the
 * surface it sits on, a surface under the text, a border around it.
 */
const samples: Record<string, {color?: string; background?: string; border?: string}> = {
  'color-text': {color: 'color-text', background: 'color-surface'},
  'color-text-muted': {color: 'color-text-muted', background: 'color-surface'},
  'color-surface': {color: 'color-text', background: 'color-surface'},
  'color-surface-subtle': {color: 'color-text', background: 'color-surface-subtle'},
  'color-border': {color: 'color-text', background: 'color-surface', border: 'color-border'},
  'color-accent': {color: 'color-accent', background: 'color-surface', border: 'color-accent'},
  'color-on-accent': {color: 'color-on-accent', background: 'color-accent'},
  'color-link': {color: 'color-link', background: 'color-surface'},
  'color-risk-surface': {color: 'color-text', background: 'color-risk-surface'},
  'color-risk-border': {color: 'color-text', background: 'color-risk-surface', border: 'color-risk-border'},
  'color-notice': {color: 'color-text', background: 'color-surface', border: 'color-notice'},
  'color-focus': {color: 'color-focus-text', background: 'color-focus'},
  'color-focus-text': {color: 'color-focus-text', background: 'color-focus'},
};

/** `rgb(27, 40, 51)` → `#1b2833`. */
const hex = (rgb: string) =>
  '#' + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((channel) => Number(channel).toString(16).padStart(2, '0')).join('');

/**
 * A swatch painted with a token's default in one colour scheme, labelled with the colour the
 * browser resolved (light-dark() picks by the scheme), once it is on the page.
 */
class TokenSwatch extends HTMLElement {
  connectedCallback() {
    requestAnimationFrame(() => {
      const label = this.querySelector('code');
      const paint = this.querySelector<HTMLElement>('.paint');
      if (label && paint) label.textContent = hex(getComputedStyle(paint).backgroundColor);
    });
  }
}
if (!customElements.get('token-swatch')) customElements.define('token-swatch', TokenSwatch);

const swatch = (value: string, scheme: 'light' | 'dark') =>
  html`<token-swatch class="swatch" style="color-scheme: ${scheme}">
    <span class="paint" style="background: ${value}"></span><code></code>
  </token-swatch>`;

const textSample = (name: string, scheme: 'light' | 'dark') => {
  const sample = samples[name];
  if (!sample) return nothing;
  const style = [
    `color-scheme: ${scheme}`,
    `color: ${token(sample.color ?? 'color-text')}`,
    `background: ${token(sample.background ?? 'color-surface')}`,
    sample.border ? `border: 2px solid ${token(sample.border)}` : '',
    name === 'color-link' ? 'text-decoration: underline' : '',
  ].join('; ');
  return html`<p class="text-sample" style=${style}>Votre intervention</p>`;
};

/** What a non-colour token looks like: the font, a corner, a spacing, a line length. */
const measureSample = (name: string, value: string) => {
  if (name === 'font-family') return html`<p class="measure-sample" style="font-family: ${value}">Votre intervention</p>`;
  if (name === 'font-size') return html`<p class="measure-sample" style="font-size: ${value}">Votre intervention</p>`;
  if (name === 'radius') return html`<span class="shape-sample" style="border-radius: ${value}"></span>`;
  return html`<span class="bar-sample" style="inline-size: ${value}" aria-hidden="true"></span>`;
};

const styles = html`<style>
  .tokens { border-collapse: collapse; inline-size: 100%; table-layout: fixed; }
  .tokens caption { text-align: start; font-weight: 700; padding-block-end: 0.5rem; }
  .tokens th, .tokens td { padding: 0.5rem; border-block-end: 1px solid #8a8a8a; text-align: start; vertical-align: top; }
  .tokens code { overflow-wrap: anywhere; }
  .tokens th p { margin: 0.25rem 0 0; font-weight: 400; }
  .swatch { display: flex; align-items: center; gap: 0.5rem; }
  .paint { display: inline-block; flex: none; inline-size: 2.5rem; block-size: 2.5rem; border: 1px solid #767676; border-radius: 0.25rem; }
  .text-sample { display: inline-block; margin: 0.5rem 0 0; padding: 0.25rem 0.5rem; border-radius: 0.25rem; font-weight: 700; }
  .measure-sample { margin: 0; }
  .shape-sample { display: inline-block; inline-size: 4rem; block-size: 2.5rem; border: 2px solid currentColor; }
  .bar-sample { display: block; max-inline-size: 100%; block-size: 0.5rem; background: currentColor; }
</style>`;

/** Every `--cimo-*` property: its role, its light and dark defaults painted, and a sample. */
export const AllTokens: StoryObj = {
  name: 'All tokens',
  render: () => {
    const names = [...fallbacks.keys()].map((property) => property.replace(/^--cimo-/, ''));
    return html`${styles}
      <table class="tokens">
        <caption>
          Every <code>--cimo-*</code> custom property and its defaults
        </caption>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
            <th scope="col">Default</th>
          </tr>
        </thead>
        <tbody>
          ${names.map((name) => {
            const value = token(name);
            const isColour = name.startsWith('color-');
            return html`<tr data-token=${name}>
              <th scope="row"><code>--cimo-${name}</code><p>${descriptions.get(`--cimo-${name}`)}</p></th>
              <td>${isColour ? html`${swatch(value, 'light')}${textSample(name, 'light')}` : measureSample(name, value)}</td>
              <td>${isColour ? html`${swatch(value, 'dark')}${textSample(name, 'dark')}` : measureSample(name, value)}</td>
              <td><code>${value}</code></td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  },
  play: async ({canvasElement}) => {
    const rows = canvasElement.querySelectorAll('tr[data-token]');
    // Every public property the manifest documents is on the page, and nothing else.
    await expect([...rows].map((row) => `--cimo-${row.getAttribute('data-token')}`).sort()).toEqual([...descriptions.keys()].sort());
    await new Promise(requestAnimationFrame);
    const text = canvasElement.querySelector('tr[data-token="color-text"]')!;
    const [light, dark] = [...text.querySelectorAll('.swatch code')].map((code) => code.textContent);
    // The two defaults of light-dark(), as the browser resolved them.
    await expect(token('color-text')).toContain(light!);
    await expect(token('color-text')).toContain(dark!);
    await expect(light).not.toBe(dark);
  },
};
