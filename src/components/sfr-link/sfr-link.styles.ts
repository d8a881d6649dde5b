import {css} from 'lit';

export const sfrLinkStyles = css`
  .sfr {
    /* A panel as wide as the widget, like the risk callout, so stacked panels line up. */
    max-inline-size: none;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .intro {
    display: block;
    margin-block-end: 0.5em;
  }
  a {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    font-weight: 700;
  }
  @media print {
    a {
      display: inline;
    }
    a .icon {
      display: none;
    }
    /* On paper the reader needs the address itself. */
    a::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }
`;
