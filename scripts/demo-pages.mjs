/**
 * Vite plugins for the demo's server-side part and its page about other systems:
 *
 * - `<!-- article NAME -->` in a page becomes the HTML-first markup of demo/articles/NAME.json
 *   (renderArticleHTML, run as a server runs it), in the build and in the dev server alike.
 *   The pages that show an article (articles, events, themes) are served with it inside their
 *   `<news-article>`, as a publisher's server would serve them: it paints before any script
 *   has run, its lead image is in the markup for the browser to find, and the element reads
 *   it as its article (preloadChildrenReader, below, fetches that code early). `nojs.html`
 *   has the same markup and loads no script, so it shows what a reader without JavaScript, a
 *   reader view or a crawler gets.
 * - `/corpus/index.json` and `/corpus/<path>` (dev server only): the folder of real documents
 *   from other systems (../shared/corpus/external, or CORPUS_DIR), which the import page
 *   renders through the importers. Nothing of it is copied into the build.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
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

/** Where a page wants an article's markup: `<!-- article seed-gu -->`. */
const ARTICLE = /<!-- article ([\w-]+) -->/g;

export function demoPages() {
  /** renderArticleHTML for Node, bundled once (again in the dev server after a change to the library's source). */
  let renderer;
  return {
    name: 'news-elements:demo-pages',
    configureServer(server) {
      server.middlewares.use((request, response, next) => void serveCorpus(request, response, next).catch(next));
      server.watcher.on('change', (file) => {
        if (resolve(file).startsWith(join(ROOT, 'src') + sep)) renderer = undefined;
      });
    },
    async transformIndexHtml(html) {
      const names = new Set(Array.from(html.matchAll(ARTICLE), (match) => match[1]));
      if (!names.size) return html;
      const { renderArticleHTML } = await (renderer ??= loadNodeModule('src/article/render-html.ts'));
      const markup = new Map();
      for (const name of names) {
        const article = JSON.parse(await readFile(join(ROOT, 'demo/articles', `${name}.json`), 'utf8'));
        markup.set(name, renderArticleHTML(article));
      }
      return html.replace(ARTICLE, (_, name) => markup.get(name));
    },
  };
}

/**
 * Vite plugin for the demo build: a page that comes with an article's markup and loads the
 * elements also preloads the code that reads that markup (`<news-article>`'s lazy chunk for
 * HTML children and the chunks it imports), which the element asks for as soon as it is
 * defined: fetched beside the elements' own chunk instead of one round trip after it.
 */
export function preloadChildrenReader() {
  return {
    name: 'news-elements:demo-preload-children-reader',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle || !html.includes('<script type="module"') || !/<news-article\b[^>]*>\s*<article\b/.test(html)) return html;
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const reader = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/components/news-article/read-children.ts'));
        if (!reader) return html;
        const files = new Set();
        const add = (file) => {
          if (files.has(file)) return;
          files.add(file);
          for (const imported of bundle[file]?.imports ?? []) add(imported);
        };
        add(reader.fileName);
        // Not the chunks the page already loads.
        for (const file of html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)) files.delete(file[1]);
        return {
          html,
          // At low priority: the page paints without it, and the elements' chunk comes first.
          tags: [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: `./${file}` }, injectTo: 'head' })),
        };
      },
    },
  };
}
