import {css} from 'lit';

/**
 * Design tokens and typography shared by every element. Public `--cimo-*` properties (set by
 * the host page) feed private `--_*` ones.
 *
 * Colour scheme: the content sits in one `.root` element whose class says where its scheme
 * comes from: `page` (no `theme`: the host page's own `color-scheme`, inherited), `system` (the
 * reader's `prefers-color-scheme`: `theme="auto"`, or a page that declares no scheme), `light`
 * or `dark` (explicit `theme`). Every colour is light-only first; browsers with `light-dark()`
 * then get the pair, resolved against that scheme. Wherever the scheme is not the page's own, a
 * dark widget paints its own surface, and so does every explicit theme, so that text keeps its
 * contrast on any page. A page that declares no scheme but writes light text is dark: there
 * the widget paints its surface in the light scheme too (class `on-dark-page`).
 */
export const sharedStyles = css`
  :host {
    /* Light values first: what browsers without light-dark() keep (see the @supports below). */
    --_text: var(--cimo-color-text, #1b2833);
    --_muted: var(--cimo-color-text-muted, #4a5b68);
    --_surface: var(--cimo-color-surface, #fff);
    --_subtle: var(--cimo-color-surface-subtle, #f1f5f8);
    --_border: var(--cimo-color-border, #8a9ba8);
    --_accent: var(--cimo-color-accent, #005a8c);
    --_on-accent: var(--cimo-color-on-accent, #fff);
    --_link: var(--cimo-color-link, #004f7c);
    --_risk-surface: var(--cimo-color-risk-surface, #fff6dd);
    --_risk-border: var(--cimo-color-risk-border, #a35a00);
    --_notice: var(--cimo-color-notice, #a4000f);
    --_focus: var(--cimo-color-focus, #ffcf33);
    --_radius: var(--cimo-radius, 0.5rem);
    --_space: var(--cimo-space, 1rem);

    /*
     * A page rule such as "* { all: unset }" hits the host element and, being outside the
     * shadow root, beats normal :host rules; an important :host rule beats even the page's
     * important ones. Line height and letter and word spacing stay open to the page, so
     * readers' own text-spacing settings (WCAG 1.4.12) still reach the text; so does the
     * margin, which page rules may change.
     */
    display: block !important;
    box-sizing: border-box !important;
    max-inline-size: 100% !important;
    margin-block: 0 var(--cimo-block-margin, calc(var(--_space) * 2));
    font-family: var(--cimo-font-family, inherit);
    font-size: var(--cimo-font-size, 1rem) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.6;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    overflow-wrap: break-word !important;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--cimo-color-text, light-dark(#1b2833, #eef3f6));
      --_muted: var(--cimo-color-text-muted, light-dark(#4a5b68, #c2cfd8));
      --_surface: var(--cimo-color-surface, light-dark(#fff, #15212b));
      --_subtle: var(--cimo-color-surface-subtle, light-dark(#f1f5f8, #1f2e3a));
      --_border: var(--cimo-color-border, light-dark(#8a9ba8, #6f8496));
      --_accent: var(--cimo-color-accent, light-dark(#005a8c, #7cc4f0));
      --_on-accent: var(--cimo-color-on-accent, light-dark(#fff, #0b1a24));
      --_link: var(--cimo-color-link, light-dark(#004f7c, #9fd6f7));
      --_risk-surface: var(--cimo-color-risk-surface, light-dark(#fff6dd, #3a2c10));
      --_risk-border: var(--cimo-color-risk-border, light-dark(#a35a00, #f0b44c));
      --_notice: var(--cimo-color-notice, light-dark(#a4000f, #ffaab2));
    }
    .light {
      color-scheme: light;
    }
    .dark {
      color-scheme: dark;
    }
    .system {
      color-scheme: light dark;
    }
  }
  :host([hidden]) {
    display: none !important;
  }

  .root {
    color: var(--_text);
  }
  /* Surfaces of their own: explicit themes, a light scheme on a dark page that declares no
     scheme, and a dark scheme the page did not choose. */
  .light,
  .dark,
  .on-dark-page {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (prefers-color-scheme: dark) {
    .system {
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
  }
  /* Without light-dark() every widget is light: it paints its light surface on any page. */
  @supports not (color: light-dark(#000, #fff)) {
    .root {
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1, h2, h3, h4, h5, h6 {
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) * 0.5);
    font-weight: 700;
    line-height: 1.25;
    /* Long French words in large titles on phones: hyphenated (in the marked language) where
       the browser can, broken where it cannot, never sticking out. */
    hyphens: auto;
  }
  .title {
    margin-block-start: 0;
    font-size: 1.5em;
  }
  p,
  ul {
    margin-block: 0 var(--_space);
    max-inline-size: var(--cimo-max-line-length, 70ch);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li,
  li > ul {
    margin-block-start: calc(var(--_space) * 0.35);
  }
  li > ul {
    margin-block-end: 0;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  a:focus-visible {
    outline: 3px solid transparent;
    color: var(--cimo-color-focus-text, #0b0c0c);
    background-color: var(--_focus);
    /* The underline bar has no colour of its own: it takes the text's (currentColor). */
    box-shadow: 0 -2px var(--_focus), 0 4px;
    text-decoration: none;
  }
  /* Every icon is an item of a flex line (badge, risk title, link), centred on it. */
  .icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    align-self: center;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .notice {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-inline-start: 0.3125rem solid var(--_notice);
    background: var(--_surface);
  }
  .notice p {
    margin: 0;
  }

  /* Paper: black on white, no backgrounds or shadows (forced-colors needs no rule: the
     transparent focus outline and the borders become system colours by themselves). */
  @media print {
    :host {
      --_text: #000;
      --_muted: #000;
      --_border: #000;
      --_accent: #000;
      --_link: #000;
      --_risk-border: #000;
      --_notice: #000;
    }
    .root {
      color-scheme: light;
      padding: 0;
    }
    * {
      background: none !important;
      box-shadow: none !important;
    }
    h1, h2, h3, h4, h5, h6 {
      break-after: avoid;
    }
    li,
    p {
      break-inside: avoid;
    }
  }
`;
