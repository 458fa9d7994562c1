/**
 * Runs library code in Node, as a server would, for browser tests that compare the two
 * sides: `executeServerCommand('node-side', { call: 'parseArticle', args: [input, options] })`
 * resolves to what test/node/entry.ts's export `call` returns for `args` (JSON in, JSON out).
 * The entry is bundled from source with esbuild for Node, with the Node build's twins
 * (scripts/node-twins.mjs: parse5 instead of the DOM), once per test run and again when a
 * source file changes.
 */
import { build } from 'esbuild';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeTwins } from '../../scripts/node-twins.mjs';

export function nodeSidePlugin() {
  let dir;
  let loaded;
  const load = async () => {
    // Inside the repository, so that the bundle's packages (parse5, …) resolve from node_modules.
    dir ??= join('node_modules', '.cache', `node-side-${process.pid}`);
    await mkdir(dir, { recursive: true });
    const outfile = join(dir, `entry-${Date.now()}.mjs`);
    await build({
      entryPoints: ['test/node/entry.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      packages: 'external',
      plugins: [nodeTwins()],
      logLevel: 'silent',
      define: { __NEWS_ELEMENTS_VERSION__: '"test"' },
    });
    return import(pathToFileURL(join(process.cwd(), outfile)).href);
  };
  return {
    name: 'node-side',
    serverStart({ fileWatcher }) {
      // A changed source means a new bundle on the next call.
      fileWatcher?.on('change', () => (loaded = undefined));
    },
    async serverStop() {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
    async executeCommand({ command, payload }) {
      if (command !== 'node-side') return undefined;
      loaded ??= load();
      const entry = await loaded;
      const fn = entry[payload?.call];
      if (typeof fn !== 'function') throw new Error(`node-side: test/node/entry.ts has no export "${payload?.call}"`);
      return JSON.parse(JSON.stringify((await fn(...(payload.args ?? []))) ?? null));
    },
  };
}
