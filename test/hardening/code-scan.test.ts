import {expect} from '@open-wc/testing';

/** Our compiled code in lib/ (what the CDN bundle is built from), file by file. */
const OUR_MODULES = [
  'index.js',
  'version.js',
  'internal/cimo-element.js',
  'internal/define-element.js',
  'internal/headed-element.js',
  'internal/icons.js',
  'internal/locale.js',
  'internal/shared.styles.js',
  'internal/validate.js',
  ...['overview', 'procedure', 'risks', 'sfr-link'].flatMap((name) => [
    `components/${name}/${name}.js`,
    `components/${name}/${name}.styles.js`,
    `components/${name}/define.js`,
  ]),
];

/** A build output as written to disk (the test server's own transforms would reformat it). */
const text = async (path: string) => {
  const response = await fetch(`/test/fixtures/hardening/served/raw${path}`);
  expect(response.ok, path).to.be.true;
  return response.text();
};

/** APIs that could send, store or read something about the reader. */
const PRIVACY = /\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|cookie|localStorage|sessionStorage|indexedDB|caches)\b/;
/** Sinks that strict CSP or Trusted Types would block. */
const UNSAFE = /\b(eval|Function)\s*\(|\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|\bstyle\s*=\s*["'`$]|setAttribute\(\s*["']style/;

describe('the widgets’ code', () => {
  for (const module of OUR_MODULES) {
    it(`lib/${module} uses no network, storage, eval, innerHTML or inline style`, async () => {
      const source = await text(`/lib/${module}`);
      expect(source).not.to.match(PRIVACY);
      expect(source).not.to.match(UNSAFE);
    });
  }

  it('ships, with Lit inside, no network or storage API, no eval, and innerHTML only in Lit’s template parser', async () => {
    for (const file of ['/dist/cimo-widgets.js', '/dist/cimo-widgets.en.js']) {
      const source = await text(file);
      expect(source, file).not.to.match(PRIVACY);
      expect(source, file).not.to.match(/\beval\(|new Function\b|document\.write|insertAdjacentHTML/);
      const innerHtmlUses = source.match(/innerHTML/g) ?? [];
      expect(innerHtmlUses.length, file).to.be.at.most(1);
    }
    // Lit's one use: template.innerHTML = policy.createHTML(...), with its "lit-html" Trusted Types policy.
    const bundle = await text('/dist/cimo-widgets.js');
    expect(bundle).to.match(/createElement\("template"\);return \w+\.innerHTML=\w+/);
    expect(bundle).to.contain('createPolicy("lit-html"');
  });
});
