/**
 * Runs library code in Node, as a server would, for browser tests that compare the two
 * sides: `executeServerCommand('node-side', { call: 'parseArticle', args: [input, options] })`
 * resolves to what test/node/entry.ts's export `call` returns for `args` (JSON in, JSON out).
 * The entry is bundled from source with esbuild for Node, with the Node build's twins
 * (scripts/node-twins.mjs: parse5 instead of the DOM), once per test run and again when a
 * source file changes.
 */
import { loadNodeModule } from '../../scripts/node-module.mjs';

export function nodeSidePlugin() {
  let loaded;
  const load = () => loadNodeModule('test/node/entry.ts');
  return {
    name: 'node-side',
    serverStart({ fileWatcher }) {
      // A changed source means a new bundle on the next call.
      fileWatcher?.on('change', () => (loaded = undefined));
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
