import {html} from 'lit';
import {overview} from '../../content/index.js';
import {CimoHeadedElement} from '../../internal/headed-element.js';
import {overviewStyles} from './overview.styles.js';

/**
 * The introduction to interventional oncology: what it is, the training it needs, the acts it
 * groups, and how treatments are decided (collegial discussion, information consultation).
 *
 * @summary Introduction to interventional oncology.
 *
 * @csspart notice - The notice shown when an attribute is invalid.
 * @csspart base - The section wrapping the introduction.
 * @csspart heading - The title.
 * @csspart subtitle - The line above the title.
 */
export class CimoOverview extends CimoHeadedElement {
  static override styles = [...CimoHeadedElement.styles, overviewStyles];

  protected override renderContent() {
    const content = overview();
    return html`<section part="base">
      <p part="subtitle" class="subtitle">${content.subtitle}</p>
      ${this.heading(content.title, {className: 'title'})}
      <p class="lead">${content.definition}</p>
      <p>${content.specialty}</p>
      <ul>
        ${content.acts.map((act) => html`<li>${act}</li>`)}
      </ul>
      <p>${content.decision}</p>
    </section>`;
  }
}
