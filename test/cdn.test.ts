import {expect} from '@open-wc/testing';
import {waitFor} from './helpers.js';

interface RecordedWindow extends Window {
  recorded: {warnings: string[]; errors: string[]};
}

/** Opens a page in an iframe and waits until every cimo element in it has rendered. */
async function openPage(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const elements = () => [...frame.contentDocument!.querySelectorAll('cimo-overview, cimo-procedure, cimo-risks, cimo-sfr-link')];
  await waitFor(() => elements().every((el) => (el.shadowRoot?.textContent ?? '').trim().length > 0), 'widgets to render');
  return frame;
}

describe('the CDN bundle, loaded by script tag as a webmaster does', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openPage('/test/fixtures/hardening/cdn.html');
  });
  after(() => frame.remove());

  const doc = () => frame.contentDocument!;
  const text = (selector: string) => doc().querySelector(selector)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');

  it('renders every element from dist/cimo-widgets.js', () => {
    expect(text('cimo-overview')).to.contain('oncologie interventionnelle');
    expect(text('cimo-procedure[procedure="drainage"]')).to.contain('cathéter perforé');
    expect(text('cimo-procedure[procedure="thermal-ablation"]')).to.contain(
      'La Clinique du Parc dispose actuellement de la technique de radiofréquence'
    );
    expect(text('cimo-risks[procedure="drainage"]')).to.contain('collection profonde');
    expect(text('cimo-risks[organ="lung"]')).to.contain('pour le poumon : pneumothorax ou saignement');
    expect(text('cimo-risks[organ="lung"]')).not.to.contain('pour le foie');
    expect(doc().querySelector('cimo-sfr-link')!.shadowRoot!.querySelector('a')!.href).to.equal(
      'https://www.radiologie.fr/'
    );
    expect(doc().querySelector('#host-content')!.textContent).to.equal('Contenu de l’hôpital');
  });

  it('survives being loaded twice and from a second URL without an error or a warning', () => {
    const recorded = (frame.contentWindow as RecordedWindow).recorded;
    expect(recorded.errors).to.deep.equal([]);
    expect(recorded.warnings).to.deep.equal([]);
    const scripts = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search)
      .filter((path) => path.startsWith('/dist/'));
    expect(scripts.sort()).to.deep.equal(['/dist/cimo-widgets.js', '/dist/cimo-widgets.js?from=plugin']);
  });

  it('draws its icons: the minified svg templates keep each path a drawn child of its icon', () => {
    const icons = [...doc().querySelectorAll('cimo-sfr-link, cimo-risks, cimo-procedure')].flatMap((el) => [
      ...el.shadowRoot!.querySelectorAll('svg.icon'),
    ]);
    expect(icons.length).to.be.at.least(4);
    for (const icon of icons) {
      const paths = [...icon.querySelectorAll('path, circle')] as SVGGraphicsElement[];
      expect(paths.length).to.be.above(0);
      for (const path of paths) {
        expect(path.parentElement === icon, `${path.outerHTML} is a child of its svg`).to.be.true;
        expect(path.getBBox().width + path.getBBox().height, path.outerHTML).to.be.above(0);
      }
    }
  });

  it('ships Lit inside one self-contained module', async () => {
    // As written to disk: the test server would resolve bare imports on the fly.
    const source = await (await fetch('/test/fixtures/hardening/served/raw/dist/cimo-widgets.js')).text();
    expect(source).to.contain('cimo-procedure');
    // No static import or re-export (terser writes them `import{a as b}from"lit"`, `export*from"x"`).
    expect(source).not.to.match(/\bimport\b\s*[\w$*{"'`]|\bexport\s*\*|\}\s*from\s*["'`]/);
    // Only the lazy translation chunks, next to the bundle, are imported on demand.
    const dynamic = [...source.matchAll(/\bimport\(\s*(["'`])(.*?)\1\s*\)/g)].map((match) => match[2]);
    expect(dynamic).to.deep.equal(['./cimo-widgets.en.js']);
    expect(source.match(/\bimport\(/g)).to.have.length(dynamic.length);
  });
});
