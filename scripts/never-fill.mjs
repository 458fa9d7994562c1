/**
 * A Vite plugin for the demo's "a creative that never fills": the dev (and preview) server
 * answers `GET /creatives/never` by never answering. The request stays open until the browser
 * gives up or the server closes (Vite destroys open sockets on close), so a slot with
 * `provider="frame" src="/creatives/never"` shows its reserved, labelled box until the slot's
 * timeout ends it as empty, with an `ad-slot-error`.
 *
 *   import { neverFill } from './scripts/never-fill.mjs';
 *   plugins: [neverFill()]
 *
 * `path` changes the route (default `/creatives/never`; a query string is ignored).
 */
export function neverFill({ path = '/creatives/never' } = {}) {
  /** @param {import('node:http').IncomingMessage} request @param {unknown} _response @param {() => void} next */
  const hold = (request, _response, next) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== path) return next();
    // Never respond: keep the socket alive (no timeout) and forget the request.
    request.socket.setTimeout(0);
  };
  return {
    name: 'news-elements:never-fill',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(hold);
    },
    configurePreviewServer(server) {
      server.middlewares.use(hold);
    },
  };
}
