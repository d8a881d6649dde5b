import {fixture} from '@open-wc/testing';
import {waitFor} from '../helpers.js';

/** What test/fixtures/hardening/recorder.js noted in a fixture page. */
export interface Recorded {
  warnings: string[];
  errors: string[];
  violations: string[];
  privacy: string[];
}

export const FIXTURES = '/test/fixtures/hardening/';
export const WIDGET_TAGS = 'cimo-overview, cimo-procedure, cimo-risks, cimo-sfr-link';

/** Every cimo element of a document. */
export const widgets = (doc: Document): Element[] => [...doc.querySelectorAll(WIDGET_TAGS)];

/** An element's rendered (shadow) text, whitespace collapsed. */
export const shadowText = (element: Element): string =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Loads `url` in an iframe; `sandbox` (e.g. "allow-same-origin") turns its scripts off. */
export async function openFrame(url: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 700px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Loads a fixture page and waits until every cimo element in it has rendered. */
export async function openWidgetPage(url: string): Promise<HTMLIFrameElement> {
  const frame = await openFrame(url);
  const doc = frame.contentDocument!;
  await waitFor(() => widgets(doc).every((element) => shadowText(element).length > 0), `widgets to render in ${url}`);
  return frame;
}

export const recordedIn = (frame: HTMLIFrameElement): Recorded =>
  (frame.contentWindow as Window & {recorded: Recorded}).recorded;

/**
 * The colour of `selector` inside the element `markup`, rendered in the test's own plain page:
 * what the widget's design gives without any host page rules, to compare a fixture page against.
 */
export async function designColour(markup: string, selector: string): Promise<string> {
  await import('../../src/index.js');
  const element = await fixture(markup);
  const colour = getComputedStyle(element.shadowRoot!.querySelector(selector)!).color;
  element.remove();
  return colour;
}
