// Test-server middleware for the catalogue-loading tests: the CDN bundle served from two extra
// folders, one where its English catalogue is missing (404), one where it arrives after
// `SLOW_CATALOGUE_MS`, as on a slow network.
import {readFile} from 'node:fs/promises';

const BROKEN = '/test/fixtures/catalogue/broken/';
const SLOW = '/test/fixtures/catalogue/slow/';
export const SLOW_CATALOGUE_MS = 1500;

export async function catalogueMiddleware(ctx, next) {
  for (const folder of [BROKEN, SLOW]) {
    if (!ctx.path.startsWith(folder)) continue;
    const file = ctx.path.slice(folder.length);
    if (file === 'cimo-widgets.js' || (folder === SLOW && file === 'cimo-widgets.en.js')) {
      if (folder === SLOW && file !== 'cimo-widgets.js') await new Promise((r) => setTimeout(r, SLOW_CATALOGUE_MS));
      ctx.type = 'js';
      ctx.body = await readFile(`dist/${file}`);
      return;
    }
    if (file === 'cimo-widgets.en.js') {
      ctx.status = 404;
      return;
    }
  }
  await next();
}
