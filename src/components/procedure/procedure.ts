import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {procedureContent, techniqueIds, type Section, type TechniqueId, type TechniquesSection} from '../../content/index.js';
import {CimoHeadedElement} from '../../internal/headed-element.js';
import type {Problem} from '../../internal/cimo-element.js';
import {integerConverter, isOneOf, isProcedureId, parseIsoDate, procedureProblem, quoted} from '../../internal/validate.js';
import {formatDate} from '../../internal/locale.js';
import {checkIcon} from '../../internal/icons.js';
import {procedureStyles} from './procedure.styles.js';

const DEFAULT_TECHNIQUES: readonly TechniqueId[] = ['radiofrequency'];
const DEFAULT_STAY_NIGHTS = 2;
const MAX_STAY_NIGHTS = 365;

const isTechniqueId = isOneOf<TechniqueId>(techniqueIds);

/**
 * Explains one procedure of interventional oncology to patients: what it is, what it treats,
 * how it is done, the stay, and its variants or techniques.
 *
 * @summary A procedure explained to patients: percutaneous drainage or thermal ablation.
 *
 * @slot clinic-note - The partner clinic's own note, shown after the content (e.g. how to reach its team).
 *
 * @csspart notice - The notice shown when an attribute is invalid.
 * @csspart base - The article wrapping the content.
 * @csspart heading - The procedure's title.
 * @csspart section - Each section (what it is, how it is done, the stay, techniques).
 * @csspart section-heading - Each section's heading.
 * @csspart badge - The "offered here" mark on a technique the clinic offers.
 * @csspart reviewed - The line giving the date the clinic reviewed the information.
 * @csspart clinic-note - The wrapper of the `clinic-note` slot (hidden when empty).
 *
 * @cssproperty --cimo-color-accent - Accent colour (section rules, badges).
 * @cssproperty --cimo-color-surface-subtle - Background of the techniques panel.
 */
export class CimoProcedure extends CimoHeadedElement {
  static override styles = [...CimoHeadedElement.styles, procedureStyles];

  /**
   * Which procedure to explain: `drainage` or `thermal-ablation`. Required.
   * @type {'drainage' | 'thermal-ablation'}
   */
  @property() procedure?: string;

  /**
   * The clinic named in the "currently offers" statements. Default: "Le CIMO" (in English "CIMO").
   * @default 'Le CIMO'
   */
  @property({attribute: 'clinic-name'}) clinicName?: string;

  /**
   * Space-separated techniques the clinic offers (thermal ablation):
   * `radiofrequency`, `microwave`, `cryotherapy`. Default: `radiofrequency`.
   * @default 'radiofrequency'
   */
  @property() techniques?: string;

  /**
   * Nights in hospital after thermal ablation, a whole number from 1 to 365. Default: 2.
   * @default 2
   */
  @property({attribute: 'stay-nights', converter: integerConverter}) stayNights?: number;

  /** When the clinic last reviewed this information, as `YYYY-MM-DD`; shown as a date in the page's language. */
  @property() reviewed?: string;

  @state() private hasClinicNote = false;

  private get techniqueTokens(): string[] {
    return (this.techniques ?? '').trim().split(/\s+/).filter(Boolean);
  }

  private get offeredTechniques(): readonly TechniqueId[] {
    const valid = [...new Set(this.techniqueTokens.filter(isTechniqueId))];
    return valid.length ? valid : DEFAULT_TECHNIQUES;
  }

  private get validStayNights(): boolean {
    const nights = this.stayNights;
    return Number.isInteger(nights) && nights! >= 1 && nights! <= MAX_STAY_NIGHTS;
  }

