// Bytes that do nothing in the browser, removed from the CDN build (scripts/rollup-shrink.mjs)
// and from prerendered HTML alike.

/** CSS without comments and without the whitespace the CSS syntax ignores; strings are kept. */
export const minifyCss = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            // Only after a colon: a space before one is a descendant combinator (`.a :hover`).
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
    )
    .join('');

/** Indentation in HTML: a run of whitespace with a line break renders as one space, as does `\n`. */
export const collapseIndentation = (text: string): string => text.replace(/\s*\n\s*/g, '\n');
