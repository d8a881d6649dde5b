import {msg, str} from '@lit/localize';
import {property} from 'lit/decorators.js';
import type {TemplateResult} from 'lit';
import {html, literal, type StaticValue} from 'lit/static-html.js';
import {CimoElement, type Problem} from './cimo-element.js';
import {integerConverter, quoted} from './validate.js';

const DEFAULT_LEVEL = 2;
const headingTags: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** An element with its own heading, whose level fits the host page's outline. */
export abstract class CimoHeadedElement extends CimoElement {
  /**
   * Level (1–6) of the element's heading; its sections use the next level. Default 2.
   * @type {1 | 2 | 3 | 4 | 5 | 6}
   */
  @property({attribute: 'heading-level', converter: integerConverter}) headingLevel?: number;

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
      key: `heading-level:${raw}`,
      notice: msg(str`Niveau de titre ${quoted(raw)} invalide : le niveau ${this.level} est utilisé.`, {
        id: 'notice.heading-level',
      }),
      warning: `heading-level=${JSON.stringify(raw)} is not valid; using ${this.level}. Valid values: 1, 2, 3, 4, 5, 6.`,
    });
    return problems;
  }

  /** A heading `offset` levels below the element's own (capped at h6). */
  protected heading(content: unknown, offset = 0, part = 'heading', className = ''): TemplateResult {
    const tag = headingTags[Math.min(6, this.level + offset) - 1];
    return html`<${tag} part=${part} class=${className}>${content}</${tag}>`;
  }
}
