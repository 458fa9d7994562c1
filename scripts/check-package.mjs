/**
 * `npm run check:package` (CI, after `npm run build`): the package as npm would publish it.
 * Packs dist/ as it is (no build) into a temporary folder, then checks the tarball:
 *
 *   - its files: no hashed chunk that nothing loads (a leftover of an earlier build), and no
 *     source map of the npm build (only the minified bundle's maps are shipped);
 *   - `publint --strict` and `attw --profile esm-only` (bundler and node16 ESM resolution);
 *   - a consumer's strict TypeScript, under `moduleResolution` bundler and node16, compiled
 *     against the package installed from the tarball: importing only from `news-elements` makes
 *     `document.createElement('news-article')` a `NewsArticleElement` and types the elements'
 *     events; every JS entry (`/define`, `/import`, `/news-elements.js`) types; the IIFE's
 *     `NewsElements` global types through `/// <reference types="news-elements/global" />`.
 *
 * Offline: the tarball is extracted into the consumer's node_modules, and the package's
 * dependencies (lit, parse5) are links to this project's. Exits 1 with every tool's output on
 * any problem, and then keeps the temporary folder (its path is printed).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const started = performance.now();
const failures = [];

/** Runs a Node CLI of a devDependency; resolves to { ok, output }. */
async function tool(name, bin, args) {
  const dir = join(root, 'node_modules', name);
  const { bin: bins } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const script = join(dir, typeof bins === 'string' ? bins : bins[bin]);
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { cwd: root, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error) };
  }
}

/** `Equal<A, B>`: true only when A and B are the same type (not when one is `any`). */
const equal = 'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;';

/** The consumer's files, each type-checked as its own program under the resolutions it names. */
const consumerFiles = {
  // Only the main entry: its declarations alone type the tags and the events.
  'main.ts': {
    resolutions: ['bundler', 'node16'],
    text: `import { AdSlotElement, ImageGalleryElement, NewsArticleElement, NewsArticleLoadEvent, parseArticle, type Article } from 'news-elements';
${equal}

const article = document.createElement('news-article');
export const tags: [true, true, true] = [
  true as Equal<typeof article, NewsArticleElement>,
  true as Equal<HTMLElementTagNameMap['image-gallery'], ImageGalleryElement>,
  true as Equal<HTMLElementTagNameMap['ad-slot'], AdSlotElement>,
];
article.addEventListener('news-article-load', (event) => {
  const typed: Equal<typeof event, NewsArticleLoadEvent> = true;
  const headline: string = event.detail.article.headline;
  console.log(typed, headline, event.detail.warnings.length);
});
document.addEventListener('news-article-error', (event) => console.log(event.kind, event.detail.errors.length));
document.querySelector('image-gallery')?.addEventListener('image-gallery-change', (event) => console.log(event.index + 1));
document.body.addEventListener('ad-slot-render', (event) => console.log(event.empty, event.detail.size));
NewsArticleElement.define('my-article');
const result = parseArticle({ headline: 'A headline' });
export const parsed: Article | undefined = result.ok ? result.article : undefined;
`,
  },
  'entries.ts': {
    resolutions: ['bundler', 'node16'],
    text: `import 'news-elements/define';
import { NewsArticleElement, parseArticle, registerTranslation } from 'news-elements/news-elements.js';
import { detectFormat, importArticle, type ImportFormat, type ImportResult } from 'news-elements/import';
import type { Article } from 'news-elements';
${equal}

export const tag: true = true as Equal<HTMLElementTagNameMap['news-article'], NewsArticleElement>;
NewsArticleElement.define('bundled-article');
registerTranslation('gu', {});
export const format: ImportFormat | undefined = detectFormat({});
export const imported: Promise<ImportResult> = importArticle('<p>Text</p>', { format: 'html' });
const result = parseArticle({});
export const article: Article | undefined = result.ok ? result.article : undefined;
`,
  },
  // On a server, news-elements/import also has parseArticle and renderArticleHTML.
  'server.ts': {
    resolutions: ['node16'],
    text: `import { importArticle, parseArticle, renderArticleHTML } from 'news-elements/import';
const result = parseArticle({});
export const html: string | undefined = result.ok ? renderArticleHTML(result.article) : undefined;
export const imported = importArticle({}, { format: 'wordpress' });
`,
  },
  // A page that loads the IIFE with <script src> and has no imports.
  'page.ts': {
    resolutions: ['bundler', 'node16'],
    text: `/// <reference types="news-elements/global" />
${equal}
NewsElements.NewsArticleElement.define('page-article');
const element = document.createElement('news-article');
export const tag: true = true as Equal<typeof element, InstanceType<typeof NewsElements.NewsArticleElement>>;
export const parsed = window.NewsElements.parseArticle({ headline: 'A headline' }).ok;
// @ts-expect-error The global is frozen.
NewsElements.parseArticle = () => ({ ok: false, errors: [] });
`,
  },
};

