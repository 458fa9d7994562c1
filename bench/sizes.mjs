// Transfer sizes of the bundle: raw (as built, minified), gzip level 9, brotli quality 11.
// Also the inline <image-gallery> on its own (a separate esbuild bundle of its module), the
// lazily loaded lightbox chunk of the bundle, and the IIFE beside it (the classic-script
// build: the ES entry's code in a wrapper, loading the same lazy chunks).
//
// `node bench/sizes.mjs [dist/news-elements.js]` prints the files and the size budgets.
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { squeezeTemplates } from '../scripts/minify-templates.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function sizesOf(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

/**
 * The bundle, then the chunks beside it, each measured on its own: every `.js` file the
 * bundle imports (directly or through another chunk, whatever its name: the build may split
 * shared code into a chunk of its own), and any other file whose name starts with
 * "news-elements" or "lightbox". `referenced` tells whether the bundle (or a chunk it
 * references) names the file: `vite build --mode bundle` does not empty dist/, so old
 * chunks may linger there, beside the chunks of the npm build (`vite build`).
 */
export async function bundleSizes(bundlePath) {
  const dir = dirname(bundlePath);
  const main = basename(bundlePath);
  const mainBuf = await readFile(bundlePath);
  const files = [{ file: main, ...sizesOf(mainBuf) }];
  const chunks = [];
  for (const f of (await readdir(dir)).sort()) {
    // The IIFE is the same entry as a classic script, not a chunk (see iifeSizes()).
    if (f === main || !f.endsWith('.js') || f.endsWith('.iife.js')) continue;
    chunks.push({ file: f, buf: await readFile(join(dir, f)) });
  }
  // Follow references from the bundle through the chunks it names. A chunk is `eager` when
  // it is reached by static imports only (the browser fetches it with the bundle), lazy when
  // an `import()` stands on the way.
  const eager = new Set();
  const seen = new Set();
  const queue = [{ text: mainBuf.toString('utf8'), eager: true }];
  while (queue.length) {
    const from = queue.shift();
    for (const c of chunks) {
      const kind = referenceKind(from.text, c.file);
      if (!kind) continue;
      const isEager = from.eager && kind === 'static';
      if (seen.has(c.file) && (!isEager || eager.has(c.file))) continue;
      seen.add(c.file);
      if (isEager) eager.add(c.file);
      queue.push({ text: c.buf.toString('utf8'), eager: isEager });
    }
  }
  for (const c of chunks) {
    const referenced = seen.has(c.file);
    if (!referenced && !/^(news-elements|lightbox)/.test(c.file)) continue;
    const { mtimeMs } = await stat(join(dir, c.file));
    files.push({ file: c.file, chunk: true, referenced, eager: eager.has(c.file), mtimeMs, ...sizesOf(c.buf) });
  }
  return files;
}

/**
 * How `text` (a built chunk) refers to the chunk `file` beside it: 'static'
 * (`import … from"./file"`, `import"./file"`), 'dynamic' (`import("./file")`, or any other
 * mention of "./file"), or null.
 */
function referenceKind(text, file) {
  const name = `./${file}`;
  if (!text.includes(name)) return null;
  const quoted = `[\`'"]${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\`'"]`;
  return new RegExp(`(?:\\bfrom|\\bimport)\\s*${quoted}`).test(text) ? 'static' : 'dynamic';
}

/**
 * The IIFE build beside the ES bundle (`news-elements.js` -> `news-elements.iife.js`), or null
 * when there is none. It loads the ES entry's lazy chunks (scripts/classic-script.mjs), so it
 * is measured on its own, like the entry.
 */
export async function iifeSizes(bundlePath) {
  const path = bundlePath.replace(/\.js$/, '.iife.js');
  if (!existsSync(path)) return null;
  return { file: basename(path), iife: true, ...sizesOf(await readFile(path)) };
}

/**
 * The size budgets: the ES entry at most 26 KB brotli with the ad stack, and at most 22 KB
 * without it; the ad stack's share of the entry at most 4 KB; the IIFE (the entry's code, the
 * same lazy chunks) within 10 % of the entry.
 */
