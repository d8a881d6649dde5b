import {html, nothing, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {organIds, procedureTitle, risksContent, type OrganId, type ProcedureId, type Risk} from '../../content/index.js';
import {CimoHeadedElement} from '../../internal/headed-element.js';
import {ProcedureAttribute} from '../../internal/procedure-attribute.js';
import type {Problem} from '../../internal/problem.js';
import {isOrganId} from '../../internal/content-ids.js';
import {quoted} from '../../internal/quoted.js';
import {infoIcon} from '../../internal/icons.js';
import {risksStyles} from './risks.styles.js';

/**
 * The risks of one procedure, as the clinic states them, in a calm callout: noticeable,
 * not alarming. It ends with the reassurance and, for thermal ablation only (as the clinic's page
 * does), the note that a detailed information sheet is handed over before the procedure.
 *
 * @summary The risks of a procedure, optionally narrowed to one organ.
 *
 * @csspart notice - The notice shown when an attribute is invalid.
 * @csspart base - The callout wrapping the risks.
 * @csspart heading - The "Are there any risks?" heading.
 *
 * @cssproperty --cimo-color-risk-surface - Background of the risk callout.
 * @cssproperty --cimo-color-risk-border - Border of the risk callout.
 */
export class CimoRisks extends ProcedureAttribute(CimoHeadedElement) {
  static override styles = [...CimoHeadedElement.styles, risksStyles];
  static override get properties(): PropertyDeclarations {
    return {
      organ: {},
    };
  }

  /**
   * Narrows the organ-specific risks of thermal ablation to one organ: `liver`, `kidney` or
   * `lung`. Default: all organs. Drainage has no organ-specific risks and ignores it.
   * @type {'liver' | 'kidney' | 'lung'}
   */
  organ?: OrganId;

  protected override problems(): Problem[] {
    const problems = super.problems();
    if (this.organ != null && !isOrganId(this.organ)) {
      problems.push({
        notice: msg(str`Organe ${quoted(this.organ)} inconnu\u00a0: les risques pour chaque organe sont affichés.`, {
          id: 'notice.organ-unknown',
        }),
        warning: `organ=${JSON.stringify(this.organ)} is not valid; showing every organ. Valid values: ${organIds.join(', ')}.`,
      });
    }
    return problems;
  }

  protected override renderProcedure(procedure: ProcedureId) {
    const content = risksContent[procedure]();
    // Names the procedure for readers who jump from heading to heading.
    const title = procedureTitle[procedure]();
    return html`<section part="base" class="callout">
      ${this.heading(
        html`${infoIcon}<span>${content.heading}</span> <span class="visually-hidden">${msg(str`(${title})`, {id: 'risks.heading-context'})}</span>`,
        {className: 'title'}
      )}
      <p>${content.intro}</p>
      <ul>
        ${content.risks.map((risk) => this.#renderRisk(risk))}
      </ul>
      <p>${content.reassurance}</p>
      ${content.sheetNote ? html`<p class="sheet-note">${content.sheetNote}</p>` : nothing}
    </section>`;
  }

  #renderRisk(risk: Risk) {
    const organ = isOrganId(this.organ) ? this.organ : undefined;
    const byOrgan = risk.byOrgan?.filter((entry) => !organ || entry.organ === organ);
    return html`<li>
      ${risk.text}
      ${byOrgan?.length
        ? html`<ul>
            ${byOrgan.map((entry) => html`<li>${entry.text}</li>`)}
          </ul>`
        : nothing}
    </li>`;
  }
}
