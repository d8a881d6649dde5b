import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import '../index.js';
import {collapseIndentation, minifyCss} from './minify.js';
import {getLocale, localeForLanguageTag, setLocale, type Locale} from '../internal/locale.js';
import {setServerPageTag} from '../internal/intl-format.js';
import {setServerFilledSlots} from '../internal/slot-controller.js';

export interface RenderOptions {
  /** The `lang` of the page the widget goes in (`fr`, `en-GB`…); French if absent or unsupported. */
  lang?: string;
  /** The element's light DOM, as HTML (e.g. `<p slot="clinic-note">…</p>`); kept as given. */
  content?: string;
}

/** The tags this package renders. */
export const widgetTags = ['cimo-overview', 'cimo-procedure', 'cimo-risks', 'cimo-sfr-link'] as const;
export type WidgetTag = (typeof widgetTags)[number];
export const isWidgetTag = (tag: string): tag is WidgetTag => (widgetTags as readonly string[]).includes(tag);

/** ` name="value"` for each attribute, escaped. */
const attributeText = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
    .join('');

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export const isElement = (node: Node): node is Element => 'tagName' in node;
export const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** The slots that `content` (light DOM) gives the element a child in. */
const filledSlots = (content: string): string[] =>
  parseFragment(content).childNodes.flatMap((child) => (isElement(child) && attribute(child, 'slot')) || []);

/**
 * The locale is page-global in @lit/localize, so renders for different languages take turns:
 * each switches the locale, then renders synchronously, before the next one starts.
 */
let turn: Promise<unknown> = Promise.resolve();
export function inTurn<T>(task: () => Promise<T> | T): Promise<T> {
  const result = turn.then(task);
  turn = result.catch(() => undefined);
  return result;
}

/**
 * Switches the widgets' locale to `tag`'s. @lit/localize announces locale changes on `window`;
 * Node has none, so a bare event target stands in for the moment of the switch only.
 */
export async function useLanguage(tag: string): Promise<Locale> {
  setServerPageTag(tag);
  const locale = localeForLanguageTag(tag);
  if (locale === getLocale()) return locale;
  const global = globalThis as {window?: unknown};
  const hadWindow = 'window' in global;
  if (!hadWindow) global.window = new EventTarget();
  try {
    await setLocale(tag);
  } finally {
    if (!hadWindow) delete global.window;
  }
  return locale;
}

/**
 * The element's shadow root as declarative shadow DOM (`<template shadowrootmode="open">…`),
 * rendered in the current locale. Invalid attributes give the browser's notice and warnings.
 */
export function renderShadowRoot(tag: WidgetTag, attributes: Record<string, string>, content = ''): string {
  const element = unsafeStatic(tag + attributeText(attributes));
  const end = unsafeStatic(tag);
  // A slot's wrapper is shown only when the content fills the slot: the element asks its SlotController.
  setServerFilledSlots(filledSlots(content));
  let rendered: string;
  try {
    // Static tag names (lit/static-html.js), which eslint-plugin-lit reads as plain lit-html.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    rendered = collectResultSync(render(html`<${element}></${end}>`));
  } finally {
    setServerFilledSlots([]);
  }
  const shadowRoot = rendered.slice(rendered.indexOf('<template shadowroot'), rendered.lastIndexOf(`</${tag}>`));
  // Lit's hydration markers go: the script keeps the content or renders it anew, never hydrates it.
  return collapseIndentation(shadowRoot.replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '')).replace(
    /<style>([\s\S]*?)<\/style>/,
    (_, css: string) => `<style>${minifyCss(css).trim()}</style>`
  );
}

/**
 * One widget as HTML with its content prerendered: `<cimo-risks procedure="drainage"><template
 * shadowrootmode="open">…</template></cimo-risks>`, in the language of `lang` (French by default).
 * Paste it in a page; the CDN script, if the page loads it, takes the widget over.
 */
export function renderWidgetHTML(tag: WidgetTag, attributes: Record<string, string> = {}, options: RenderOptions = {}): Promise<string> {
  if (!isWidgetTag(tag)) return Promise.reject(new TypeError(`${tag} is not a cimo-widgets element. Valid tags: ${widgetTags.join(', ')}.`));
  return inTurn(async () => {
    await useLanguage(options.lang ?? 'fr');
    const content = options.content ?? '';
    return `<${tag}${attributeText(attributes)}>${renderShadowRoot(tag, attributes, content)}${content}</${tag}>`;
  });
}
