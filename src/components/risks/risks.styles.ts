import {css} from 'lit';

export const risksStyles = css`
  .callout {
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px solid var(--_risk-border);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_risk-surface);
  }
  .callout > :last-child {
    margin-block-end: 0;
  }
  .title {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    font-size: 1.25em;
  }
  .title .icon {
    color: var(--_risk-border);
  }
  .sheet-note {
    font-weight: 600;
  }
`;