  protected override problems(): Problem[] {
    const problems = super.problems();
    const procedure = procedureProblem(this.procedure);
    if (procedure) problems.push(procedure);

    const validTechniques = `Valid values: ${techniqueIds.join(', ')}.`;
    if (this.techniques != null && this.techniqueTokens.length === 0) {
      problems.push({
        key: 'techniques:empty',
        notice: msg('Aucune technique précisée : la technique par défaut est affichée.', {id: 'notice.techniques-empty'}),
        warning: `techniques is empty; using "radiofrequency". ${validTechniques}`,
      });
    }
    for (const token of this.techniqueTokens.filter((token) => !isTechniqueId(token))) {
      problems.push({
        key: `techniques:${token}`,
        notice: msg(str`Technique ${quoted(token)} inconnue : elle est ignorée.`, {id: 'notice.technique-unknown'}),
        warning: `techniques contains unknown ${JSON.stringify(token)}, ignored. ${validTechniques}`,
      });
    }

    if (this.stayNights != null && !this.validStayNights) {
      const raw = this.getAttribute('stay-nights') ?? String(this.stayNights);
      problems.push({
        key: `stay-nights:${raw}`,
        notice: msg(
          str`Durée de séjour ${quoted(raw)} invalide : la durée de ${DEFAULT_STAY_NIGHTS} nuits est affichée.`,
          {id: 'notice.stay-nights'}
        ),
        warning: `stay-nights=${JSON.stringify(raw)} is not valid; using ${DEFAULT_STAY_NIGHTS}. Valid values: whole numbers from 1 to ${MAX_STAY_NIGHTS}.`,
      });
    }
    if (this.reviewed != null && !parseIsoDate(this.reviewed)) {
      problems.push({
        key: `reviewed:${this.reviewed}`,
        notice: msg(str`Date de relecture ${quoted(this.reviewed)} invalide : elle n’est pas affichée.`, {
          id: 'notice.reviewed',
        }),
        warning: `reviewed=${JSON.stringify(this.reviewed)} is not a date; not shown. Valid values: dates as YYYY-MM-DD.`,
      });
    }
    return problems;
  }

  protected override renderContent() {
    if (!isProcedureId(this.procedure)) return nothing;
    const content = procedureContent[this.procedure]({
      clinicName: this.clinicName?.trim() || msg('Le CIMO', {id: 'clinic.default-name'}),
      techniques: this.offeredTechniques,
      stayNights: this.validStayNights ? this.stayNights! : DEFAULT_STAY_NIGHTS,
    });
    return html`<article part="base" class="procedure procedure--${content.id}">
      ${this.heading(content.title, 0, 'heading', 'title')}
      ${content.sections.map((section) => this.renderSection(section))}
      ${content.techniques ? this.renderTechniques(content.techniques) : nothing}
      ${this.renderReviewed()}
      <div part="clinic-note" class="clinic-note" ?hidden=${!this.hasClinicNote}>
        <slot name="clinic-note" @slotchange=${this.onClinicNoteChange}></slot>
      </div>
    </article>`;
  }

  private renderSection(section: Section) {
    return html`<section part="section" class="section section--${section.id}">
      ${this.heading(section.heading, 1, 'section-heading')}
      ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      ${section.items ? html`<ul>${section.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
    </section>`;
  }

  private renderTechniques(techniques: TechniquesSection) {
    const offeredLabel = msg('Proposée ici', {id: 'thermal-ablation.technique.offered-badge'});
    return html`<section part="section" class="section section--techniques">
      ${this.heading(techniques.heading, 1, 'section-heading')}
      <p>${techniques.intro}</p>
      <ul class="technique-groups">
        ${techniques.groups.map(
          (group) => html`<li>
            ${group.label}
            <ul class="techniques">
              ${group.techniques.map(
                (technique) => html`<li class=${technique.offered ? 'technique technique--offered' : 'technique'}>
                  <span class="technique-name">${technique.name}</span>
                  ${technique.offered
                    ? html`<span part="badge" class="badge">${checkIcon}<span>${offeredLabel}</span></span>`
                    : nothing}
                </li>`
              )}
            </ul>
          </li>`
        )}
      </ul>
      ${techniques.offeredStatements.map((statement) => html`<p class="offered">${statement}</p>`)}
    </section>`;
  }

  private renderReviewed() {
    const date = this.reviewed == null ? undefined : parseIsoDate(this.reviewed);
    if (!date) return nothing;
    return html`<p part="reviewed" class="reviewed">
      ${msg(str`Information relue le ${formatDate(date)}.`, {id: 'procedure.reviewed'})}
    </p>`;
  }

  private onClinicNoteChange(event: Event): void {
    this.hasClinicNote = (event.target as HTMLSlotElement).assignedNodes({flatten: true}).length > 0;
  }
}

