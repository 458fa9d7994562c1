/**
 * Loads a source module of the library as the Node build runs it: bundled with esbuild for
 * Node, with the parse5 twins of the DOM modules (node-twins.mjs), into node_modules/.cache
 * (inside the repository, so its packages resolve), then imported. For build-time and test
 * code that needs the server side: the demo's no-JS page, the tests' Node side.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeTwins } from './node-twins.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
let built = 0;

/** The module `entry` (a path from the repository root) for Node; a new bundle on each call. */
export async function loadNodeModule(entry) {
  const dir = join(ROOT, 'node_modules', '.cache', `node-module-${process.pid}`);
  if (!built) process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  await mkdir(dir, { recursive: true });
  const outfile = join(dir, `${entry.replace(/\W+/g, '-')}-${++built}.mjs`);
  await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    packages: 'external',
    plugins: [nodeTwins()],
    logLevel: 'silent',
    define: { __NEWS_ELEMENTS_VERSION__: '"dev"' },
  });
  return import(pathToFileURL(outfile).href);
}
