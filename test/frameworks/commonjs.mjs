/**
 * Test-server plugin (web-test-runner.config.mjs): `import { createElement } from 'react'` and
 * `import { createRoot } from 'react-dom/client'` in a browser test. React ships CommonJS
 * only, which the test server does not convert, so these specifiers are served as ES modules
 * that esbuild bundles once per run (React's development build, with its warnings), with one
 * shared chunk: one React on the page whichever of them a test imports.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const SPECIFIERS = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];
const PREFIX = '/__commonjs__/';
const fileOf = (specifier) => `${specifier.replace(/\//g, '__')}.js`;

export function commonJsPlugin() {
  let served;
  return {
    name: 'commonjs-modules',
    resolveImport({ source }) {
      return SPECIFIERS.includes(source) ? `${PREFIX}${fileOf(source)}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      served ??= bundle();
      const body = (await served).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

/** file name → code: one entry per specifier, re-exporting its CommonJS exports by name, and the chunks they share. */
async function bundle() {
  // Their export names, from a Node of their own (React's development build, loaded in the
  // test runner, would use console methods the runner's console does not have).
  const code = `process.stdout.write(JSON.stringify(${JSON.stringify(SPECIFIERS)}.map((s) => Object.keys(require(s)))))`;
  const names = JSON.parse(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }));
  const exportsOf = new Map(SPECIFIERS.map((specifier, i) => [specifier, names[i].filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default')]));
  const result = await build({
    entryPoints: SPECIFIERS.map((specifier) => ({ in: `commonjs:${specifier}`, out: fileOf(specifier).slice(0, -3) })),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: '/out',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'commonjs-entries',
        setup(b) {
          b.onResolve({ filter: /^commonjs:/ }, (args) => ({ path: args.path.slice('commonjs:'.length), namespace: 'commonjs-entry' }));
          b.onLoad({ filter: /.*/, namespace: 'commonjs-entry' }, (args) => {
            const contents = `import m from ${JSON.stringify(args.path)};\nexport default m;\nexport const { ${exportsOf.get(args.path).join(', ')} } = m;\n`;
            return { contents, resolveDir: process.cwd(), loader: 'js' };
          });
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [file.path.slice('/out/'.length), file.text]));
}
