/**
 * A second local origin for browser tests: `http://127.0.0.1:<free port>`, while the test
 * pages are on web-test-runner's `http://localhost:<port>`. So everything served here is
 * cross-origin (and cross-site) to the tests: CORS applies, and an iframe from here is a
 * foreign frame. web-test-runner starts and stops it (`secondOriginPlugin()`, in
 * web-test-runner.config.mjs).
 *
 * Routes (GET and HEAD). <path> is a repository path under demo/, dist/, dist-test/, docs/,
 * src/ or test/:
 *   /<path>                    the file, with no CORS headers: a cross-origin fetch of it fails
 *   /cors/<path>               the file with `Access-Control-Allow-Origin: *`
 *   /cors-credentials/<path>   the file with the request's `Origin` echoed back,
 *                              `Access-Control-Allow-Credentials: true` and `Vary: Origin`
 *   /embed/<file>              the embed page from source, laid out as in dist/ and served
 *                              under EMBED_CSP: embed.html, embed.js (src/embed/embed.ts,
 *                              bundled), news-elements.js (src/define.ts, bundled), embed-host.js
 *   /csp/<path>                the file under EMBED_CSP (for built pages: /csp/dist/embed.html)
 *   /forge?message=<json>      a page (inline script, no CSP) that posts <json> to its parent
 *                              with target '*', then tells the parent `{ type: 'forged' }`:
 *                              for tests of a host's origin and source checks
 *   POST /csp-report           stores a CSP violation report (the embed page's report-uri)
 *   OPTIONS /cors…/<path>      answers a CORS preflight: 204, any method and header
 * Query parameters of the file routes:
 *   status=<code>   answer with this status (the file, when it exists, is still the body)
 *   delay=<ms>      wait this long (at most 20 s) before answering
 * Every answer has `Cache-Control: no-store`. The demo articles' images are relative
 * ("images/…"), and a fetched article's URLs resolve against the article's URL: so under
 * demo/, `articles/images/<name>` falls back to `public/images/<name>` (the demo serves them from public/).
 *
 * Commands for `executeServerCommand` (from @web/test-runner-commands):
 *   'second-origin'                          -> the origin, e.g. 'http://127.0.0.1:41234'
 *   'csp-reports', { match }                 -> the stored reports (`csp-report` objects) whose
 *                                               document-uri contains `match`
 *   'frame-evaluate', { url, expression }    -> the value of `expression` (awaited) in the
 *                                               test page's frame whose URL starts with `url`;
 *                                               `{ missing: true }` when there is none
 */
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { fileIn, REPO, requestPath, sendFile } from '../../scripts/serve-files.mjs';

/** The policy the embed page is served under: the strict one from the README, plus reporting. */
export const EMBED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src http: https: data:',
  'connect-src http: https:',
  'frame-src https:',
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html news-elements',
  'report-uri /csp-report',
].join('; ');

const FOLDERS = ['demo', 'dist', 'dist-test', 'docs', 'src', 'test'];
const EMBED_SOURCES = { 'embed.js': 'src/embed/embed.ts', 'news-elements.js': 'src/define.ts' };

/** `entry` bundled into one ES module, as the builds do (with the production exports of lit). */
async function bundle(entry) {
  const result = await build({
    entryPoints: [`${REPO}${entry}`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: `${REPO}tsconfig.json`,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function corsHeaders(mode, request) {
  if (mode === 'cors') return { 'access-control-allow-origin': '*' };
  if (mode === 'cors-credentials') {
    return {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-credentials': 'true',
      vary: 'Origin',
    };
  }
  return {};
}

function forgePage(message) {
  // The message is JSON; keep "</script>" and friends from ending the script early.
  const data = JSON.stringify(message).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><title>forge</title><script>
    parent.postMessage(${data}, '*');
    parent.postMessage({ type: 'forged' }, '*');
  </script></html>`;
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the server; resolves to `{ origin, reports, close() }`. */
export async function startSecondOrigin() {
  const reports = [];

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = requestPath(request);
    const noStore = { 'cache-control': 'no-store' };
    try {
      if (path === undefined) {
        response.writeHead(400, noStore).end();
        return;
      }
      if (path === '/csp-report' && request.method === 'POST') {
        const body = await readBody(request);
        try {
          reports.push(JSON.parse(body)['csp-report'] ?? JSON.parse(body));
        } catch {
          reports.push({ unreadable: body });
        }
        response.writeHead(204, noStore).end();
        return;
      }
      if (path === '/forge') {
        let message;
        try {
          message = JSON.parse(url.searchParams.get('message') ?? 'null');
        } catch {
          response.writeHead(400, noStore).end('message is not JSON\n');
          return;
        }
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...noStore }).end(forgePage(message));
        return;
      }

      const [, first, ...rest] = path.split('/');
      const mode = first === 'cors' || first === 'cors-credentials' || first === 'csp' ? first : 'none';
      const headers = { ...noStore, ...corsHeaders(mode, request), ...(mode === 'csp' ? { 'content-security-policy': EMBED_CSP } : {}) };
      if (request.method === 'OPTIONS' && mode.startsWith('cors')) {
        response
          .writeHead(204, {
            ...headers,
            'access-control-allow-methods': request.headers['access-control-request-method'] ?? 'GET',
            'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '',
          })
          .end();
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, noStore).end();
        return;
      }

      const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 20_000);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      const status = Number(url.searchParams.get('status')) || 200;

      if (first === 'embed') {
        const name = rest.join('/');
        const embedHeaders = { ...headers, 'content-security-policy': EMBED_CSP };
        if (EMBED_SOURCES[name]) {
          const code = await bundle(EMBED_SOURCES[name]);
          response.writeHead(status, { 'content-type': 'text/javascript; charset=utf-8', ...embedHeaders });
          response.end(request.method === 'HEAD' ? undefined : code);
          return;
        }
        await sendFile(request, response, fileIn(REPO, `/src/embed/${name}`, ['src']), { status, headers: embedHeaders });
        return;
      }

      let filePath = mode === 'none' ? path : `/${rest.join('/')}`;
      if (filePath.startsWith('/demo/articles/images/')) filePath = filePath.replace('/articles/images/', '/public/images/');
      await sendFile(request, response, fileIn(REPO, filePath, FOLDERS), { status, headers });
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...noStore });
      response.end(`${error.message}\n`);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    reports,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The page's frame showing a URL that starts with `url`, waiting for it up to 5 s. Puppeteer
 * does not always know an out-of-process frame's URL (it can read ''), so ask the frames too. */
async function findFrame(page, url) {
  const end = Date.now() + 5000;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame.detached) continue;
      if (frame.url().startsWith(url)) return frame;
      try {
        if (String(await frame.evaluate('location.href')).startsWith(url)) return frame;
      } catch {
        // detached meanwhile, or not scriptable yet
      }
    }
    if (Date.now() > end) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The web-test-runner plugin: starts the server with the test server and answers the commands above. */
export function secondOriginPlugin() {
  let second;
  return {
    name: 'second-origin',
    async serverStart() {
      second = await startSecondOrigin();
    },
    async serverStop() {
      await second?.close();
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'second-origin') return second.origin;
      if (command === 'csp-reports') {
        return second.reports.filter((report) => String(report['document-uri'] ?? '').includes(payload?.match ?? ''));
      }
      if (command === 'frame-evaluate') {
        const frame = await findFrame(session.browser.getPage(session.id), payload.url);
        if (!frame) return { missing: true };
        return (await frame.evaluate(payload.expression)) ?? null;
      }
      return undefined;
    },
  };
}