export const BUDGETS = { entryBrotli: 26 * 1024, withoutAdsBrotli: 22 * 1024, adStackBrotli: 4 * 1024, iifeOverEntry: 1.1 };

/**
 * The lightbox chunk among `bundleSizes()`'s files: the newest `lightbox*.js` that the
 * bundle actually imports, lazily (with `import()`), or null.
 */
export function lightboxChunk(files) {
  const found = files.filter((f) => f.chunk && f.referenced && !f.eager && f.file.startsWith('lightbox'));
  return found.sort((a, b) => b.mtimeMs - a.mtimeMs)[0] ?? null;
}

/** The gallery module, relative to the repository root. */
export const GALLERY_ENTRY = 'src/components/image-gallery/image-gallery.ts';
/** The ad element's module: with what it imports statically, the ad stack's share of the entry. */
export const AD_SLOT_ENTRY = 'src/components/ad-slot/ad-slot.ts';

/**
 * Source folders shared with <news-article>: already counted in the bundle, so left out of
 * the inline gallery's size. src/article/ is there because the gallery validates its
 * `images` with the same validator as the article's.
 */
export const SHARED_DIRS = ['src/internal/', 'src/i18n/', 'src/article/'];

/**
 * What the inline <image-gallery> adds to the bundle: its module bundled on its own with
 * esbuild (ESM, minified, es2022, Lit templates squeezed as in the bundle build), with Lit,
 * the shared folders above and the lazily imported lightbox left out.
 * Returns `{ missing: true }` while the gallery's source does not exist, `{ error }` if it
 * does not build, else the sizes plus the shared modules and lazy imports that were left out.
 */
export function inlineGallerySizes(root = ROOT, sharedDirs = SHARED_DIRS) {
  return ownCodeSizes(GALLERY_ENTRY, root, sharedDirs);
}

/**
 * What `<ad-slot>` adds to the entry, measured like the inline gallery: its module and what it
 * imports statically (events, the provider registry, styles), without Lit, the shared folders
 * and its lazy chunks (the fill with consent and viewability, fetched when the first slot
 * connects; the gpt and frame providers, when a slot first uses them).
 */
export function adStackSizes(root = ROOT, sharedDirs = SHARED_DIRS) {
  return ownCodeSizes(AD_SLOT_ENTRY, root, sharedDirs);
}

