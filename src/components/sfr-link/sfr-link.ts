import {html, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {sfrLinkContent, type ProcedureId} from '../../content/index.js';
import {CimoElement} from '../../internal/cimo-element.js';
import {ProcedureAttribute} from '../../internal/procedure-attribute.js';
import type {Problem} from '../../internal/problem.js';
import {quoted} from '../../internal/quoted.js';
import {downloadIcon, newTabIcon} from '../../internal/icons.js';
import {sfrLinkStyles} from './sfr-link.styles.js';

/** The Société Française de Radiologie's public site, where its patient sheets are published. */
export const SFR_DEFAULT_HREF = 'https://www.radiologie.fr/';

export interface SfrLinkClickDetail {
  procedure: ProcedureId;
  href: string;
}
export type SfrLinkClickEvent = CustomEvent<SfrLinkClickDetail>;

// Typed wherever hosts listen: the event bubbles and is composed, so usually on document or window.
declare global {
  interface HTMLElementEventMap {
    'cimo-sfr-link-click': SfrLinkClickEvent;
  }
  interface DocumentEventMap {
    'cimo-sfr-link-click': SfrLinkClickEvent;
  }
  interface WindowEventMap {
    'cimo-sfr-link-click': SfrLinkClickEvent;
  }
}

/** `value` as an absolute `https:` URL, or undefined. */
const httpsUrl = (value: string): string | undefined => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The link to the Société Française de Radiologie's information on a procedure: for thermal
 * ablation, the detailed sheet the clinic's page announces ("vous pouvez la télécharger dès à
 * présent"); for drainage, a plain link to the SFR's information, since the page promises no
 * sheet for it. It opens in a new tab, safely, and says so.
 *
 * @summary Link to the SFR's patient information on a procedure.
 *
 * @fires {SfrLinkClickDetail} cimo-sfr-link-click - When the reader follows the link; bubbles and crosses shadow roots.
 *   `detail`: `{procedure, href}`. The widgets send nothing themselves: forward it to your analytics if you wish.
 *
 * @csspart notice - The notice shown when an attribute is invalid.
 * @csspart base - The paragraph holding the introduction and the link.
 * @csspart link - The link itself.
 *
 * @cssproperty --cimo-color-link - Colour of the link.
 */
export class CimoSfrLink extends ProcedureAttribute(CimoElement) {
  static override styles = [...CimoElement.styles, sfrLinkStyles];
  static override get properties(): PropertyDeclarations {
    return {
      href: {},
    };
  }

  /**
   * Address of the SFR's page on the procedure; only `https:` URLs are accepted. Default: https://www.radiologie.fr/
   * @default 'https://www.radiologie.fr/'
   */
  href?: string;

  /** The address the link uses: a valid `href`, or the SFR's site. */
  get resolvedHref(): string {
    return (this.href != null && httpsUrl(this.href)) || SFR_DEFAULT_HREF;
  }

  protected override problems(): Problem[] {
    const problems = super.problems();
    if (this.href != null && !httpsUrl(this.href)) {
      problems.push({
        notice: msg(
          str`Adresse ${quoted(this.href)} refusée (seules les adresses https:// sont acceptées)\u00a0: le lien mène au site de la SFR.`,
          {id: 'notice.href-unsafe'}
        ),
        warning: `href=${JSON.stringify(this.href)} is not an absolute https: URL; using ${SFR_DEFAULT_HREF}. Valid values: https:// URLs.`,
      });
    }
    return problems;
  }

  protected override renderProcedure(procedure: ProcedureId) {
    const content = sfrLinkContent[procedure]();
    return html`<p part="base" class="sfr">
      <span class="intro">${content.intro}</span>
      <a part="link" href=${this.resolvedHref} target="_blank" rel="noopener noreferrer"
        >${downloadIcon}<span class="label"
          >${content.label}<span class="visually-hidden"
            >${msg('(s’ouvre dans un nouvel onglet)', {id: 'sfr-link.new-tab'})}</span
          ></span
        >${newTabIcon}</a
      >
    </p>`;
  }

  constructor() {
    super();
    // On the host rather than in the template: a prerendered link, adopted as it is, has no
    // listener of Lit's.
    this.addEventListener('click', (event) => {
      if ((event.composedPath()[0] as Element).closest?.('a')) this.#announceClick();
    });
  }

  #announceClick(): void {
    this.dispatchEvent(
      new CustomEvent<SfrLinkClickDetail>('cimo-sfr-link-click', {
        detail: {procedure: this.procedure!, href: this.resolvedHref},
        bubbles: true,
        composed: true,
      })
    );
  }
}
