import {css} from 'lit';

/**
 * Design tokens and typography shared by every element. Public `--cimo-*` properties (set by
 * the host page) feed private `--_*` ones; the fallbacks form the light theme, `theme="dark"`
 * and `theme="auto"` (following `prefers-color-scheme`) swap the fallbacks for dark ones.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--cimo-color-text, #1b2833);
    --_muted: var(--cimo-color-text-muted, #4a5b68);
    --_surface: var(--cimo-color-surface, #ffffff);
    --_subtle: var(--cimo-color-surface-subtle, #f1f5f8);
    --_border: var(--cimo-color-border, #b5c3cd);
    --_accent: var(--cimo-color-accent, #005a8c);
    --_on-accent: var(--cimo-color-on-accent, #ffffff);
    --_link: var(--cimo-color-link, #004f7c);
    --_risk-surface: var(--cimo-color-risk-surface, #fff6dd);
    --_risk-border: var(--cimo-color-risk-border, #a35a00);
    --_notice: var(--cimo-color-notice, #a4000f);
    --_focus: var(--cimo-color-focus, #ffcf33);
    --_focus-text: var(--cimo-color-focus-text, #0b0c0c);
    --_radius: var(--cimo-radius, 0.5rem);
    --_space: var(--cimo-space, 1rem);
    --_measure: var(--cimo-max-line-length, 70ch);

    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--_text);
    font-family: var(--cimo-font-family, inherit);
    font-size: var(--cimo-font-size, 1rem);
    line-height: 1.6;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_text: var(--cimo-color-text, #eef3f6);
    --_muted: var(--cimo-color-text-muted, #c2cfd8);
    --_surface: var(--cimo-color-surface, #15212b);
    --_subtle: var(--cimo-color-surface-subtle, #1f2e3a);
    --_border: var(--cimo-color-border, #56697a);
    --_accent: var(--cimo-color-accent, #7cc4f0);
    --_on-accent: var(--cimo-color-on-accent, #0b1a24);
    --_link: var(--cimo-color-link, #9fd6f7);
    --_risk-surface: var(--cimo-color-risk-surface, #3a2c10);
    --_risk-border: var(--cimo-color-risk-border, #f0b44c);
    --_notice: var(--cimo-color-notice, #ffaab2);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_text: var(--cimo-color-text, #eef3f6);
      --_muted: var(--cimo-color-text-muted, #c2cfd8);
      --_surface: var(--cimo-color-surface, #15212b);
      --_subtle: var(--cimo-color-surface-subtle, #1f2e3a);
      --_border: var(--cimo-color-border, #56697a);
      --_accent: var(--cimo-color-accent, #7cc4f0);
      --_on-accent: var(--cimo-color-on-accent, #0b1a24);
      --_link: var(--cimo-color-link, #9fd6f7);
      --_risk-surface: var(--cimo-color-risk-surface, #3a2c10);
      --_risk-border: var(--cimo-color-risk-border, #f0b44c);
      --_notice: var(--cimo-color-notice, #ffaab2);
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) * 0.5);
    font-weight: 700;
    line-height: 1.25;
    color: inherit;
  }
  .title {
    margin-block-start: 0;
    font-size: 1.5em;
  }
  p,
  ul {
    margin-block: 0 var(--_space);
    max-inline-size: var(--_measure);
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
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    vertical-align: -0.125em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .notice {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-inline-start: 0.3125rem solid var(--_notice);
    background: var(--_surface);
    color: var(--_text);
  }
  .notice p {
    margin: 0;
  }
  .notice strong {
    color: var(--_notice);
  }

  @media (forced-colors: active) {
    .notice {
      border-inline-start-color: CanvasText;
    }
    a:focus-visible {
      outline: 3px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    :host {
      --_text: #000;
      --_muted: #000;
      --_surface: #fff;
      --_subtle: #fff;
      --_border: #000;
      --_accent: #000;
      --_link: #000;
      --_risk-surface: #fff;
      --_risk-border: #000;
      --_notice: #000;
      color: #000;
      background: none;
    }
    * {
      box-shadow: none !important;
      text-shadow: none !important;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    li,
    p {
      break-inside: avoid;
    }
  }
`;
