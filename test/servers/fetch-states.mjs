/**
 * Routes that answer the way real article servers fail, for `<news-article src>` tests.
 * Served by web-test-runner on the tests' own origin (see web-test-runner.config.mjs):
 *
 *   /fetch/article?delay=MS      a valid article with relative image and link URLs
 *   /fetch/seed                  the demo's seed article (demo/articles/seed-gu.json), as JSON
 *   /fetch/wordpress             a WordPress REST post (test/import/fixtures/wordpress-embed.json)
 *   /fetch/page                  an HTML page whose NewsArticle is in JSON-LD
 *   /fetch/status/CODE           an HTTP error with that status
 *   /fetch/not-json              an HTML page
 *   /fetch/invalid               JSON that is not an article
 *   /fetch/oversize-declared     Content-Length above 5 MB (and a short body)
 *   /fetch/oversize-stream       no Content-Length; streams 6 MB
 *   /fetch/hang                  headers and half a body, then nothing
 *   /fetch/slow?id=ID&delay=MS   an article after MS ms; records whether the client went away first
 *   /fetch/log?id=ID             { requested, aborted } for a /fetch/slow request
 *   /fetch/cookie                the Cookie header it was sent, as an article's headline
 *   /fetch/flaky?id=ID&delay=MS  503 the first time for each ID, then the article after MS ms
 */
import { readFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';

const article = (headline = 'Fetched article') =>
  JSON.stringify({
    lang: 'en',
    headline,
    image: { src: 'images/lead.png', alt: 'Lead', width: 4, height: 3 },
    body: [
      { type: 'paragraph', html: 'A <a href="../other.html">relative link</a> and text.' },
      { type: 'image', src: '/fetch/images/body.png', alt: 'Body', width: 4, height: 3 },
      ...Array.from({ length: 6 }, (_, i) => ({ type: 'paragraph', html: `Paragraph ${i + 1} of the fetched article.` })),
    ],
  });

const log = new Map();
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Koa middleware for web-test-runner's dev server. */
export function fetchStates() {
  return async (context, next) => {
    const url = new URL(context.url, 'http://localhost');
    if (!url.pathname.startsWith('/fetch/')) return next();
    const route = url.pathname.slice('/fetch/'.length);
    const { res, req } = context;
    context.set('cache-control', 'no-store');
    if (route === 'article') {
      await wait(Number(url.searchParams.get('delay') ?? 0));
      context.type = 'application/json';
      context.body = article();
    } else if (route === 'wordpress') {
      context.type = 'application/json';
      context.body = await readFile(new URL('../import/fixtures/wordpress-embed.json', import.meta.url), 'utf8');
    } else if (route === 'page') {
      context.type = 'text/html';
      context.body = `<!doctype html><html lang="en"><head><title>A page</title><script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'From a page',
        inLanguage: 'en',
        datePublished: '2024-01-02T03:04:05Z',
        articleBody: 'First paragraph.\n\nSecond paragraph.',
      })}</script></head><body><p>The page</p></body></html>`;
    } else if (route === 'seed') {
      context.type = 'application/json';
      context.body = await readFile(new URL('../../demo/articles/seed-gu.json', import.meta.url), 'utf8');
    } else if (route.startsWith('status/')) {
      context.status = Number(route.slice('status/'.length));
      context.type = 'application/json';
      context.body = '{"error":"nope"}';
    } else if (route === 'not-json') {
      context.type = 'text/html';
      context.body = '<!doctype html><title>Not found</title><p>This is a web page.</p>';
    } else if (route === 'invalid') {
      context.type = 'application/json';
      context.body = '{"title":"A post","content":"not an article"}';
    } else if (route === 'oversize-declared') {
      context.respond = false;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(6 * 1024 * 1024) });
      res.write('{"lang":"en",');
      // The client must give up on the header alone; end the exchange if it does not.
      setTimeout(() => res.destroy(), 2000);
    } else if (route === 'oversize-stream') {
      context.respond = false;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      let sent = 0;
      const push = () => {
        while (sent < 24 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return res.once('drain', push);
        }
        res.end();
      };
      res.write('{"lang":"en","headline":"big","body":[],"pad":"');
      push();
    } else if (route === 'hang') {
      context.respond = false;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.write('{"lang":"en","headline":');
      req.on('close', () => res.destroy());
    } else if (route === 'slow') {
      const id = url.searchParams.get('id');
      const entry = { requested: true, aborted: false };
      log.set(id, entry);
      req.on('close', () => {
        if (!res.writableEnded) entry.aborted = true;
      });
      await wait(Number(url.searchParams.get('delay') ?? 1000));
      context.type = 'application/json';
      context.body = article(`Slow ${id}`);
    } else if (route === 'log') {
      context.type = 'application/json';
      context.body = JSON.stringify(log.get(url.searchParams.get('id')) ?? { requested: false, aborted: false });
    } else if (route === 'flaky') {
      const id = `flaky ${url.searchParams.get('id')}`;
      context.type = 'application/json';
      if (log.has(id)) {
        await wait(Number(url.searchParams.get('delay') ?? 0));
        context.body = article();
      } else {
        log.set(id, true);
        context.status = 503;
        context.body = '{}';
      }
    } else if (route === 'cookie') {
      context.type = 'application/json';
      context.body = article(`cookie: ${req.headers.cookie ?? ''}`);
    } else if (route.startsWith('images/')) {
      // A 4x3 PNG, for the relative image URLs of /fetch/article.
      context.type = 'image/png';
      context.body = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAYAAAC09K7GAAAAEUlEQVR42mNk+M9QzwAEjDAGACCDAv8cI7IoAAAAAElFTkSuQmCC',
        'base64',
      );
    } else {
      context.status = 404;
    }
  };
}
