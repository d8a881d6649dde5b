import {css} from 'lit';

export const overviewStyles = css`
  .subtitle {
    margin-block-end: 0.25em;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .title {
    font-size: 1.75em;
    color: var(--_accent);
  }
  .lead {
    font-size: 1.125em;
  }
`;
