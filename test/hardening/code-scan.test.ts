import {expect} from '@open-wc/testing';

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

/** Our own modules inside the CDN files (every bundled source outside node_modules), from the source maps. */
async function ourModules(): Promise<{path: string; source: string}[]> {
  const modules = [];
  for (const file of ['/dist/cimo-widgets.js.map', '/dist/cimo-widgets.en.js.map']) {
    const map = (await (await fetch(file)).json()) as {sources: string[]; sourcesContent: string[]};
    for (const [index, path] of map.sources.entries()) {
      if (!path.includes('node_modules')) modules.push({path, source: map.sourcesContent[index]});
    }
  }
  return modules;
}

describe('the widgets’ code', () => {
  it('uses no network, storage, eval, innerHTML or inline style in any of our modules', async () => {
    const modules = await ourModules();
    expect(modules.map(({path}) => path)).to.include.members([
      '../lib/internal/cimo-element.js',
      '../lib/components/sfr-link/sfr-link.js',
      '../lib/generated/locales/en.js',
    ]);
    for (const {path, source} of modules) {
      expect(source, path).not.to.match(PRIVACY);
      expect(source, path).not.to.match(UNSAFE);
    }
  });

  it('ships, with Lit inside, no network or storage API, no eval, and innerHTML only in Lit’s template parser', async () => {
    for (const file of ['/dist/cimo-widgets.js', '/dist/cimo-widgets.en.js']) {
      const source = await text(file);
      expect(source, file).not.to.match(PRIVACY);
      expect(source, file).not.to.match(/\beval\(|new Function\b|document\.write|insertAdjacentHTML/);
      const innerHtmlUses = source.match(/innerHTML/g) ?? [];
      expect(innerHtmlUses.length, file).to.be.at.most(1);
    }
    // Lit's one use goes through its "lit-html" Trusted Types policy; csp.test.ts shows a page
    // that requires Trusted Types accepting it, which is what matters, whatever the minifier writes.
    expect(await text('/dist/cimo-widgets.js')).to.contain('"lit-html"');
  });
});
