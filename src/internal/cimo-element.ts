import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, str, updateWhenLocaleChanges} from '@lit/localize';
import {VERSION} from '../version.js';
import {followPageLanguage, speaksPageLanguage} from './locale.js';
import type {Problem} from './problem.js';
import {sharedStyles} from './shared.styles.js';
import {isOneOf, quoted} from './validate.js';

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
 * @cssproperty --cimo-color-surface - Background of the dark themes and of inner panels.
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
 */
export abstract class CimoElement extends LitElement {
  static readonly version: string = VERSION;
  static override styles = [sharedStyles];

  /**
   * Colour theme: `light` (default), `dark`, or `auto` to follow the reader's system setting.
   * @type {'light' | 'dark' | 'auto'}
   * @default 'light'
   */
  @property() theme?: Theme;

  private readonly warned = new Set<string>();
  private unfollowPageLanguage?: () => void;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * A prerendered widget (`cimo-widgets prerender`) arrives with its content in a declarative
   * shadow root. It keeps that content until its first render replaces it (rather than adding a
   * second copy after it), and until then waits for the page's language to be loaded, so an
   * English page never flashes the French text.
   */
  private prerendered?: ChildNode[];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot?.hasChildNodes()) this.prerendered = [...this.shadowRoot.childNodes];
    const root = super.createRenderRoot();
    // Lit would render before the root's first child, which is prerendered and goes.
    if (this.prerendered) this.renderOptions.renderBefore = null;
    return root;
  }

  protected override async scheduleUpdate(): Promise<void> {
    // A prerendered widget already shows its content: let the page paint it before replacing it.
    if (this.prerendered && !this.hasUpdated) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await super.scheduleUpdate();
  }

  protected override shouldUpdate(): boolean {
    return !this.prerendered || speaksPageLanguage();
  }

  protected override update(changed: PropertyValues): void {
    this.prerendered?.forEach((node) => node.remove());
    this.prerendered = undefined;
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unfollowPageLanguage = followPageLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollowPageLanguage?.();
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

  /** The current attributes' problems, found before each render (which only shows them). */
  private currentProblems: Problem[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.currentProblems = this.problems();
    for (const problem of this.currentProblems) this.warnOnce(problem);
  }

  protected override render(): TemplateResult {
    const problems = this.currentProblems;
    return html`${problems.length
      ? html`<div class="notice" part="notice">
          ${problems.map((problem) => html`<p>${problem.notice}</p>`)}
        </div>`
      : nothing}${this.renderContent()}`;
  }

  private warnOnce({key, warning}: Problem): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`cimo-widgets: <${this.localName}> ${warning}`);
  }
}
