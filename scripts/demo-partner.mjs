// `npm run demo:partner`: the syndication demo, on two local origins.
//
//   publisher  http://localhost:5180/   the demo (the vite dev server, as `npm start`), which also
//                                       serves the article JSON (demo/articles/) with CORS for the
//                                       partner's origin, and the built embed page at /dist/embed.html
//   partner    http://127.0.0.1:5181/   a partner site: demo/partner.html (the seed article from the
//                                       publisher by <news-article src syndicated>, with the classic
//                                       script tag) and demo/partner-frame.html (the same article in
//                                       the publisher's embed iframe), with the bundle under /dist/
//
// Builds the bundle and the embed page into dist/ first when they are missing or older than
// src/. PUBLISHER_PORT and PARTNER_PORT change the ports (the pages are rewritten to match).
// The partner's pages are served under a strict Content-Security-Policy, as a careful site would.
import { createServer as createHttpServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { fileIn, REPO, requestPath, sendFile } from './serve-files.mjs';

const publisherPort = Number(process.env.PUBLISHER_PORT) || 5180;
const partnerPort = Number(process.env.PARTNER_PORT) || 5181;
const publisher = `http://localhost:${publisherPort}`;
const partner = `http://127.0.0.1:${partnerPort}`;
// The origins as the pages in demo/ write them.
const WRITTEN = { publisher: 'http://localhost:5180', partner: 'http://127.0.0.1:5181' };

const BUILT = ['dist/news-elements.js', 'dist/news-elements.iife.js', 'dist/embed.html', 'dist/embed.js', 'dist/embed-host.js'];

async function newest(dir) {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return latest;
}

async function buildIfNeeded() {
  const configs = await Promise.all(['vite.config.ts', 'vite.embed.config.ts'].map(async (file) => (await stat(join(REPO, file))).mtimeMs));
  const sources = Math.max(await newest(join(REPO, 'src')), ...configs);
  const outputs = await Promise.all(BUILT.map((file) => stat(join(REPO, file)).then((s) => s.mtimeMs, () => 0)));
  if (outputs.every((time) => time > sources)) return;
  console.log('Building dist/ (the bundle and the embed page)…');
  await build({ root: REPO, mode: 'bundle', logLevel: 'warn' });
  await build({ root: REPO, configFile: join(REPO, 'vite.embed.config.ts'), logLevel: 'warn' });
}

/** The publisher's extra routes on the dev server: the built embed page, and the articles' images. */
function publisherRoutes() {
  return {
    name: 'demo-publisher-routes',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = requestPath(request) ?? '';
        if (path.startsWith('/dist/')) {
          const headers = { 'cache-control': 'no-store' };
          if (path.endsWith('.html')) headers['content-security-policy'] = EMBED_CSP;
          void sendFile(request, response, fileIn(REPO, path, ['dist']), { headers });
          return;
        }
        // A fetched article's relative URLs resolve against the article's URL (articles/…).
        if (path.startsWith('/articles/images/')) request.url = request.url.replace('/articles/images/', '/images/');
        next();
      });
    },
  };
}

// Policies: the embed page's (docs/embed.md) and the partner's own pages'.
const EMBED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src http: https: data:; connect-src http: https:; frame-src https:; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html news-elements";
const PARTNER_CSP =
  `default-src 'self'; img-src 'self' ${publisher} data:; connect-src ${publisher}; frame-src ${publisher}; ` +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html news-elements";

const PARTNER_PAGES = { '/': 'demo/partner.html', '/partner.html': 'demo/partner.html', '/partner-frame.html': 'demo/partner-frame.html' };

async function partnerRequest(request, response) {
  const path = requestPath(request) ?? '';
  const headers = { 'cache-control': 'no-store' };
  if (PARTNER_PAGES[path]) {
    const html = (await readFile(join(REPO, PARTNER_PAGES[path]), 'utf8'))
      .replaceAll(WRITTEN.publisher, publisher)
      .replaceAll(WRITTEN.partner, partner)
      .replaceAll(encodeURIComponent(WRITTEN.publisher), encodeURIComponent(publisher));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PARTNER_CSP, ...headers });
    response.end(html);
    return;
  }
  if (path === '/partner.css') return sendFile(request, response, join(REPO, 'demo/partner.css'), { headers });
  return sendFile(request, response, path.startsWith('/dist/') ? fileIn(REPO, path, ['dist']) : undefined, { headers });
}

await buildIfNeeded();

const devServer = await createServer({
  root: join(REPO, 'demo'),
  configFile: join(REPO, 'vite.config.ts'),
  plugins: [publisherRoutes()],
  server: { host: 'localhost', port: publisherPort, strictPort: true, cors: { origin: partner } },
  logLevel: 'warn',
});
await devServer.listen();

const partnerServer = createHttpServer((request, response) => {
  partnerRequest(request, response).catch((error) => {
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`${error.message}\n`);
  });
});
await new Promise((resolve, reject) => {
  partnerServer.once('error', reject);
  partnerServer.listen(partnerPort, '127.0.0.1', resolve);
});

console.log(`Publisher (the demo, and the article JSON with CORS):  ${publisher}/`);
console.log(`Partner (the article by src, syndicated, classic script): ${partner}/`);
console.log(`Partner, the iframe embed:                              ${partner}/partner-frame.html`);
console.log('Ctrl+C stops both.');

const stop = async () => {
  partnerServer.closeAllConnections();
  partnerServer.close();
  await devServer.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
