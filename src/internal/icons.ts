import {svg} from 'lit';

/** Decorative 24×24 stroke icons: hidden from assistive technology, coloured by `currentColor`. */
const icon = (body: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${body}</svg>`;

export const checkIcon = icon(svg`<path d="M5 12.5l4.5 4.5L19 7.5" />`);
export const infoIcon = icon(
  svg`<circle cx="12" cy="12" r="9.5" /><path d="M12 11v6" /><path d="M12 7.5v.5" />`
);
export const downloadIcon = icon(svg`<path d="M12 4v11" /><path d="M7 10.5l5 5 5-5" /><path d="M5 20h14" />`);
export const newTabIcon = icon(
  svg`<path d="M14 4h6v6" /><path d="M20 4l-9 9" /><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />`
);
