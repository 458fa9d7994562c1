/**
 * The Node build: dist/node/cli.js (the `news-elements` command) and dist/node/import.js
 * (importers, parseArticle and renderArticleHTML for servers), bundled with esbuild for Node
 * 20, with the parse5 twins of the DOM modules (scripts/node-twins.mjs). Dependencies (parse5)
 * stay imports.
 */
import { build } from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';
import { nodeTwins } from './node-twins.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { cli: 'src/cli/bin.ts', import: 'src/node/import.ts' },
  outdir: 'dist/node',
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
await chmod('dist/node/cli.js', 0o755);
