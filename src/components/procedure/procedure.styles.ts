import {css} from 'lit';

export const procedureStyles = css`
  .section {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .section > [part='section-heading'] {
    margin-block-start: 0;
    padding-block-end: 0.25em;
    border-block-end: 2px solid var(--_border);
    font-size: 1.2em;
  }
  .section--techniques {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .section--techniques > :last-child {
    margin-block-end: 0;
  }
  .technique-groups,
  .techniques {
    padding: 0;
    list-style: none;
  }
  .techniques {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .techniques li {
    margin: 0;
  }
  .technique {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding: 0.2em 0.75em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .technique--offered {
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.85em;
    font-weight: 700;
  }
  .offered {
    font-weight: 600;
  }
  .reviewed {
    margin-block-start: calc(var(--_space) * 1.5);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .clinic-note {
    margin-block-start: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-inline-start: 0.3125rem solid var(--_accent);
    background: var(--_subtle);
  }
  @media (forced-colors: active) {
    .technique--offered,
    .badge {
      border: 2px solid CanvasText;
    }
  }
  @media print {
    .badge {
      border: 1px solid;
      color: #000;
    }
  }
`;
