import {html, nothing, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {
  organIds,
  procedureContent,
  techniqueIds,
  type OrganId,
  type ProcedureId,
  type Section,
  type Speaker,
  type TechniqueId,
  type TechniquesSection,
} from '../../content/index.js';
import {CimoHeadedElement} from '../../internal/headed-element.js';
import {ProcedureAttribute} from '../../internal/procedure-attribute.js';
import type {Problem} from '../../internal/problem.js';
import {integerConverter, parseIsoDate} from '../../internal/attribute-parsers.js';
import {isOrganId, isTechniqueId} from '../../internal/content-ids.js';
import {quoted} from '../../internal/quoted.js';
import {SlotController} from '../../internal/slot-controller.js';
import {formatDate} from '../../internal/intl-format.js';
import {checkIcon} from '../../internal/icons.js';
import {procedureStyles} from './procedure.styles.js';

const MAX_STAY_NIGHTS = 365;

/** Space-separated tokens of an attribute. */
const tokens = (value: string | undefined): string[] => (value ?? '').trim().split(/\s+/).filter(Boolean);

/** One to three values, space-separated: `radiofrequency microwave`. */
type SpaceSeparated<T extends string> = T | `${T} ${T}` | `${T} ${T} ${T}`;
export type TechniqueList = SpaceSeparated<TechniqueId>;
export type OrganList = SpaceSeparated<OrganId>;

/**
 * Explains one procedure of interventional oncology to patients: what it is, what it treats,
 * how it is done, the stay, and its variants or techniques.
 *
 * Without customisation it is CIMO's own page, with CIMO's statements (its technique, the organs
 * it treats, its stay). A partner that sets `clinic-name` states its own techniques, organs and
 * stay through `techniques`, `organs` and `stay-nights`, never CIMO's. Any other combination
 * shows the techniques without any clinic's claim, with a notice saying what to set.
 *
 * @summary A procedure explained to patients: percutaneous drainage or thermal ablation.
 *
 * @slot clinic-note - The partner clinic's own note, shown after the content (e.g. how to reach its team), in its own language's direction (an Arabic note right to left).
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
export class CimoProcedure extends ProcedureAttribute(CimoHeadedElement) {
  static override styles = [...CimoHeadedElement.styles, procedureStyles];
  static override get properties(): PropertyDeclarations {
    return {
      clinicName: {attribute: 'clinic-name'},
      techniques: {},
      organs: {},
      stayNights: {attribute: 'stay-nights', converter: integerConverter},
      reviewed: {},
    };
  }

  /**
   * The partner clinic whose page this is; it makes the "currently offers" statements and states
   * the stay (thermal ablation). Unset: CIMO's own page, if no other claim attribute is set either.
   */
  clinicName?: string;

  /**
   * Space-separated techniques the partner named in `clinic-name` offers (thermal ablation):
   * `radiofrequency`, `microwave`, `cryotherapy`. Unset on CIMO's page: CIMO's radiofrequency.
   * @type {string}
   */
  techniques?: TechniqueList;

  /**
   * Space-separated organs whose tumours the partner treats with the techniques it lists:
   * `liver`, `kidney`, `lung`. Unset: no organ named in its statements.
   * @type {string}
   */
  organs?: OrganList;

  /**
   * Nights in hospital after thermal ablation at the partner named in `clinic-name`, a whole
   * number from 1 to 365. Unset on CIMO's page: CIMO's 2 nights at the clinic.
   */
  stayNights?: number;

  /** When the clinic last reviewed this information, as `YYYY-MM-DD`; shown as a date in the page's language. */
  reviewed?: string;

  readonly #clinicNote = new SlotController(this, 'clinic-note');

  get #validStayNights(): boolean {
    const nights = this.stayNights;
    return Number.isInteger(nights) && nights! >= 1 && nights! <= MAX_STAY_NIGHTS;
  }

  /** Who makes the page's claims, from the claim attributes (see the class description). */
  get #speaker(): Speaker {
    const customised = [this.clinicName, this.techniques, this.organs, this.stayNights].some((value) => value != null);
    if (!customised) return {kind: 'cimo'};
    const name = this.clinicName?.trim();
    if (!name) return {kind: 'nobody'};
    return {
      kind: 'partner',
      name,
      techniques: [...new Set(tokens(this.techniques).filter(isTechniqueId))],
      organs: [...new Set(tokens(this.organs).filter(isOrganId))],
      stayNights: this.#validStayNights ? this.stayNights : undefined,
    };
  }

  protected override problems(): Problem[] {
    const problems = super.problems();
    const validTechniques = `Valid values: ${techniqueIds.join(', ')}.`;
    for (const token of tokens(this.techniques).filter((token) => !isTechniqueId(token))) {
      problems.push({
        notice: msg(str`Technique ${quoted(token)} inconnue\u00a0: elle est ignorée.`, {id: 'notice.technique-unknown'}),
        warning: `techniques contains unknown ${JSON.stringify(token)}, ignored. ${validTechniques}`,
      });
    }
    for (const token of tokens(this.organs).filter((token) => !isOrganId(token))) {
      problems.push({
        notice: msg(str`Organe ${quoted(token)} inconnu\u00a0: il est ignoré.`, {id: 'notice.organs-unknown'}),
        warning: `organs contains unknown ${JSON.stringify(token)}, ignored. Valid values: ${organIds.join(', ')}.`,
      });
    }
    if (this.stayNights != null && !this.#validStayNights) {
      const raw = this.getAttribute('stay-nights') ?? String(this.stayNights);
      problems.push({
        notice: msg(str`Durée de séjour ${quoted(raw)} invalide\u00a0: elle n’est pas indiquée.`, {id: 'notice.stay-nights'}),
        warning: `stay-nights=${JSON.stringify(raw)} is not valid; no length of stay is shown. Valid values: whole numbers from 1 to ${MAX_STAY_NIGHTS}.`,
      });
    }
    if (this.reviewed != null && !parseIsoDate(this.reviewed)) {
      problems.push({
        notice: msg(str`Date de relecture ${quoted(this.reviewed)} invalide\u00a0: elle n’est pas affichée.`, {
          id: 'notice.reviewed',
        }),
        warning: `reviewed=${JSON.stringify(this.reviewed)} is not a date; not shown. Valid values: dates as YYYY-MM-DD.`,
      });
    }
    if (this.procedure === 'thermal-ablation') problems.push(...this.#claimProblems(this.#speaker));
    return problems;
  }

  /** A customised page that does not say who makes its claims, or leaves one unstated. */
  #claimProblems(speaker: Speaker): Problem[] {
    if (speaker.kind === 'nobody') {
      return [
        {
          notice: msg('Établissement non nommé\u00a0: ni technique proposée ni durée de séjour indiquée.', {
            id: 'notice.clinic-name-missing',
          }),
          warning:
            "techniques, organs and stay-nights are a partner's claims: set clinic-name (or remove them for CIMO's page).",
        },
      ];
    }
    if (speaker.kind === 'cimo') return [];
    const problems: Problem[] = [];
    if (!speaker.techniques.length) {
      problems.push({
        notice: msg('Techniques proposées non précisées\u00a0: aucune n’est indiquée.', {id: 'notice.techniques-none'}),
        warning: `no technique offered by clinic-name: set techniques. Valid values: ${techniqueIds.join(', ')}.`,
      });
    }
    if (this.stayNights == null) {
      problems.push({
        notice: msg('Durée de séjour non précisée\u00a0: elle n’est pas indiquée.', {id: 'notice.stay-nights-missing'}),
        warning: `no stay stated by clinic-name: set stay-nights (1 to ${MAX_STAY_NIGHTS}).`,
      });
    }
    return problems;
  }

  protected override renderProcedure(procedure: ProcedureId) {
    const content = procedureContent[procedure](this.#speaker);
    return html`<article part="base" class="procedure procedure--${content.id}">
      ${this.heading(content.title, {className: 'title'})}
      ${content.sections.map((section) => this.#renderSection(section))}
      ${content.techniques ? this.#renderTechniques(content.techniques) : nothing}
      ${this.#renderReviewed()}
      <div part="clinic-note" class="clinic-note" ?hidden=${!this.#clinicNote.has()}>
        <!-- The page's note, in the page's language: its own direction, not that of our content. -->
        <slot name="clinic-note" dir="auto"></slot>
      </div>
    </article>`;
  }

  #renderSection(section: Section) {
    return html`<section part="section" class="section section--${section.id}">
      ${this.heading(section.heading, {offset: 1, part: 'section-heading'})}
      ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      ${section.items ? html`<ul>${section.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
    </section>`;
  }

  #renderTechniques(techniques: TechniquesSection) {
    const offeredLabel = msg('Proposée ici', {id: 'thermal-ablation.technique.offered-badge'});
    return html`<section part="section" class="section section--techniques">
      ${this.heading(techniques.heading, {offset: 1, part: 'section-heading'})}
      <p>${techniques.intro}</p>
      <ul class="technique-groups" role="list">
        ${techniques.groups.map(
          (group) => html`<li>
            ${group.label}
            <ul class="techniques" role="list">
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

  #renderReviewed() {
    const date = this.reviewed == null ? undefined : parseIsoDate(this.reviewed);
    if (!date) return nothing;
    return html`<p part="reviewed" class="reviewed">
      ${msg(str`Information relue le ${formatDate(date)}.`, {id: 'procedure.reviewed'})}
    </p>`;
  }
}

