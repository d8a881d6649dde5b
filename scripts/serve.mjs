// One static server for the scripts that drive a browser (npm run screenshots, npm run bench):
// @web/dev-server on a free loopback port, serving the repository's files as they are on disk,
// plus the pages the script generates.
import {startDevServer} from '@web/dev-server';

/**
 * Starts the server. `page(path)` returns the HTML of a generated page, or undefined for a file.
 * `dist` serves another build output (a directory of the repository) under /dist/.
 * Resolves to {origin, close()}.
 */
export async function serve(page = () => undefined, {dist = 'dist'} = {}) {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      hostname: '127.0.0.1',
      port: 0,
      middleware: [
        (ctx, next) => {
          const html = page(ctx.path);
          if (html === undefined) {
            if (dist !== 'dist' && ctx.path.startsWith('/dist/')) ctx.path = `/${dist}/${ctx.path.slice(6)}`;
            return next();
          }
          ctx.type = 'html';
          ctx.set('cache-control', 'no-store');
          ctx.body = html;
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return {origin: `http://127.0.0.1:${server.server.address().port}`, close: () => server.stop()};
}
