/**
 * The Node build: dist/node/cli.js (the `news-elements` command), dist/node/import.js
 * (importers, parseArticle and renderArticleHTML for servers) and dist/node/react.js (the
 * React component for server renders), bundled with esbuild for Node 20, with the parse5
 * twins of the DOM modules (scripts/node-twins.mjs). Dependencies (parse5, and the optional
 * peer react) stay imports.
 *
 * `buildNode(outdir)` is the same build elsewhere (test/node/react-ssr.ts packs it).
 */
import { build } from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeTwins } from './node-twins.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function buildNode(outdir = join(ROOT, 'dist/node')) {
  await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli/bin.ts', import: 'src/node/import.ts', react: 'src/react/index.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    packages: 'external',
    plugins: [nodeTwins()],
    define: { __NEWS_ELEMENTS_VERSION__: JSON.stringify(pkg.version) },
    legalComments: 'none',
    logLevel: 'warning',
  });
  await chmod(join(outdir, 'cli.js'), 0o755);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildNode();
