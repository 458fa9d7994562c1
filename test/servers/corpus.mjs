/**
 * Serves the folder of real article documents from public projects (WordPress, Arc ANS,
 * Apple News Format, BBC, FT), which lives outside the repository and is never copied into
 * it: `CORPUS_DIR`, default `../shared/corpus/external` relative to the repository.
 *
 *   GET /corpus/index.json   the files (relative paths), or 404 when the folder is absent
 *   GET /corpus/<path>       one file
 */
import { readFile } from 'node:fs/promises';
import { CORPUS_DIR, corpusFile, hasCorpus, listCorpus } from '../../scripts/corpus.mjs';

export function corpus() {
  return async (context, next) => {
    if (!context.path.startsWith('/corpus/')) return next();
    context.set('cache-control', 'no-store');
    if (!hasCorpus()) {
      context.status = 404;
      context.body = `no corpus folder at ${CORPUS_DIR} (set CORPUS_DIR)`;
      return;
    }
    const rest = decodeURIComponent(context.path.slice('/corpus/'.length));
    if (rest === 'index.json') {
      context.type = 'application/json';
      context.body = JSON.stringify(await listCorpus());
      return;
    }
    const file = corpusFile(rest);
    if (!file) {
      context.status = 404;
      return;
    }
    // Sent as text: the test server would turn a .json request into a module.
    context.type = 'text/plain; charset=utf-8';
    context.body = await readFile(file, 'utf8');
  };
}
