import {expect} from '@open-wc/testing';
import {waitFor} from '../helpers.js';
import {designColour, FIXTURES, openWidgetPage, recordedIn, shadowText, widgets} from './frame.js';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const pages = [
  {file: 'csp-header.html', policy: STRICT, how: 'an HTTP header, two copies of the bundle'},
  {file: 'csp-meta.html', policy: null, how: 'a meta tag, two copies of the bundle'},
  {file: 'csp-allow-list.html', policy: `${STRICT}; trusted-types lit-html`, how: 'a header allowing only the lit-html policy'},
  {
    file: 'csp-allow-list-duplicates.html',
    policy: `${STRICT}; trusted-types lit-html 'allow-duplicates'`,
    how: "a header allowing lit-html with 'allow-duplicates', two copies",
  },
];

describe('strict Content-Security-Policy and Trusted Types', () => {
  for (const {file, policy, how} of pages) {
    describe(`given by ${how}`, () => {
      let frame: HTMLIFrameElement;
      before(async () => {
        frame = await openWidgetPage(FIXTURES + file);
      });
      after(() => frame.remove());

      it('is the policy the page is served with', async () => {
        const response = await fetch(FIXTURES + file);
        expect(response.headers.get('content-security-policy')).to.equal(policy);
      });

      it('shows every element, styled, with no violation, error or warning', async () => {
        const doc = frame.contentDocument!;
        expect(widgets(doc)).to.have.length(4);
        for (const element of widgets(doc)) expect(shadowText(element).length, element.localName).to.be.above(100);
        const link = doc.querySelector('cimo-sfr-link')!.shadowRoot!.querySelector('a')!;
        expect(frame.contentWindow!.getComputedStyle(link).color, 'the widget’s styles apply').to.equal(
          await designColour('<cimo-sfr-link procedure="drainage"></cimo-sfr-link>', 'a')
        );
        expect(recordedIn(frame)).to.deep.include({violations: [], errors: [], warnings: []});
      });

      it('does enforce Trusted Types: a raw innerHTML is refused and reported', async () => {
        const target = frame.contentDocument!.querySelector('#host-content')!;
        // Each engine words the refusal its own way; all throw a TypeError (from the frame's realm).
        expect(() => (target.innerHTML = '<b>injected</b>')).to.throw().with.property('name', 'TypeError');
        expect(target.querySelector('b')).to.equal(null);
        await waitFor(() => recordedIn(frame).violations.length > 0, 'the violation to be reported');
        expect(recordedIn(frame).violations[0]).to.match(/^require-trusted-types-for/);
        recordedIn(frame).violations.length = 0;
      });
    });
  }
});
