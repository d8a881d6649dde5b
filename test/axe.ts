// axe-core in the page (the WCAG A/AA rules and best practices, violations as readable strings)
// and the examples every accessibility test renders.
import {fixture} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';

interface AxeResults {
  violations: {id: string; nodes: {target: string[]}[]}[];
}
declare global {
  interface Window {
    axe: {run(context: Element, options: object): Promise<AxeResults>};
  }
}

/** Violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules (and axe's best practices). */
export async function axeViolations(context: Element): Promise<string[]> {
  await import('axe-core/axe.min.js');
  const {violations} = await window.axe.run(context, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']},
    resultTypes: ['violations'],
  });
  return violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** One of each element and state, as a webmaster would write them. */
export const examples = [
  '<cimo-overview></cimo-overview>',
  '<cimo-procedure procedure="drainage" reviewed="2026-11-01"></cimo-procedure>',
  '<cimo-procedure procedure="thermal-ablation" clinic-name="Hôpital Nord" techniques="radiofrequency cryotherapy" stay-nights="1"><p slot="clinic-note">Note</p></cimo-procedure>',
  '<cimo-risks procedure="drainage"></cimo-risks>',
  '<cimo-risks procedure="thermal-ablation"></cimo-risks>',
  '<cimo-risks procedure="thermal-ablation" organ="lung"></cimo-risks>',
  '<cimo-sfr-link procedure="drainage"></cimo-sfr-link>',
  '<cimo-sfr-link procedure="thermal-ablation"></cimo-sfr-link>',
  '<cimo-procedure procedure="unknown" heading-level="9"></cimo-procedure>',
];

/** Renders `example` with `theme` (none if empty). */
export const render = (example: string, theme = '') =>
  fixture(staticHtml`${unsafeStatic(theme ? example.replace(/^<([a-z-]+)/, `<$1 theme="${theme}"`) : example)}`);
