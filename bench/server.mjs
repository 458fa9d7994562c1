// A tiny static server for the bench page, on 127.0.0.1 and a random free port.
// Serves: /            the bench page
//         /bench/*.mjs the in-page harness and the article generator
//         /dist/*      files from the bundle's directory (the bundle and any chunk it imports)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const BENCH_FILES = new Set(['harness.mjs', 'generate.mjs']);

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// Page CSS: a realistic small article stylesheet for the baseline markup (class `bl`).
// It cannot reach into <news-article>'s shadow root, which brings its own styles.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>news-elements bench</title>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #111; background: #fff; }
  #stage { padding: 1rem; }
  .bl { max-width: 42rem; margin: 0 auto; font-family: 'Noto Sans Gujarati', 'Noto Sans', system-ui, sans-serif; line-height: 1.7; }
  .bl-kicker { margin: 0; font-size: .8125rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: #b00020; }
  .bl h1 { font-size: 2rem; line-height: 1.25; margin: .25rem 0 .5rem; }
  .bl-date { color: #555; font-size: .875rem; }
  .bl h2, .bl h3, .bl h4 { line-height: 1.3; margin: 2rem 0 .5rem; }
  .bl p { margin: 0 0 1.1em; }
  .bl a { color: #0645ad; text-decoration-thickness: 1px; text-underline-offset: .15em; }
  .bl figure { margin: 1.5rem 0; }
  .bl img { display: block; max-width: 100%; height: auto; background: #eee; }
  .bl figcaption { font-size: .875rem; color: #444; margin-top: .5rem; }
  .bl-credit { color: #666; }
  .bl-ad { margin: 1.5rem 0; text-align: center; }
  .bl-ad > span { display: block; font-size: .75rem; line-height: 1.5rem; letter-spacing: .04em; text-transform: uppercase; color: #595959; }
  .bl-ad > div { width: fit-content; min-width: min(300px, 100%); min-height: 250px; margin: 0 auto; background: #f4f4f4; }
  .bl-footer { margin-top: 2.5rem; padding-top: 1.5rem; border-top: 1px solid #d9d9d9; color: #595959; }
</style>
</head>
<body>
<main id="stage"></main>
<script type="module" src="/bench/harness.mjs"></script>
</body>
</html>
`;

/**
 * @param {{ bundleDir: string }} opts directory whose files are served under /dist/
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ bundleDir }) {
  const root = resolve(bundleDir);
  const server = createServer(async (req, res) => {
    const send = (status, type, body) => {
      // no-store: every fresh page fetches and compiles the bundle anew (a first visit).
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed');
      if (pathname === '/') return send(200, 'text/html; charset=utf-8', PAGE);
      if (pathname.startsWith('/bench/')) {
        const name = pathname.slice('/bench/'.length);
        if (!BENCH_FILES.has(name)) return send(404, 'text/plain', 'not found');
        return send(200, TYPES['.mjs'], await readFile(join(BENCH_DIR, name)));
      }
      if (pathname.startsWith('/dist/')) {
        const file = resolve(root, decodeURIComponent(pathname.slice('/dist/'.length)));
        if (!file.startsWith(root + sep)) return send(403, 'text/plain', 'forbidden');
        const ext = file.slice(file.lastIndexOf('.'));
        return send(200, TYPES[ext] ?? 'application/octet-stream', await readFile(file));
      }
      return send(404, 'text/plain', 'not found');
    } catch (e) {
      return send(e?.code === 'ENOENT' ? 404 : 500, 'text/plain', String(e?.message ?? e));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