/** `entryRel` bundled alone: see inlineGallerySizes(). */
export async function ownCodeSizes(entryRel, root = ROOT, sharedDirs = SHARED_DIRS) {
  const entry = join(root, entryRel);
  if (!existsSync(entry)) return { entry: entryRel, missing: true };
  const shared = new Set();
  const lazy = new Set();
  const rel = (path) => relative(root, path).split(sep).join('/');
  /** @type {import('esbuild').Plugin} */
  const plugin = {
    name: 'inline-gallery',
    setup(build) {
      build.onResolve({ filter: /^\.{1,2}\// }, (args) => {
        const path = rel(resolve(args.resolveDir, args.path));
        if (args.kind === 'dynamic-import') {
          lazy.add(path);
          return { path: args.path, external: true };
        }
        if (sharedDirs.some((dir) => path.startsWith(dir))) {
          shared.add(path);
          return { path: args.path, external: true };
        }
        return undefined;
      });
      // The same template squeezing as the bundle build (scripts/minify-templates.mjs).
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!rel(args.path).startsWith('src/')) return undefined;
        return { contents: squeezeTemplates(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
  try {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [entry],
      absWorkingDir: root,
      tsconfig: join(root, 'tsconfig.json'),
      bundle: true,
      write: false,
      format: 'esm',
      minify: true,
      target: 'es2022',
      legalComments: 'none',
      external: ['lit', 'lit/*', '@lit/*'],
      plugins: [plugin],
      logLevel: 'silent',
    });
    const buf = Buffer.from(result.outputFiles[0].contents);
    return { entry: entryRel, shared: [...shared].sort(), lazy: [...lazy].sort(), ...sizesOf(buf) };
  } catch (e) {
    const first = e?.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : '';
    return { entry: entryRel, error: first ? `${where}${first.text}` : String(e?.message ?? e) };
  }
}

/**
 * What an app ships that imports only `names` from the npm build (dist/index.js, from `vite
 * build`): esbuild bundles `import { names } from 'news-elements'` minified, with Lit, and
 * tree-shakes the rest. `null` while dist/index.js is not built.
 */
export async function treeShaken(names, root = ROOT) {
  const index = join(root, 'dist', 'index.js');
  if (!existsSync(index)) return null;
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: `import { ${names.join(', ')} } from ${JSON.stringify(index)};\nglobalThis.used = [${names.join(', ')}];`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return sizesOf(Buffer.from(result.outputFiles[0].contents));
}

/** `node bench/sizes.mjs [bundle]`: the table and the budgets, without running the benchmark. */
async function main() {
  const bundle = resolve(process.argv[2] ?? join(ROOT, 'dist', 'news-elements.js'));
  if (!existsSync(bundle)) {
    process.stderr.write(`sizes: ${relative(process.cwd(), bundle)} not found; run \`vite build --mode bundle\` first.\n`);
    process.exit(1);
  }
  const files = await bundleSizes(bundle);
  const iife = await iifeSizes(bundle);
  const rows = [...files.filter((f) => !f.chunk || f.referenced), ...(iife ? [iife] : [])];
  const label = (f) => f.file + (f.iife ? ' (classic script)' : f.chunk ? (f.eager ? ' (chunk)' : ' (lazy chunk)') : ' (ES entry)');
  const w = Math.max(...rows.map((f) => label(f).length)) + 2;
  const line = (cells) => process.stdout.write(`${cells[0].padEnd(w)}${cells.slice(1).map((c) => String(c).padStart(11)).join('')}\n`);
  line(['file', 'raw', 'gzip -9', 'brotli 11']);
  for (const f of rows) line([label(f), f.raw, f.gzip, f.brotli]);
  const entry = files[0].brotli;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const verdict = (pass) => (pass ? 'PASS' : 'FAIL');
  process.stdout.write(`budget: ES entry <= ${kb(BUDGETS.entryBrotli)} brotli: ${kb(entry)}  ${verdict(entry <= BUDGETS.entryBrotli)}\n`);
  const ads = await adStackSizes();
  if (ads.brotli) {
    const fill = files.find((f) => f.chunk && f.referenced && f.file.startsWith('fill'));
    process.stdout.write(`budget: the ad stack's share of the entry <= ${kb(BUDGETS.adStackBrotli)}: ${kb(ads.brotli)} (${ads.brotli} B)  ${verdict(ads.brotli <= BUDGETS.adStackBrotli)}\n`);
    if (fill) process.stdout.write(`  plus the fill chunk, fetched when the first slot connects: ${fill.brotli} B\n`);
    const without = entry - ads.brotli;
    process.stdout.write(`budget: ES entry without the ad stack <= ${kb(BUDGETS.withoutAdsBrotli)}: ${kb(without)}  ${verdict(without <= BUDGETS.withoutAdsBrotli)}\n`);
  }
  for (const names of [['parseArticle'], ['registerTranslation']]) {
    const shaken = await treeShaken(names);
    if (shaken) process.stdout.write(`an app that imports only ${names.join(', ')} from the npm build ships ${shaken.raw} B minified, ${shaken.brotli} B brotli\n`);
  }
  if (iife) {
    const ratio = iife.brotli / entry;
    process.stdout.write(`budget: IIFE within 10 % of the ES entry: ${kb(iife.brotli)}, ${((ratio - 1) * 100).toFixed(1)} % more  ${verdict(ratio <= BUDGETS.iifeOverEntry)}\n`);
  } else process.stdout.write('budget: IIFE: not built\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
