// A host page of test/fixtures/hosts/ (a CSS framework, light or dark) in an iframe.
import {waitFor} from '../helpers.js';

export const WIDGETS = 'cimo-overview, cimo-procedure, cimo-risks, cimo-sfr-link';

/** Loads a host page in an iframe `width` CSS px wide (WebKit's own window cannot be 320 px). */
export async function openHostPage(name: string, scheme: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 4000px; border: 0; display: block`;
  frame.src = `/test/fixtures/hosts/page.html?framework=${name}&scheme=${scheme}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & {hostReady: Promise<unknown>};
  await waitFor(() => 'hostReady' in win, 'the host page script');
  await win.hostReady;
  const rendered = (el: Element) => el.shadowRoot?.querySelector('.root:not([aria-busy]) *');
  await waitFor(() => [...frame.contentDocument!.querySelectorAll(WIDGETS)].every(rendered), 'the widgets to render');
  return frame;
}
