// Rollup plugin for the CDN build: writes dist/sri.json, the Subresource Integrity hash (sha384)
// of every JavaScript file written, so pages can pin the exact bytes they load.
import {createHash} from 'node:crypto';
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';

export const sriManifest = (fileName = 'sri.json') => ({
  name: 'sri-manifest',
  async writeBundle({dir}, bundle) {
    const files = Object.keys(bundle).filter((name) => name.endsWith('.js')).sort();
    const hashes = {};
    for (const name of files) {
      // Hash the file as written, sourceMappingURL comment included: that is what browsers check.
      const digest = createHash('sha384').update(await readFile(join(dir, name))).digest('base64');
      hashes[name] = `sha384-${digest}`;
    }
    await writeFile(join(dir, fileName), JSON.stringify(hashes, null, 2) + '\n');
  },
});
