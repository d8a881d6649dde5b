// What a webmaster pastes: the story's element as its args set it ("Show code"), and the full
// embed on each element's docs page: the README's own snippet ("Use it on a page": its pinned
// script tag and the CSS reserving the element's room) with this build's integrity.
import {VERSION} from '../../src/version.js';
import readme from '../../README.md?raw';
// Written by `npm run build` (the CDN build), which build-storybook and test:stories run first.
import sri from '../../dist/sri.json';

/** The README's first embed, the one webmasters are told to copy. */
const readmeEmbed = /```html\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## Use it on a page')))?.[1] ?? '';

/** The README's script tag, for this version, with the integrity of this build's file. */
export const scriptTag = (/<script[\s\S]*?<\/script>/.exec(readmeEmbed)?.[0] ?? '')
  .replace(/cimo-widgets@[^/]+/, `cimo-widgets@${VERSION}`)
  .replace(/integrity="[^"]*"/, `integrity="${(sri as Record<string, string>)['cimo-widgets.js']}"`);
const reserveCss = /<style>([\s\S]*?)<\/style>/.exec(readmeEmbed)?.[1] ?? '';
if (!scriptTag.includes('integrity="sha384-') || !reserveCss) {
  throw new Error('README.md: "Use it on a page" no longer starts with a script tag and a <style>; update stories/support/snippets.ts');
}

/** The README's whole first embed with this build's script tag (the Introduction shows it). */
export const readmeSnippet = readmeEmbed.replace(/<script[\s\S]*?<\/script>/, scriptTag).trim();

/** The CSS rules of `rules` whose selectors match `element` (media rules keep their matching rules). */
function matchingRules(rules: CSSRuleList, element: Element, indent: string): string[] {
  return [...rules].flatMap((rule) => {
    if (rule instanceof CSSMediaRule) {
      const inner = matchingRules(rule.cssRules, element, `${indent}  `);
      return inner.length ? [`${indent}@media ${rule.conditionText} {`, ...inner, `${indent}}`] : [];
    }
    if (!(rule instanceof CSSStyleRule)) return [];
    const selectors = rule.selectorText.split(',').map((selector) => selector.trim());
    const own = selectors.filter((selector) => element.matches(selector.replace(':not(:defined)', '')));
    return own.length ? [`${indent}${own.join(', ')} { ${rule.style.cssText} }`] : [];
  });
}

/** The README's `<style>` reserving room until the script runs, narrowed to `element`. */
function reserveStyle(element: Element): string {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reserveCss);
  const comment = /\/\*[\s\S]*?\*\//.exec(reserveCss)?.[0];
  const lines = [comment && `  ${comment}`, ...matchingRules(sheet.cssRules, element, '  ')].filter(Boolean);
  return `<style>\n${lines.join('\n')}\n</style>`;
}

/**
 * A story's rendered HTML as a page would carry it: no blank lines or trailing spaces left by
 * the template, and the helpers' `<style>` (custom properties, `::part()` rules) kept.
 */
export function cleanSource(code: string): string {
  return code
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** The lines a webmaster pastes into a page to show `code` (a story's element), as the README writes them. */
export function embedSnippet(code: string): string {
  const template = document.createElement('template');
  template.innerHTML = code;
  const element = template.content.querySelector('cimo-overview, cimo-procedure, cimo-risks, cimo-sfr-link');
  const reserve = element ? `\n${reserveStyle(element)}` : '';
  return `${scriptTag}${reserve}\n\n${cleanSource(code)}`;
}
