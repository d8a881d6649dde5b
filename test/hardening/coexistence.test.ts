import {expect} from '@open-wc/testing';
import {FIXTURES, openWidgetPage, recordedIn, shadowText, widgets} from './frame.js';

type LitWindow = Window & {litHtmlVersions: string[]; reactiveElementVersions: string[]};

describe('coexistence on one page', () => {
  describe('with the host’s own app on an older Lit, and our bundle from two URLs', () => {
    let frame: HTMLIFrameElement;
    before(async () => {
      frame = await openWidgetPage(`${FIXTURES}coexistence.html`);
    });
    after(() => frame.remove());

    it('really runs two Lit versions', () => {
      const win = frame.contentWindow as LitWindow;
      expect(win.litHtmlVersions).to.include('3.1.4').and.to.include('3.3.3');
      expect(win.reactiveElementVersions).to.include('2.0.4').and.to.include('2.1.2');
    });

    it('renders the host’s element and every widget, with no error or warning', () => {
      const doc = frame.contentDocument!;
      expect(doc.querySelector('host-greeting')!.shadowRoot!.textContent).to.equal('Bienvenue, Mme Martin');
      expect(widgets(doc)).to.have.length(4);
      for (const element of widgets(doc)) expect(shadowText(element).length, element.localName).to.be.above(100);
      expect(recordedIn(frame)).to.deep.include({errors: [], warnings: []});
    });
  });

  describe('with another version of cimo-widgets', () => {
    let frame: HTMLIFrameElement;
    before(async () => {
      frame = await openWidgetPage(`${FIXTURES}version-clash.html`);
    });
    after(() => frame.remove());

    it('keeps the first version’s elements and warns once, naming both versions', async () => {
      const served = await (await fetch(`${FIXTURES}served/cimo-widgets-other-version.js`)).text();
      expect(served, 'the second copy claims another version').to.contain('"0.0.9-other"');
      const {warnings, errors} = recordedIn(frame);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([
        'cimo-widgets: version 0.1.0 is already registered on this page; this copy, version 0.0.9-other, is ignored. ' +
          'Load one version of cimo-widgets only.',
      ]);
      for (const element of widgets(frame.contentDocument!)) expect(shadowText(element).length).to.be.above(100);
    });
  });
});
