import {msg, str} from '@lit/localize';
import {html, type TemplateResult, type PropertyDeclarations} from 'lit';
import {CimoElement} from './cimo-element.js';
import type {Problem} from './problem.js';
import {integerConverter} from './attribute-parsers.js';
import {quoted} from './quoted.js';

const DEFAULT_LEVEL = 2;
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
type Heading = (content: unknown, part: string, className: string) => TemplateResult;

export interface HeadingOptions {
  /** How many levels below the element's own heading (0, its title; 1, its sections). Default 0. */
  offset?: number;
  /** The heading's `part` name. Default `heading`. */
  part?: string;
  /** The heading's class. Default none. */
  className?: string;
}

// One template per level: a tag name cannot be an expression without lit/static-html.js, which
// costs more bytes (and a template lookup per render) than these six lines.
const headings: Heading[] = [
  (content, part, className) => html`<h1 part=${part} class=${className}>${content}</h1>`,
  (content, part, className) => html`<h2 part=${part} class=${className}>${content}</h2>`,
  (content, part, className) => html`<h3 part=${part} class=${className}>${content}</h3>`,
  (content, part, className) => html`<h4 part=${part} class=${className}>${content}</h4>`,
  (content, part, className) => html`<h5 part=${part} class=${className}>${content}</h5>`,
  (content, part, className) => html`<h6 part=${part} class=${className}>${content}</h6>`,
];

/** An element with its own heading, whose level fits the host page's outline. */
export abstract class CimoHeadedElement extends CimoElement {
  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: {attribute: 'heading-level', converter: integerConverter},
    };
  }

  /**
   * Level (1–6) of the element's heading; its sections use the next level. Default 2.
   * @type {1 | 2 | 3 | 4 | 5 | 6}
   * @default 2
   */
  headingLevel?: HeadingLevel;

  /** The heading level used: the attribute clamped to 1–6, or 2 if it is not a whole number. */
  protected get level(): number {
    if (this.headingLevel == null) return DEFAULT_LEVEL;
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : DEFAULT_LEVEL;
  }

  protected override problems(): Problem[] {
    const problems = super.problems();
    const level = this.headingLevel;
    if (level == null || (Number.isInteger(level) && level >= 1 && level <= 6)) return problems;
    const raw = this.getAttribute('heading-level') ?? String(level);
    problems.push({
      notice: msg(str`Niveau de titre ${quoted(raw)} invalide\u00a0: le niveau ${this.level} est utilisé.`, {
        id: 'notice.heading-level',
      }),
      warning: `heading-level=${JSON.stringify(raw)} is not valid; using ${this.level}. Valid values: 1, 2, 3, 4, 5, 6.`,
    });
    return problems;
  }

  /** A heading `offset` levels below the element's own (capped at h6). */
  protected heading(content: unknown, {offset = 0, part = 'heading', className = ''}: HeadingOptions = {}): TemplateResult {
    return headings[Math.min(6, this.level + offset) - 1](content, part, className);
  }
}
