/**
 * Serves the folder of real article documents from public projects (WordPress, Arc ANS,
 * Apple News Format, BBC, FT), which lives outside the repository and is never copied into
 * it: `CORPUS_DIR`, default `../shared/corpus/external` relative to the repository.
 *
 *   GET /corpus/index.json   the files (relative paths), or 404 when the folder is absent
 *   GET /corpus/<path>       one file
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

const REPO = resolve(new URL('../..', import.meta.url).pathname);
export const CORPUS_DIR = resolve(REPO, process.env.CORPUS_DIR ?? '../shared/corpus/external');

async function list(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await list(path)));
    else if (entry.name.endsWith('.json')) out.push(relative(CORPUS_DIR, path).split(sep).join('/'));
  }
  return out.sort();
}

export function corpus() {
  return async (context, next) => {
    if (!context.path.startsWith('/corpus/')) return next();
    context.set('cache-control', 'no-store');
    if (!existsSync(CORPUS_DIR)) {
      context.status = 404;
      context.body = `no corpus folder at ${CORPUS_DIR} (set CORPUS_DIR)`;
      return;
    }
    const rest = decodeURIComponent(context.path.slice('/corpus/'.length));
    if (rest === 'index.json') {
      context.type = 'application/json';
      context.body = JSON.stringify(await list(CORPUS_DIR));
      return;
    }
    const file = resolve(CORPUS_DIR, rest);
    if (!file.startsWith(CORPUS_DIR + sep) || !existsSync(file)) {
      context.status = 404;
      return;
    }
    // Sent as text: the test server would turn a .json request into a module.
    context.type = 'text/plain; charset=utf-8';
    context.body = await readFile(file, 'utf8');
  };
}
