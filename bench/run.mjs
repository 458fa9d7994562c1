#!/usr/bin/env node
// news-elements benchmark: main-thread CPU of rendering an article with <news-article>
// against one innerHTML assignment of the same content, plus the bundle's transfer size.
// See bench/README.md. Usage: node bench/run.mjs [--quick] [--sizes 20,100] [--bundle PATH] [--compare PATH]
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_PATH, launchChromium } from '../scripts/chromium.mjs';
import { prng } from './generate.mjs';
import { startServer } from './server.mjs';
import { bundleSizes, iifeSizes, inlineGallerySizes, lightboxChunk } from './sizes.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const SEED = 20240727;
const WARMUP = 2;
const SIZES = [20, 100, 1000];
const TARGET_RATIO = 1.3;
// The ES entry: news-article with src, embedding and reader features + ad-slot + the inline gallery.
// The ES entry with the ad stack (22 KB without it: bench/sizes.mjs checks that too).
const TARGET_BROTLI = 26 * 1024;
const TARGET_GALLERY_BROTLI = 4 * 1024;
const TARGET_LIGHTBOX_BROTLI = 4 * 1024;
const CONTENDERS = [
  { id: 'news-article', label: 'news-article' },
  { id: 'innerHTML', label: 'innerHTML baseline' },
  // The first render plus what the element does when the browser is idle after it (JSON-LD,
  // reading progress, the reader-view copy of the article in the light DOM): not in the
  // ratio, which is the first render's; reported beside it.
  { id: 'news-article-idle', label: '+ idle work' },
];
const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

const USAGE = `Usage: node bench/run.mjs [options]   (npm run bench builds the bundle first)

  --quick           fewer iterations (a rough number in about a third of the time)
  --sizes 20,100    body sizes to run (default 20,100,1000; up to 30 blocks: seed-shaped)
  --iterations N    iterations per size and contender, including ${WARMUP} warm-up runs
  --bundle PATH     bundle to measure (default dist/news-elements.js)
  --compare PATH    also measure <news-article> from another bundle, interleaved with the
                    first, and print the pairwise difference (an A/B on the same conditions)
  --cold            skip the page warm-up (shared first-use costs: ICU data, fonts, image
                    decoder are then included on both sides)
  --help            this text

Environment: CHROME_PATH (default: /usr/bin/chromium, else an installed Chrome or Chromium).
`;

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { quick: false, cold: false, sizes: SIZES, iterations: null, bundle: join(ROOT, 'dist', 'news-elements.js'), compare: null };
  for (let i = 0; i < argv.length; i++) {
    let [flag, value] = argv[i].split(/=(.*)/s, 2);
    const next = () => {
      if (value !== undefined) return value;
      value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return value;
    };
    switch (flag) {
      case '--quick':
        opts.quick = true;
        break;
      case '--cold':
        opts.cold = true;
        break;
      case '--sizes':
        opts.sizes = next()
          .split(',')
          .filter(Boolean)
          .map((s) => {
            const n = Number(s);
            if (!Number.isInteger(n) || n < 1 || n > 20000) throw new UsageError(`bad size "${s}" in --sizes`);
            return n;
          });
        if (!opts.sizes.length) throw new UsageError('--sizes is empty');
        break;
      case '--iterations': {
        const n = Number(next());
        if (!Number.isInteger(n) || n <= WARMUP) throw new UsageError(`--iterations must be an integer > ${WARMUP}`);
        opts.iterations = n;
        break;
      }
      case '--bundle':
        opts.bundle = resolve(next());
        break;
      case '--compare':
        opts.compare = resolve(next());
        break;
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown argument "${argv[i]}"`);
    }
  }
  return opts;
}

/** Iterations per size, warm-up included. */
function iterationsFor(blocks, opts) {
  if (opts.iterations) return opts.iterations;
  if (opts.quick) return blocks >= 1000 ? 5 : 7;
  return blocks >= 1000 ? 9 : 15;
}

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const median = quantile(s, 0.5);
  const p25 = quantile(s, 0.25);
  const p75 = quantile(s, 0.75);
  return {
    median: round(median),
    p25: round(p25),
    p75: round(p75),
    min: round(s[0]),
    max: round(s[s.length - 1]),
    iqrPct: round(median ? ((p75 - p25) / median) * 100 : 0, 1),
    n: s.length,
  };
}

/**
 * The median of `b[i] - a[i]`, with a 90 % bootstrap interval (2000 resamples, a fixed
 * seed so that the same samples give the same interval).
 */
function difference(b, a) {
  const d = b.map((x, i) => x - a[i]);
  const random = prng(1);
  const medians = [];
  for (let k = 0; k < 2000; k++) medians.push(stats(d.map(() => d[Math.floor(random() * d.length)])).median);
  medians.sort((x, y) => x - y);
  return { median: stats(d).median, low: quantile(medians, 0.05), high: quantile(medians, 0.95) };
}

const round = (x, d = 3) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);
const pad = (s, n) => String(s).padStart(n);
const padEnd = (s, n) => String(s).padEnd(n);
const ms = (x) => (x == null ? '-' : x >= 100 ? x.toFixed(1) : x.toFixed(2));
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const int = (n) => n.toLocaleString('en-US');

/**
 * One measurement in a fresh page: load the page (which generates the article and imports
 * the bundle), settle, snapshot CDP metrics, run the contender (until its frame has been
 * rendered), snapshot again. Returns the deltas in milliseconds.
 */
async function measureOnce(context, origin, bundleUrl, contender, blocks, cold) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const url = `${origin}/?blocks=${blocks}&seed=${SEED}&bundle=${encodeURIComponent(bundleUrl)}${cold ? '&warm=0' : ''}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench && (window.__bench.ready || window.__bench.error), null, {
      timeout: 30000,
    });
    const pageError = await page.evaluate(() => window.__bench.error);
    if (pageError) throw new Error(`bench page failed to start: ${pageError}`);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.evaluate(() => window.__bench.settle());

    const before = await snapshot(cdp);
    const info = await page.evaluate((name) => window.__bench.run(name), contender);
    const after = await snapshot(cdp);

    await cdp.send('Performance.disable');
    await cdp.detach();
    const census = await page.evaluate(() => window.__bench.census());
    if (errors.length) throw new Error(`uncaught error in the page: ${errors[0]}`);
    const delta = {};
    for (const m of METRICS) delta[m] = (after[m] - before[m]) * 1000;
    delta.Nodes = after.Nodes - before.Nodes;
    return { ...delta, warnings: info?.warnings ?? 0, census };
  } finally {
    await page.close().catch(() => {});
  }
}

