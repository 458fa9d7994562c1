/**
 * The folder of real article documents from public projects (WordPress, Arc ANS, Apple News
 * Format, BBC, FT), which lives outside the repository and is never copied into it:
 * `CORPUS_DIR`, default `../shared/corpus/external` relative to the repository. Used by the
 * test server, the demo's dev server and the importers' benchmark.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

const REPO = resolve(new URL('..', import.meta.url).pathname);
export const CORPUS_DIR = resolve(REPO, process.env.CORPUS_DIR ?? '../shared/corpus/external');

/** Whether the folder is on this machine. */
export const hasCorpus = () => existsSync(CORPUS_DIR);

/** Its .json documents, as sorted paths relative to the folder with `/` separators. */
export async function listCorpus(dir = CORPUS_DIR) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listCorpus(path)));
    else if (entry.name.endsWith('.json')) out.push(relative(CORPUS_DIR, path).split(sep).join('/'));
  }
  return out.sort();
}

/** The absolute path of document `rel` (decoded, from a URL), or `null` outside the folder or missing. */
export function corpusFile(rel) {
  const file = resolve(CORPUS_DIR, rel);
  return file.startsWith(CORPUS_DIR + sep) && existsSync(file) ? file : null;
}
