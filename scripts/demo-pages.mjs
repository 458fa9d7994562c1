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
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { loadNodeModule } from './node-module.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const CORPUS = resolve(ROOT, process.env.CORPUS_DIR ?? '../shared/corpus/external');

async function list(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await list(path)));
    else if (entry.name.endsWith('.json')) out.push(relative(CORPUS, path).split(sep).join('/'));
  }
  return out.sort();
}

/** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response @param {() => void} next */
async function serveCorpus(request, response, next) {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!path.startsWith('/corpus/')) return next();
  response.setHeader('cache-control', 'no-store');
  if (!existsSync(CORPUS)) {
    response.statusCode = 404;
    return response.end('no corpus folder (set CORPUS_DIR)');
  }
  const rest = decodeURIComponent(path.slice('/corpus/'.length));
  if (rest === 'index.json') {
    response.setHeader('content-type', 'application/json');
    return response.end(JSON.stringify(await list(CORPUS)));
  }
  const file = resolve(CORPUS, rest);
  if (!file.startsWith(CORPUS + sep) || !existsSync(file)) {
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
