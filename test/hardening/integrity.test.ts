import {expect} from '@open-wc/testing';
import {waitFor} from '../helpers.js';
import {FIXTURES, openFrame, shadowText} from './frame.js';

/** Build outputs byte for byte (the test server's transforms would change their hash). */
const RAW = `${FIXTURES}served/raw/dist/`;

const sha384 = async (bytes: ArrayBuffer) =>
  `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;

const manifest = async (): Promise<Record<string, string>> => (await fetch('/dist/sri.json')).json();

/** Adds the CDN snippet, with `integrity`, to a page; resolves with whether the script ran. */
async function loadWithIntegrity(integrity: string): Promise<{frame: HTMLIFrameElement; loaded: boolean}> {
  const frame = await openFrame(`${FIXTURES}integrity.html`);
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.crossOrigin = 'anonymous';
  script.integrity = integrity;
  script.src = `${RAW}cimo-widgets.js`;
  const loaded = new Promise<boolean>((resolve) => {
    script.addEventListener('load', () => resolve(true));
    script.addEventListener('error', () => resolve(false));
  });
  doc.head.append(script);
  return {frame, loaded: await loaded};
}

describe('Subresource Integrity: dist/sri.json', () => {
  it('lists every CDN file with the sha384 of its bytes', async () => {
    const hashes = await manifest();
    expect(Object.keys(hashes)).to.have.members(['cimo-widgets.js', 'cimo-widgets.en.js']);
    for (const [file, hash] of Object.entries(hashes)) {
      const bytes = await (await fetch(RAW + file)).arrayBuffer();
      expect(hash, file).to.equal(await sha384(bytes));
    }
  });

  it('lets the snippet with integrity and crossorigin load the widgets', async () => {
    const {frame, loaded} = await loadWithIntegrity((await manifest())['cimo-widgets.js']);
    expect(loaded).to.be.true;
    const element = frame.contentDocument!.querySelector('cimo-sfr-link')!;
    await waitFor(() => shadowText(element).includes('Information de la SFR sur le drainage percutané'), 'the widget to render');
    frame.remove();
  });

  it('blocks a file whose bytes do not match', async () => {
    const {frame, loaded} = await loadWithIntegrity(await sha384(new TextEncoder().encode('tampered').buffer));
    expect(loaded).to.be.false;
    expect(frame.contentWindow!.customElements.get('cimo-sfr-link')).to.be.undefined;
    frame.remove();
  });
});
