import {adoptStyles, html, isServer, LitElement, nothing, ReactiveElement} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {VERSION} from '../version.js';
import {awaitingCatalogue, getLocale} from './locale.js';
import {pageLanguageController} from './page-language-controller.js';
import {PageSchemeController} from './page-scheme-controller.js';
import type {Problem} from './problem.js';
import {sharedStyles} from './shared.styles.js';
import {isOneOf} from './is-one-of.js';
import {quoted} from './quoted.js';

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

const isTheme = isOneOf(themes);

/**
 * Base of every cimo element: follows the page's language, validates its attributes, shows
 * a notice and warns once per problem instead of throwing into the host page.
 *
 * @csspart notice - The notice shown when an attribute is invalid.
 *
 * @cssproperty --cimo-font-family - Font of the text. Default: inherited from the page.
 * @cssproperty --cimo-font-size - Base size of the text. Default: `1rem`.
 * @cssproperty --cimo-color-text - Text colour.
 * @cssproperty --cimo-color-text-muted - Secondary text (subtitle, review date).
 * @cssproperty --cimo-color-surface - Background the widget paints behind itself where it must (explicit themes, a dark scheme the page did not choose) and of inner panels.
 * @cssproperty --cimo-color-surface-subtle - Background of panels (techniques, SFR link, clinic note).
 * @cssproperty --cimo-color-border - Borders and section rules.
 * @cssproperty --cimo-color-accent - Accent: titles, offered techniques, clinic note.
 * @cssproperty --cimo-color-on-accent - Text on the accent colour (badges).
 * @cssproperty --cimo-color-link - Link colour.
 * @cssproperty --cimo-color-risk-surface - Background of the risk callout.
 * @cssproperty --cimo-color-risk-border - Border and icon of the risk callout.
 * @cssproperty --cimo-color-notice - Mark of the invalid-attribute notice.
 * @cssproperty --cimo-color-focus - Background of a focused link.
 * @cssproperty --cimo-color-focus-text - Text of a focused link.
 * @cssproperty --cimo-radius - Corner radius of panels. Default: `0.5rem`.
 * @cssproperty --cimo-space - Base spacing unit. Default: `1rem`.
 * @cssproperty --cimo-max-line-length - Longest line of text. Default: `70ch`.
 * @cssproperty --cimo-block-margin - Space after each widget, so stacked widgets do not touch. Default: `2 × --cimo-space`.
 */
export abstract class CimoElement extends LitElement {
  static readonly version: string = VERSION;
  static override styles = [sharedStyles];
  static override get properties(): PropertyDeclarations {
    return {
      theme: {},
    };
  }

  /**
   * Colour theme. Without it the widget follows the page's own `color-scheme` (or the reader's
   * system setting where the page declares none); `light` and `dark` force one and paint their
   * own background; `auto` follows the reader's system setting whatever the page declares.
   * @type {'light' | 'dark' | 'auto'}
   */
  theme?: Theme;

  readonly #warned = new Set<string>();
  readonly #pageScheme = new PageSchemeController(this, () => this.#applyPageScheme());

  constructor() {
    super();
    this.addController(pageLanguageController(this));
  }

  /**
   * A prerendered widget (`cimo-widgets prerender`) arrives with its content in a declarative
   * shadow root: what its first render would give, in the page's language. Once that language's
   * catalogue is loaded it keeps that content as it is (no second copy, no repaint, no new largest
   * paint) until its next update (an attribute, the page's language, a slot's content) renders it.
   */
  get #prerendered(): boolean {
    return !this.hasUpdated && this.renderRoot.hasChildNodes();
  }

  /** The prerendered content's root while it is kept. */
  #kept?: HTMLElement;

  protected override shouldUpdate(): boolean {
    return !(this.#prerendered && awaitingCatalogue());
  }

  protected override update(changed: PropertyValues): void {
    // Kept if prerendered in the current locale from the attributes the element has now (a page
    // may change them before the script runs); replaced by the first update after that.
    const kept = this.#prerendered && this.renderRoot.querySelector<HTMLElement>(`.root[lang="${getLocale()}"]`);
    if (kept && kept.dataset.renderedFrom === this.#renderedFrom()) {
      this.#kept = kept;
      this.#applyPageScheme();
      // ReactiveElement's update reflects attributes and marks the update done; LitElement's would render.
      ReactiveElement.prototype['update'].call(this, changed);
      return;
    }
    if (this.#prerendered || this.#kept) {
      this.#kept = undefined;
      // Lit's content replaces the prerendered one, whose <style> goes with it: the sheets take over.
      this.renderRoot.replaceChildren();
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof CimoElement).elementStyles);
      // Lit would render before the root's first child, which was prerendered and is gone.
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  /** The page's colour scheme, read again: only the classes of a kept root change; else a render. */
  #applyPageScheme(): void {
    if (!this.#kept) return this.requestUpdate();
    const className = `root ${this.#scheme()}`;
    if (this.#kept.className !== className) this.#kept.className = className;
  }

  /** A prerendered root brings its own <style>: adopting the same sheets would restyle it for nothing. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.shadowRoot?.hasChildNodes() ? this.shadowRoot : super.createRenderRoot();
  }

  /** Problems with the current attributes; subclasses add theirs to this list. */
  protected problems(): Problem[] {
    const theme = this.theme;
    if (theme == null || isTheme(theme)) return [];
    return [
      {
        notice: msg(str`Thème ${quoted(theme)} inconnu\u00a0: le thème clair est utilisé.`, {id: 'notice.theme'}),
        warning: `theme=${JSON.stringify(theme)} is not valid. Valid values: ${themes.join(', ')}.`,
      },
    ];
  }

  /** The element's content once its attributes are validated. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  /** Where the colour scheme comes from: the classes of `.root` (see shared.styles.ts). */
  #scheme(): string {
    const theme = this.theme as string | undefined;
    if (theme === 'dark') return 'dark';
    if (theme === 'auto') return 'system';
    if (theme != null) return 'light'; // light, or an unknown value (noticed as such)
    // On a server the page is unknown: `page` until the browser reads it.
    return this.#pageScheme.value;
  }

  /** The current attributes' problems, found before each render (which only shows them). */
  #currentProblems: Problem[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#currentProblems = this.problems();
    for (const problem of this.#currentProblems) this.#warnOnce(problem);
  }

  protected override render(): TemplateResult {
    // Until the page language's catalogue is loaded: nothing rather than the wrong language.
    if (awaitingCatalogue()) return html`<div class="root" aria-busy="true"></div>`;
    const problems = this.#currentProblems;
    // Marked with the language actually rendered (it may not be the page's); both are left to right.
    return html`<div
      class="root ${this.#scheme()}"
      lang=${getLocale()}
      dir="ltr"
      data-rendered-from=${isServer ? this.#renderedFrom() : nothing}
    >
      ${problems.length
        ? html`<div class="notice" part="notice">
            ${problems.map((problem) => html`<p>${problem.notice}</p>`)}
          </div>`
        : nothing}${this.renderContent()}
    </div>`;
  }

  /** The attributes the content is rendered from, as a prerendered root records them. */
  #renderedFrom(): string {
    return JSON.stringify((this.constructor as typeof ReactiveElement).observedAttributes.map((name) => this.getAttribute(name)));
  }

  #warnOnce({warning}: Problem): void {
    if (this.#warned.has(warning)) return;
    this.#warned.add(warning);
    console.warn(`cimo-widgets: <${this.localName}> ${warning}`);
  }
}