async function snapshot(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

function summarize(samples) {
  const out = {};
  for (const m of METRICS) out[m] = stats(samples.map((s) => s[m]));
  out.Nodes = stats(samples.map((s) => s.Nodes));
  return out;
}

function progress(text) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
}

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  const bundleRel = relative(process.cwd(), opts.bundle) || opts.bundle;

  if (!existsSync(opts.bundle)) {
    process.stderr.write(
      `bench: ${bundleRel} is missing. Build it with \`npx vite build --mode bundle\` ` +
        '(`npm run bench` does this for you), or pass --bundle PATH.\n',
    );
    process.exit(1);
  }
  if (opts.compare && !existsSync(opts.compare)) {
    process.stderr.write(`bench: ${opts.compare} (--compare) is missing.\n`);
    process.exit(1);
  }
  if (!existsSync(CHROME_PATH)) {
    process.stderr.write(`bench: Chromium not found at ${CHROME_PATH} (set CHROME_PATH).\n`);
    process.exit(1);
  }

  const sizes = await bundleSizes(opts.bundle);
  const iife = await iifeSizes(opts.bundle); // the classic-script build beside it, if built
  const gallery = await inlineGallerySizes();
  const server = await startServer({ bundleDir: dirname(opts.bundle) });
  const bundleUrl = `/dist/${encodeURIComponent(basename(opts.bundle))}`;
  // --compare: the other bundle from a server of its own (its chunks beside it), as a third contender.
  const compareServer = opts.compare ? await startServer({ bundleDir: dirname(opts.compare) }) : null;
  const lineup = opts.compare ? [...CONTENDERS, { id: 'compare', label: 'news-article B' }] : CONTENDERS;
  const where = (id) =>
    id === 'compare'
      ? { origin: compareServer.origin, bundleUrl: `/dist/${encodeURIComponent(basename(opts.compare))}`, contender: 'news-article' }
      : { origin: server.origin, bundleUrl, contender: id };
  const browser = await launchChromium([
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--js-flags=--expose-gc',
  ]);
  const browserVersion = browser.version();
  const stopping = async () => {
    await browser.close().catch(() => {});
    await server.close();
    await compareServer?.close();
  };
  process.once('SIGINT', () => stopping().then(() => process.exit(130)));

  const results = [];
  let overhead = null;
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      locale: 'en-US',
      serviceWorkers: 'block',
    });

    // The harness' own cost: a fresh page, the CDP round trip and one frame, rendering nothing.
    const noopRuns = opts.quick ? 5 : 7;
    const noop = [];
    for (let i = 0; i < noopRuns; i++) {
      progress(`harness overhead ${i + 1}/${noopRuns}`);
      const r = await measureOnce(context, server.origin, bundleUrl, 'noop', 10, opts.cold);
      if (i >= WARMUP) noop.push(r);
    }
    overhead = summarize(noop);

    for (const blocks of opts.sizes) {
      const n = iterationsFor(blocks, opts);
      const samples = Object.fromEntries(lineup.map((c) => [c.id, []]));
      const last = {};
      for (let i = 0; i < n; i++) {
        // Alternate the order so slow drift on a shared machine hits both sides alike.
        const order = i % 2 === 0 ? lineup : [...lineup].reverse();
        for (const c of order) {
          progress(`${blocks} blocks: iteration ${i + 1}/${n} ${c.label}`);
          const at = where(c.id);
          const r = await measureOnce(context, at.origin, at.bundleUrl, at.contender, blocks, opts.cold);
          last[c.id] = r;
          if (i >= WARMUP) samples[c.id].push(r);
        }
      }
      const contenders = {};
      for (const c of lineup) {
        contenders[c.id] = {
          label: c.label,
          ...summarize(samples[c.id]),
          warnings: last[c.id].warnings,
          census: last[c.id].census,
          samples: samples[c.id].map(({ census, ...s }) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)]))),
        };
      }
      const a = samples['news-article'].map((s) => s.TaskDuration);
      const b = samples.innerHTML.map((s) => s.TaskDuration);
      const ratio = contenders['news-article'].TaskDuration.median / contenders.innerHTML.TaskDuration.median;
      const oh = overhead.TaskDuration.median;
      const netRatio =
        (contenders['news-article'].TaskDuration.median - oh) / Math.max(1e-6, contenders.innerHTML.TaskDuration.median - oh);
      // Pairwise (same iteration) ratios: less sensitive to drift than the ratio of medians.
      const pairRatio = stats(a.map((x, i) => x / b[i]));
      // --compare: B - A of the same iteration (measured next to each other), and its median's 90 % interval.
      const compare = opts.compare ? difference(samples.compare.map((s) => s.TaskDuration), a) : undefined;
      results.push({ blocks, iterations: n, warmup: WARMUP, contenders, ratio: round(ratio), netRatio: round(netRatio), pairRatio, compare });
    }
    await context.close();
  } finally {
    progress('');
    await stopping();
  }

  // ---- report ----
  const lines = [];
  const out = (s = '') => lines.push(s);
  out(`news-elements bench: main-thread CPU time (CDP TaskDuration, thread ticks), median of measured runs`);
  out(`bundle ${bundleRel} | Chromium ${browserVersion} | Node ${process.versions.node} | ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}${opts.quick ? ' | --quick' : ''}${opts.cold ? ' | --cold' : ''}`);
  out();
  out(`${padEnd('blocks', 7)}${padEnd('contender', 20)}${pad('CPU ms', 9)}${pad('IQR', 7)}${pad('script', 9)}${pad('layout', 9)}${pad('style', 9)}${pad('runs', 6)}`);
  for (const r of results) {
    for (const c of lineup) {
      const x = r.contenders[c.id];
      out(
        `${padEnd(r.blocks, 7)}${padEnd(c.label, 20)}${pad(ms(x.TaskDuration.median), 9)}${pad(`${Math.round(x.TaskDuration.iqrPct)}%`, 7)}` +
          `${pad(ms(x.ScriptDuration.median), 9)}${pad(ms(x.LayoutDuration.median), 9)}${pad(ms(x.RecalcStyleDuration.median), 9)}${pad(x.TaskDuration.n, 6)}`,
      );
    }
    out(
      `${padEnd(r.blocks, 7)}${padEnd('ratio', 20)}${pad(r.ratio.toFixed(2), 9)}` +
        `   (pairwise median ${r.pairRatio.median.toFixed(2)}, net of harness ${r.netRatio.toFixed(2)})`,
    );
    const idle = r.contenders['news-article-idle'];
    if (idle) {
      const extra = idle.TaskDuration.median - r.contenders['news-article'].TaskDuration.median;
      out(`${padEnd(r.blocks, 7)}${padEnd('idle work', 20)}${pad(ms(extra), 9)}   (ratio with it ${(idle.TaskDuration.median / r.contenders.innerHTML.TaskDuration.median).toFixed(2)}, after the first paint)`);
    }
    if (r.compare) {
      const { median, low, high } = r.compare;
      const bRatio = r.contenders.compare.TaskDuration.median / r.contenders.innerHTML.TaskDuration.median;
      out(`${padEnd(r.blocks, 7)}${padEnd('ratio B', 20)}${pad(bRatio.toFixed(2), 9)}   (B - A pairwise: ${median.toFixed(2)} ms, 90 % interval ${low.toFixed(2)} to ${high.toFixed(2)})`);
    }
    out();
  }
  out(`harness overhead (fresh page, CDP round trip, one empty frame): ${ms(overhead.TaskDuration.median)} ms, included in every row above`);
  out('IQR = interquartile range / median of the CPU-ms samples (spread of one contender).');

  // Fairness checks, outside the measurement: did the element render everything the baseline did?
  for (const r of results) {
    const e = r.contenders['news-article'];
    const b = r.contenders.innerHTML;
    const missing = ['links', 'images', 'headings'].filter((k) => e.census[k] < b.census[k]);
    if (missing.length)
      out(`note: at ${r.blocks} blocks news-article rendered fewer ${missing.join(', ')} than the baseline (${missing.map((k) => `${e.census[k]} vs ${b.census[k]}`).join(', ')}): the comparison is not like for like`);
    if (e.census.textChars < b.census.textChars * 0.95)
      out(`note: at ${r.blocks} blocks news-article rendered ${int(e.census.textChars)} text characters, the baseline ${int(b.census.textChars)}`);
    if (e.warnings) out(`note: at ${r.blocks} blocks news-article reported ${e.warnings} warning(s) on the generated article`);
  }
  out();

  const tag = (s) => (!s.chunk ? '' : !s.referenced ? ' (stale? not imported)' : s.eager ? ' (chunk, loads with it)' : ' (lazy chunk)');
  const w = Math.max(27, ...sizes.map((s) => (s.file + tag(s)).length)) + 2;
  out(`${padEnd('file', w)}${pad('raw', 10)}${pad('gzip -9', 10)}${pad('brotli 11', 11)}`);
  for (const s of sizes) out(`${padEnd(s.file + tag(s), w)}${pad(int(s.raw), 10)}${pad(int(s.gzip), 10)}${pad(int(s.brotli), 11)}`);
  if (iife) out(`${padEnd(`${iife.file} (classic script)`, w)}${pad(int(iife.raw), 10)}${pad(int(iife.gzip), 10)}${pad(int(iife.brotli), 11)}`);
  const total = (files) => files.reduce((acc, s) => ({ raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, brotli: acc.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const row = (label, t) => out(`${padEnd(label, w)}${pad(int(t.raw), 10)}${pad(int(t.gzip), 10)}${pad(int(t.brotli), 11)}`);
  // What a page fetches up front: the bundle and the chunks it imports statically (if the
  // build split shared code out of it). Lazy chunks (the lightbox) load on first use.
  const upFront = sizes.filter((s) => !s.chunk || (s.referenced && s.eager));
  const loaded = sizes.filter((s) => !s.chunk || s.referenced);
  const bundleTotal = { file: upFront.map((s) => s.file).join(' + '), ...total(upFront) };
  if (upFront.length > 1) row('bundle as loaded (no lazy)', bundleTotal);
  if (loaded.length > upFront.length) row('bundle + all its chunks', total(loaded));
  // The inline gallery alone: its module bundled by itself, Lit and code shared with news-article left out.
  const galleryLabel = 'inline gallery (own code)';
  if (gallery.missing) out(`${padEnd(galleryLabel, w)}  not built yet (no ${gallery.entry})`);
  else if (gallery.error) out(`${padEnd(galleryLabel, w)}  build failed: ${gallery.error}`);
  else {
    out(`${padEnd(galleryLabel, w)}${pad(int(gallery.raw), 10)}${pad(int(gallery.gzip), 10)}${pad(int(gallery.brotli), 11)}`);
    const short = (paths) => paths.map((p) => p.replace(/^src\//, '').replace(/\.js$/, '')).join(', ') || '(none)';
    out(`  ${gallery.entry} bundled alone (esbuild, minified, es2022), without lit,`);
    out(`  without what it loads lazily (${short(gallery.lazy)}),`);
    out(`  without what it shares with news-article (${short(gallery.shared)})`);
  }
  out();

  const targets = [];
  for (const size of [100, 1000]) {
    const r = results.find((x) => x.blocks === size);
    targets.push({
      name: `ratio at ${size} blocks <= ${TARGET_RATIO.toFixed(2)}`,
      value: r ? r.ratio : null,
      pass: r ? r.ratio <= TARGET_RATIO : null,
      shown: r ? r.ratio.toFixed(2) : `not run (add ${size} to --sizes)`,
    });
  }
  const sizeTarget = (name, size, limit) => ({
    name,
    value: size.brotli,
    pass: size.brotli <= limit,
    shown: `${kb(size.brotli)} (${int(size.brotli)} bytes of ${int(limit)})`,
  });
  targets.push({
    ...sizeTarget('bundle (news-article + ad-slot + inline gallery) <= 26 KB brotli', bundleTotal, TARGET_BROTLI),
    file: bundleTotal.file,
  });
  const galleryName = 'inline gallery <= 4 KB brotli';
  if (gallery.missing) targets.push({ name: galleryName, value: null, pass: false, status: 'MISSING', shown: 'not built yet' });
  else if (gallery.error) targets.push({ name: galleryName, value: null, pass: false, shown: 'does not build (see above)' });
  else targets.push(sizeTarget(galleryName, gallery, TARGET_GALLERY_BROTLI));
  const lightbox = lightboxChunk(sizes);
  const lightboxName = 'lightbox chunk <= 4 KB brotli';
  if (lightbox) targets.push({ ...sizeTarget(lightboxName, lightbox, TARGET_LIGHTBOX_BROTLI), file: lightbox.file });
  else if (sizes.some((s) => s.chunk && s.referenced && s.eager && s.file.startsWith('lightbox')))
    targets.push({ name: lightboxName, value: null, pass: false, shown: 'the lightbox chunk is imported statically, not lazily' });
  else
    targets.push({
      name: lightboxName,
      value: null,
      pass: false,
      status: 'MISSING',
      shown: gallery.missing ? 'not built yet' : `no lightbox*.js imported by ${basename(opts.bundle)}`,
    });
  const nameWidth = Math.max(...targets.map((t) => t.name.length));
  const shownWidth = Math.max(...targets.map((t) => t.shown.length));
  for (const t of targets)
    out(`target: ${padEnd(t.name, nameWidth)}  ${padEnd(t.shown, shownWidth)}  ${t.status ?? (t.pass === null ? 'SKIP' : t.pass ? 'PASS' : 'FAIL')}`);
  const elapsed = (Date.now() - started) / 1000;
  out(`(${elapsed.toFixed(0)} s)`);

  process.stdout.write(`${lines.join('\n')}\n`);

  const json = {
    schema: 1,
    date: new Date().toISOString(),
    bundle: bundleRel,
    compare: opts.compare ? relative(process.cwd(), opts.compare) : undefined,
    chromium: browserVersion,
    node: process.versions.node,
    cpus: cpus().length,
    loadavg: loadavg().map((x) => round(x, 2)),
    quick: opts.quick,
    cold: opts.cold,
    seed: SEED,
    unit: 'ms of main-thread CPU (CDP Performance.getMetrics, timeDomain threadTicks), deltas around one render',
    overhead,
    results,
    sizes: sizes.map(({ mtimeMs, ...s }) => s),
    iife,
    gallery,
    targets: targets.map(({ shown, ...t }) => t),
    elapsedSec: round(elapsed, 1),
  };
  const resultsDir = join(BENCH_DIR, 'results');
  await mkdir(resultsDir, { recursive: true });
  await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`wrote ${relative(process.cwd(), join(resultsDir, 'latest.json'))}\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    progress('');
    if (e instanceof UsageError) {
      process.stderr.write(`bench: ${e.message}\n\n${USAGE}`);
    } else {
      // The message says what went wrong; BENCH_DEBUG=1 adds the stack.
      process.stderr.write(`bench failed: ${process.env.BENCH_DEBUG ? e?.stack : e?.message ?? e}\n`);
    }
    process.exit(1);
  },
);
