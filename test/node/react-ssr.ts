/**
 * The Node side of test/frameworks/react-ssr.test.ts: React server renders of `NewsArticle`
 * (from source, with the parse5 twins, as the Node build has it), the package as a fresh
 * consumer imports it in plain Node (the npm build and the Node build, packed into a
 * `node_modules/news-elements` of their own), and React with the component for the browser.
 *
 * React runs in child Node processes, never in the test runner's: a plain server's Node, and
 * React's development build calls `console.createTask`, which the runner's console lacks.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NewsArticleProps } from '../../src/react/index.js';

/** The tests run from the repository's root (as test/node/entry.ts's other calls assume). */
const ROOT = process.cwd();
const CACHE = join(ROOT, 'node_modules', '.cache', `react-ssr-${process.pid}`);
process.once('exit', () => rmSync(CACHE, { recursive: true, force: true }));

/** Runs `code` (an ES module) in a fresh Node process in `cwd`, with `input` on its standard input: its standard output. */
function runNode(code: string, cwd: string, input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(err.trim().split('\n').find((line) => /Error/.test(line)) ?? (err.trim() || `exit code ${code}`)))));
    child.stdin.end(input);
  });
}

/** src/react/index.ts for Node, as scripts/build-node.mjs builds it (react stays an import). */
let source: Promise<string> | undefined;
function reactSource(): Promise<string> {
  return (source ??= (async () => {
    const { build } = await import('esbuild');
    const { nodeTwins } = (await import(pathToFileURL(join(ROOT, 'scripts/node-twins.mjs')).href)) as { nodeTwins(): import('esbuild').Plugin };
    const outfile = join(CACHE, 'react-source.mjs');
    await build({ entryPoints: [join(ROOT, 'src/react/index.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', plugins: [nodeTwins()], logLevel: 'silent' });
    return outfile;
  })());
}

/** `renderToString` in Node of a page with a `NewsArticle` in it: `<main><p>The host page</p><NewsArticle …/></main>`. */
export async function reactRender(article: unknown, props: Omit<NewsArticleProps, 'article'> = {}): Promise<string> {
  const file = await reactSource();
  return runNode(
    `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    import { NewsArticle } from ${JSON.stringify(pathToFileURL(file).href)};
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const { article, props } = JSON.parse(input);
    process.stdout.write(renderToString(createElement('main', null, createElement('p', null, 'The host page'), createElement(NewsArticle, { ...props, article }))));
    `,
    ROOT,
    JSON.stringify({ article, props }),
  );
}

/** The package's public entries, as a consumer imports them. */
const ENTRIES = ['news-elements', 'news-elements/define', 'news-elements/import', 'news-elements/react'];

export interface PackageInNode {
  /** Per entry: `null` when it imported, or what it threw. */
  imports: Record<string, string | null>;
  /** The file `news-elements/react` resolves to in Node, from the package's root. */
  reactFile: string;
  /** A server render through the package's `news-elements/react`, in plain Node. */
  html: string;
}

/**
 * Builds the npm build (vite.config.ts) and the Node build (scripts/build-node.mjs) into
 * `node_modules/news-elements/dist` under a folder of their own, beside this package.json,
 * then imports each entry by its name in a fresh Node process (nothing else loaded first),
 * and server-renders `article` through `news-elements/react`.
 */
export async function packageInNode(article: unknown): Promise<PackageInNode> {
  const pkg = join(CACHE, 'consumer', 'node_modules', 'news-elements');
  await rm(pkg, { recursive: true, force: true });
  await mkdir(pkg, { recursive: true });
  await cp(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, mode: 'production', logLevel: 'silent', build: { outDir: join(pkg, 'dist'), emptyOutDir: true, sourcemap: false } });
  // Not bundled into this file: the script finds package.json from where it is.
  const nodeBuild = (await import(pathToFileURL(join(ROOT, 'scripts/build-node.mjs')).href)) as { buildNode(outdir: string): Promise<void> };
  await nodeBuild.buildNode(join(pkg, 'dist', 'node'));

  const consumer = join(CACHE, 'consumer');
  const imports: Record<string, string | null> = {};
  for (const entry of ENTRIES) {
    try {
      await runNode(`await import(${JSON.stringify(entry)});`, consumer);
      imports[entry] = null;
    } catch (error) {
      imports[entry] = (error as Error).message;
    }
  }
  const stdout = await runNode(
    `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    import { NewsArticle } from 'news-elements/react';
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const html = renderToString(createElement(NewsArticle, { article: JSON.parse(input) }));
    process.stdout.write(JSON.stringify({ reactFile: import.meta.resolve('news-elements/react'), html }));
    `,
    consumer,
    JSON.stringify(article),
  );
  const { reactFile, html } = JSON.parse(stdout) as { reactFile: string; html: string };
  return { imports, reactFile: reactFile.slice(pathToFileURL(pkg).href.length + 1), html };
}