const tmp = await mkdtemp(join(tmpdir(), 'news-elements-package-'));
try {
  // 1. The tarball, as `npm publish` would make it (no lifecycle scripts: dist/ as built).
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packed = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: root, maxBuffer: 64 << 20, shell: process.platform === 'win32' });
  const [{ filename, files, size, unpackedSize }] = JSON.parse(packed.stdout);
  const tarball = join(tmp, filename);
  const paths = files.map((file) => file.path);
  console.log(`${filename}: ${files.length} files, ${(size / 1024).toFixed(1)} KiB packed, ${(unpackedSize / 1024).toFixed(1)} KiB unpacked`);

  for (const entry of ['dist/index.js', 'dist/define.js', 'dist/import.js', 'dist/news-elements.js', 'dist/news-elements.iife.js', 'dist/types/index.d.ts', 'dist/types/global.d.ts']) {
    if (!paths.includes(entry)) failures.push(`files: ${entry} is not in the tarball (run \`npm run build\` first)`);
  }
  // 2. Its files: every hashed chunk is loaded by another file of the package (Vite's names end in
  //    -<8 characters>.js, esbuild's in -<8 capitals and digits>.js), and the npm build has no maps
  //    (the bundle build's files, and only they, start with V8's compile hint: vite.config.ts).
  const named = new Set(JSON.stringify([pkg.exports, pkg.bin, pkg.main, pkg.module, pkg.unpkg, pkg.jsdelivr]).match(/dist\/[^"]+/g));
  const texts = new Map();
  for (const path of paths.filter((p) => p.endsWith('.js') || p.endsWith('.html'))) texts.set(path, await readFile(join(root, path), 'utf8'));
  for (const path of paths) {
    const name = path.split('/').pop();
    if (!named.has(path) && /-[\w-]{8}\.js$/.test(name) && ![...texts].some(([other, text]) => other !== path && text.includes(name))) {
      failures.push(`files: ${path} is loaded by no other file: a leftover of an earlier build? (\`npm run build\` empties dist/)`);
    }
    if (path.endsWith('.map') && !texts.get(path.slice(0, -4))?.includes('allFunctionsCalledOnLoad')) {
      failures.push(`files: ${path} is a source map of the npm build (only the minified bundle ships maps)`);
    }
  }

  // 3. The consumer: the package installed from the tarball, its dependencies linked.
  const consumer = join(tmp, 'consumer');
  const modules = join(consumer, 'node_modules');
  await mkdir(modules, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', tmp]);
  await rename(join(tmp, 'package'), join(modules, 'news-elements'));
  for (const dependency of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) {
    const from = join(root, 'node_modules', dependency);
    if (!existsSync(from)) continue; // an optional peer that this project does not install
    await mkdir(dirname(join(modules, dependency)), { recursive: true });
    await symlink(from, join(modules, dependency), 'junction');
  }
  await writeFile(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' })}\n`);
  for (const [file, { text }] of Object.entries(consumerFiles)) await writeFile(join(consumer, file), text);

  const [publint, attw, typescript] = await Promise.all([
    tool('publint', 'publint', ['run', tarball, '--strict']),
    tool('@arethetypeswrong/cli', 'attw', [tarball, '--profile', 'esm-only', '--format', 'ascii']),
    compileConsumer(consumer),
  ]);
  // publint exits 0 on suggestions (and, with --strict, 1 on warnings): clean is "All good!".
  // attw exits 1 on a problem in a resolution that the profile does not ignore.
  if (!publint.ok || !/All good!/.test(publint.output)) failures.push(`publint --strict:\n${publint.output}`);
  if (!attw.ok || /❌|💀|⚠️/.test(attw.output.replace(/\(ignored[^)]*\)[^\n]*/g, ''))) failures.push(`attw --profile esm-only:\n${attw.output}`);
  failures.push(...typescript);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    console.error(`\ncheck:package failed (${seconds} s); the tarball and the consumer are in ${tmp}\n`);
    for (const failure of failures) console.error(`✗ ${failure}\n`);
    process.exitCode = 1;
  } else {
    const programs = Object.values(consumerFiles).reduce((n, file) => n + file.resolutions.length, 0);
    console.log(`publint --strict: all good\nattw --profile esm-only: no problems\nconsumer types: ${programs} strict programs (bundler, node16), no errors`);
    console.log(`check:package passed in ${seconds} s`);
  }
} finally {
  if (!process.exitCode) await rm(tmp, { recursive: true, force: true });
}

/**
 * Type-checks each consumer file as its own program (so that one file's imports cannot lend
 * another its globals), under each resolution. Returns the failures, formatted.
 */
async function compileConsumer(consumer) {
  const ts = require('typescript');
  const common = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    // The package's declarations (and lit's, that they import) are checked too; TypeScript's own are not.
    skipLibCheck: false,
    skipDefaultLibCheck: true,
  };
  const resolutions = {
    bundler: { ...common, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
    node16: { ...common, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
  };
  const out = [];
  for (const [resolution, options] of Object.entries(resolutions)) {
    // One parse of each declaration file per resolution, shared by its programs.
    const host = ts.createCompilerHost(options);
    const cache = new Map();
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, ...rest) => {
      const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
      if (!cache.has(key)) cache.set(key, getSourceFile(fileName, languageVersion, ...rest));
      return cache.get(key);
    };
    for (const [file, { resolutions: only }] of Object.entries(consumerFiles)) {
      if (!only.includes(resolution)) continue;
      const program = ts.createProgram([join(consumer, file)], options, host);
      const diagnostics = ts.getPreEmitDiagnostics(program);
      if (diagnostics.length) {
        out.push(`tsc (moduleResolution ${resolution}) ${file}:\n${ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => consumer, getNewLine: () => '\n' })}`);
      }
    }
  }
  return out;
}
