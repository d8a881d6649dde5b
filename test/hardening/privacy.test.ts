import {expect} from '@open-wc/testing';
import {waitFor} from '../helpers.js';
import {FIXTURES, openWidgetPage, recordedIn, shadowText, widgets} from './frame.js';

/** The only requests a page with the widgets may make beyond its own: the widgets' files. */
const OWN_FILES = ['/dist/cimo-widgets.js', '/dist/cimo-widgets.en.js'];
/** The fixture's recorder, and the script the test server itself injects into every page. */
const PAGE_FILES = [`${FIXTURES}recorder.js`, '/__web-dev-server__web-socket.js'];

describe('privacy: every element, read and clicked, in English', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openWidgetPage(`${FIXTURES}privacy.html`);
    const doc = frame.contentDocument!;
    await waitFor(() => shadowText(doc.querySelector('cimo-overview')!).includes('interventional'), 'English text');
    // The reader follows the SFR link (kept in the page) and the theme changes.
    doc.addEventListener('click', (event) => event.preventDefault());
    doc.querySelector('cimo-sfr-link')!.shadowRoot!.querySelector('a')!.click();
    const procedures = [...doc.querySelectorAll('cimo-procedure')];
    for (const element of procedures) element.setAttribute('theme', 'dark');
    // Done when every element has finished updating and the dark theme shows, rather than after a
    // guessed delay. The recorder wraps each API itself, so a call made at any time before the
    // assertions is caught, late or not.
    await Promise.all(widgets(doc).map((element) => (element as Element & {updateComplete: Promise<unknown>}).updateComplete));
    await waitFor(
      () => procedures.every((element) => frame.contentWindow!.getComputedStyle(element.shadowRoot!.querySelector('.root')!).colorScheme === 'dark'),
      'the dark theme'
    );
  });
  after(() => frame.remove());

  it('requests nothing but the widgets’ own files', () => {
    const requested = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (entry) => new URL(entry.name).pathname
    );
    expect(requested).to.include.members(OWN_FILES);
    expect(requested.filter((path) => !OWN_FILES.includes(path) && !PAGE_FILES.includes(path))).to.deep.equal([]);
  });

  it('touches no cookie, storage, beacon, fetch, XHR, WebSocket or IndexedDB', () => {
    expect(recordedIn(frame).privacy).to.deep.equal([]);
  });

  it('would notice if they did (the recorder works)', () => {
    const win = frame.contentWindow as Window & typeof globalThis;
    void win.document.cookie;
    expect(recordedIn(frame).privacy).to.deep.equal(['document.cookie read']);
    recordedIn(frame).privacy.length = 0;
  });
});
