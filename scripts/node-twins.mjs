/**
 * An esbuild plugin for the Node build: a source module `x.ts` that has a twin `x.node.ts`
 * beside it is replaced by the twin (the browser's DOM-based parse and sanitizer by their
 * parse5-based twins). What the twins import from each other is left alone.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** @returns {import('esbuild').Plugin} */
export function nodeTwins() {
  return {
    name: 'node-twins',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        if (args.importer.endsWith('.node.ts') && args.path.endsWith('.node.js')) return undefined;
        const twin = resolve(args.resolveDir || dirname(args.importer), args.path.replace(/\.js$/, '.node.ts'));
        return existsSync(twin) && twin !== args.importer ? { path: twin } : undefined;
      });
    },
  };
}
