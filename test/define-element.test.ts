import {expect} from '@open-wc/testing';
import '../src/index.js';
import {CimoProcedure, defineElement, VERSION} from '../src/index.js';
import {recordWarnings} from './helpers.js';

describe('defineElement', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  it('is silent when the same version registers a tag again', () => {
    class SameVersion extends CimoProcedure {}
    expect(() => defineElement('cimo-procedure', CimoProcedure)).not.to.throw();
    expect(() => defineElement('cimo-procedure', SameVersion)).not.to.throw();
    expect(customElements.get('cimo-procedure')).to.equal(CimoProcedure);
    expect(warnings.calls).to.be.empty;
  });

  it('warns once, naming both versions, when another version registers', () => {
    class OtherVersion extends CimoProcedure {
      static override readonly version = '9.9.9';
    }
    defineElement('cimo-procedure', OtherVersion);
    defineElement('cimo-risks', OtherVersion);
    expect(customElements.get('cimo-procedure')).to.equal(CimoProcedure);
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain(`version ${VERSION} is already registered`);
    expect(warnings.calls[0]).to.contain('version 9.9.9, is ignored');
  });

  it('matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as {version: string};
    expect(VERSION).to.equal(pkg.version);
  });
});
