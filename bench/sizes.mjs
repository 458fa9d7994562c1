// Transfer sizes of the bundle: raw (as built, minified), gzip level 9, brotli quality 11.
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
 * The bundle, then every other `.js` file beside it whose name starts with
 * "news-elements" or "lightbox" (lazy chunks), each measured on its own.
 * `referenced` tells whether the bundle (or a chunk it references) names the file:
 * `vite build --mode bundle` does not empty dist/, so old chunks may linger there.
 */
export async function bundleSizes(bundlePath) {
  const dir = dirname(bundlePath);
  const main = basename(bundlePath);
  const mainBuf = await readFile(bundlePath);
  const files = [{ file: main, ...sizesOf(mainBuf) }];
  const chunks = [];
  for (const f of (await readdir(dir)).sort()) {
    if (f === main || !f.endsWith('.js') || !/^(news-elements|lightbox)/.test(f)) continue;
    chunks.push({ file: f, buf: await readFile(join(dir, f)) });
  }
  // Follow references from the bundle through the chunks it names.
  const seen = new Set();
  const queue = [mainBuf.toString('utf8')];
  while (queue.length) {
    const text = queue.pop();
    for (const c of chunks) {
      if (!seen.has(c.file) && text.includes(c.file)) {
        seen.add(c.file);
        queue.push(c.buf.toString('utf8'));
      }
    }
  }
  for (const c of chunks) files.push({ file: c.file, chunk: true, referenced: seen.has(c.file), ...sizesOf(c.buf) });
  return files;
}
