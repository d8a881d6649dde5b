// Puts WordPress's block styles where the `wordpress` host page (test/fixtures/hosts/) loads them:
// node_modules/.cache/wordpress-block-library-<version>/. As a dev dependency
// @wordpress/block-library brings the block editor and React (158 packages, 925 MB, 7 min); the
// front end of a site needs two of its style sheets. So this fetches only its tarball with
// `npm pack` (3.3 MB), checks it against the integrity pinned here and keeps those two files.
// They are GPL-2.0-or-later: they stay in that gitignored cache and are never committed.
// Run by `npm test` and `npm run screenshots` before wtr; does nothing when the files are there.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync} from 'node:fs';
import {join} from 'node:path';

const PACKAGE = '@wordpress/block-library';
const VERSION = '11.0.0';
// From the registry (`npm view @wordpress/block-library@11.0.0 dist.integrity`).
const INTEGRITY = 'sha512-WdtkEUkvbJKw1t+GVRl/nl2bgqhsYqsdsPxCl4BfEw4Xtc+i5MwRXN0d3cY6ZMIP/e51L+QxASvk50VBtla17A==';
// What a site's front end loads: style.css, every block's styles (common.css included; block
// themes load the same rules split per block), and theme.css, the "opinionated" block styles
// of themes that declare `add_theme_support('wp-block-styles')`. The rest is for the editor.
const FILES = ['style.css', 'theme.css'];
const DIR = `node_modules/.cache/wordpress-block-library-${VERSION}`;

if (FILES.every((file) => existsSync(join(DIR, file)))) process.exit(0);

const started = Date.now();
mkdirSync('node_modules/.cache', {recursive: true});
const work = mkdtempSync('node_modules/.cache/wordpress-block-library-');
try {
  const [{filename}] = JSON.parse(
    execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', work], {encoding: 'utf8'})
  );
  const tarball = readFileSync(join(work, filename));
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}@${VERSION}: integrity ${integrity}, expected ${INTEGRITY}`);
  execFileSync('tar', ['-xzf', filename, ...FILES.map((file) => `package/build-style/${file}`)], {cwd: work});
  rmSync(DIR, {recursive: true, force: true});
  renameSync(join(work, 'package/build-style'), DIR);
  console.log(`${PACKAGE}@${VERSION}: ${tarball.length} B fetched, ${FILES.join(' and ')} kept in ${DIR} (${Date.now() - started} ms)`);
} finally {
  rmSync(work, {recursive: true, force: true});
}
