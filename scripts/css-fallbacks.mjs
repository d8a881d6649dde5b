// The fallback of every `var(--cimo-*, fallback)` in a style sheet's text: the one place the
// `--cimo-*` defaults are written (src/internal/shared.styles.ts). Read by the manifest config
// (each custom property's `default`) and by Storybook's design-tokens page.

/**
 * Maps each `--cimo-*` property to the fallback of its first `var()` in `cssText`, e.g.
 * `--cimo-color-text` → `light-dark(#1b2833, #eef3f6)`; a later `light-dark()` pair wins over
 * the plain light value that browsers without `light-dark()` get. Nested parentheses are kept whole.
 */
export function cimoFallbacks(cssText) {
  const fallbacks = new Map();
  for (const match of cssText.matchAll(/var\(\s*(--cimo-[\w-]+)\s*,/g)) {
    if (fallbacks.get(match[1])?.startsWith('light-dark(')) continue;
    let depth = 0;
    let end = match.index + match[0].length;
    for (; end < cssText.length; end++) {
      const char = cssText[end];
      if (char === '(') depth++;
      else if (char === ')' && depth-- === 0) break;
    }
    const fallback = cssText.slice(match.index + match[0].length, end).replace(/\s+/g, ' ').trim();
    if (!fallbacks.has(match[1]) || fallback.startsWith('light-dark(')) fallbacks.set(match[1], fallback);
  }
  return fallbacks;
}
