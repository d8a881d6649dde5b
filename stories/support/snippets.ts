// What a webmaster pastes: the story's element as its args set it ("Show code"), and the full
// embed (pinned script tag with its integrity, then the element) on each element's docs page.
import {VERSION} from '../../src/version.js';
// Written by `npm run build` (the CDN build), which build-storybook and test:stories run first.
import sri from '../../dist/sri.json';

const SCRIPT = 'cimo-widgets.js';

/** The script tag of the README's "Use it on a page", for this version. */
export const scriptTag = [
  '<script',
  '  type="module"',
  `  src="https://cdn.example.org/cimo-widgets@${VERSION}/dist/${SCRIPT}"`,
  `  integrity="${(sri as Record<string, string>)[SCRIPT]}"`,
  '  crossorigin="anonymous"',
  '></script>',
].join('\n');

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

/** The lines a webmaster pastes into a page to show `code` (a story's element). */
export const embedSnippet = (code: string): string => `${scriptTag}\n\n${cleanSource(code)}`;
