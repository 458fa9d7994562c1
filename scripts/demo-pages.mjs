/**
 * Vite plugin for the demo's pages about other systems and no JavaScript:
 *
 * - `nojs.html`: its `<!-- seed article -->` marker becomes the seed article's HTML-first
 *   markup (renderArticleHTML, run as a server runs it), so the page shows what a reader
 *   without JavaScript, a reader view or a crawler gets. It loads no script.
 * - `/corpus/index.json` and `/corpus/<path>` (dev server only): the folder of real documents
 *   from other systems (../shared/corpus/external, or CORPUS_DIR), which the import page
 *   renders through the importers. Nothing of it is copied into the build.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { corpusFile, hasCorpus, listCorpus } from './corpus.mjs';
import { loadNodeModule } from './node-module.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);

/** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response @param {() => void} next */
async function serveCorpus(request, response, next) {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!path.startsWith('/corpus/')) return next();
  response.setHeader('cache-control', 'no-store');
  if (!hasCorpus()) {
    response.statusCode = 404;
    return response.end('no corpus folder (set CORPUS_DIR)');
  }
  const rest = decodeURIComponent(path.slice('/corpus/'.length));
  if (rest === 'index.json') {
    response.setHeader('content-type', 'application/json');
    return response.end(JSON.stringify(await listCorpus()));
  }
  const file = corpusFile(rest);
  if (!file) {
    response.statusCode = 404;
    return response.end();
  }
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(await readFile(file, 'utf8'));
}

export function demoPages() {
  return {
    name: 'news-elements:demo-pages',
    configureServer(server) {
      server.middlewares.use((request, response, next) => void serveCorpus(request, response, next).catch(next));
    },
    async transformIndexHtml(html, context) {
      if (!context.filename.endsWith('nojs.html')) return html;
      const { renderArticleHTML } = await loadNodeModule('src/article/render-html.ts');
      const seed = JSON.parse(await readFile(join(ROOT, 'demo/articles/seed-gu.json'), 'utf8'));
      return html.replace('<!-- seed article -->', renderArticleHTML(seed));
    },
  };
}
