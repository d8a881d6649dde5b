import {html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, str, updateWhenLocaleChanges} from '@lit/localize';
import {VERSION} from '../version.js';
import {awaitingCatalogue, getLocale} from './locale.js';
import {pageLanguageController, speaksPageLanguage} from './page-language-controller.js';
import {pageSchemeController} from './page-scheme-controller.js';
import type {Problem} from './problem.js';
import {sharedStyles} from './shared.styles.js';
import {isOneOf} from './is-one-of.js';
import {quoted} from './quoted.js';

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

/** Whether a computed `rgb()` colour is light (relative luminance above that of mid grey). */
const isLight = (color: string): boolean => {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140;
};
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

  /**
   * Colour theme. Without it the widget follows the page's own `color-scheme` (or the reader's
   * system setting where the page declares none); `light` and `dark` force one and paint their
   * own background; `auto` follows the reader's system setting whatever the page declares.
   * @type {'light' | 'dark' | 'auto'}
   */
  @property() theme?: Theme;

  private readonly warned = new Set<string>();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addController(pageLanguageController(this));
    this.addController(pageSchemeController(this));
  }

  /**
   * A prerendered widget (`cimo-widgets prerender`) arrives with its content in a declarative
   * shadow root. It keeps that content until its first render replaces it (rather than adding a
   * second copy after it), and until then waits for the page's language to be loaded, so an
   * English page never flashes the French text.
   */
  private get prerendered(): boolean {
    return !this.hasUpdated && this.renderRoot.hasChildNodes();
  }

  protected override shouldUpdate(): boolean {
    return !this.prerendered || speaksPageLanguage();
  }

  protected override update(changed: PropertyValues): void {
    if (this.prerendered) {
      this.renderRoot.replaceChildren();
      // Lit would render before the root's first child, which was prerendered and is gone.
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  /** Problems with the current attributes; subclasses add theirs to this list. */
  protected problems(): Problem[] {
    const theme = this.theme;
    if (theme == null || isTheme(theme)) return [];
    return [
      {
        key: `theme:${theme}`,
        notice: msg(str`Thème ${quoted(theme)} inconnu\u00a0: le thème clair est utilisé.`, {id: 'notice.theme'}),
        warning: `theme=${JSON.stringify(theme)} is not valid. Valid values: ${themes.join(', ')}.`,
      },
    ];
  }

  /** The element's content once its attributes are validated. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  /** Where the colour scheme comes from: the classes of `.root` (see shared.styles.ts). */
  private scheme(): string {
    const theme = this.theme as string | undefined;
    if (theme === 'dark') return 'dark';
    if (theme === 'auto') return 'system';
    if (theme != null) return 'light'; // light, or an unknown value (noticed as such)
    if (isServer) return 'page';
    // The host inherits the page's color-scheme ("normal": the page declares none) and text
    // colour. A page that declares none yet writes light text is dark (Bulma's data-theme,
    // class-based dark modes): the widget then paints its own surface in a light scheme too.
    const {colorScheme, color} = getComputedStyle(this);
    if (colorScheme !== 'normal') return 'page';
    return isLight(color) ? 'system on-dark-page' : 'system';
  }

  /** The current attributes' problems, found before each render (which only shows them). */
  private currentProblems: Problem[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.currentProblems = this.problems();
    for (const problem of this.currentProblems) this.warnOnce(problem);
  }

  protected override render(): TemplateResult {
    // Until the page language's catalogue is loaded: nothing rather than the wrong language.
    if (awaitingCatalogue()) return html`<div class="root" aria-busy="true"></div>`;
    const problems = this.currentProblems;
    // Marked with the language actually rendered (it may not be the page's); both are left to right.
    return html`<div class="root ${this.scheme()}" lang=${getLocale()} dir="ltr">
      ${problems.length
        ? html`<div class="notice" part="notice">
            ${problems.map((problem) => html`<p>${problem.notice}</p>`)}
          </div>`
        : nothing}${this.renderContent()}
    </div>`;
  }

  private warnOnce({key, warning}: Problem): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`cimo-widgets: <${this.localName}> ${warning}`);
  }
}
