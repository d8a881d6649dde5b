import {elementUpdated} from '@open-wc/testing';
import {getLocale, LOCALE_CHANGE_EVENT, localeForLanguageTag, setLocale} from '../src/internal/locale.js';
import {followPageLanguage} from '../src/internal/page-language-controller.js';

/**
 * Collapses the whitespace HTML collapses (not the no-break spaces of French typography, which
 * `\s` would also match).
 */
export const collapsed = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** The element's rendered text (shadow DOM), whitespace collapsed. */
export const renderedText = (element: Element): string => collapsed(element.shadowRoot?.textContent ?? '');

/** Elements matching `selector` in the element's shadow root. */
export const shadowAll = <E extends Element = HTMLElement>(element: Element, selector: string): E[] => [
  ...(element.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];

export const shadowOne = <E extends Element = HTMLElement>(element: Element, selector: string): E | null =>
  element.shadowRoot?.querySelector<E>(selector) ?? null;

/** Replaces console.warn with a recorder until `restore()`. */
export function recordWarnings() {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return {
    calls,
    restore: () => {
      console.warn = original;
    },
  };
}

/** Records errors that reach the window (uncaught exceptions and rejections) until `stop()`. */
export function recordPageErrors() {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Sets an attribute and waits for the element to re-render. */
export async function setAttr(element: Element, name: string, value: string | null): Promise<void> {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
  await elementUpdated(element);
}

/** Waits until `condition()` is true (polling every 20 ms) or fails after `timeout` ms. */
export async function waitFor(condition: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Sets `<html lang>` and waits until the widgets have switched to that language. */
export async function setPageLanguage(lang: string): Promise<void> {
  const switched = new Promise<void>((resolve) =>
    window.addEventListener(LOCALE_CHANGE_EVENT, () => resolve(), {once: true})
  );
  const changes = getLocale() !== localeForLanguageTag(lang);
  // The same lang again is no change: after a host's setLocale, only setLocale switches back.
  if (document.documentElement.lang === lang) return changes ? setLocale(lang) : undefined;
  document.documentElement.lang = lang;
  // Widgets start following the page when the first one connects, which may not have happened.
  followPageLanguage();
  if (changes) await switched;
}

/** Every rendered box of `host`'s shadow tree that sticks out of the host or clips its own content. */
export function overflowing(host: Element): string[] {
  const bounds = host.getBoundingClientRect();
  return shadowAll(host, '*')
    .filter((el) => !el.closest('.visually-hidden') && !(el instanceof SVGElement && el.localName !== 'svg'))
    .filter((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return false;
      // Glyphs of a large heading may spill a pixel or two below a tight line box (Firefox
      // counts that in scrollHeight): a tenth of the font size is not a clip.
      const slack = Math.max(1, parseFloat(getComputedStyle(el).fontSize) / 10);
      const clips = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + slack;
      return box.left < bounds.left - 1 || box.right > bounds.right + 1 || clips;
    })
    .map((el) => `${host.localName} ${el.localName}.${el.getAttribute('class') ?? ''}`);
}

/** WCAG contrast ratio of two computed `rgb()`/`rgba()` colours (alpha ignored). */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
