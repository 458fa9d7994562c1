#!/usr/bin/env node
// Where does a first render spend its main-thread time? Renders one generated article per
// fresh page in headless Chromium, as bench/run.mjs does, and reports two views:
//
// 1. Phases (DevTools tracing): the CPU time (thread ticks) of the render split into script,
//    compile, HTML parsing (Lit's templates, the sanitizer), CSS parsing, style recalc,
//    layout, paint and GC, for <news-article> and for the innerHTML baseline, median of the
//    runs. The difference column is what the element adds.
// 2. Functions (CDP sampling profiler, every --interval µs): self and total time of the
//    element's functions, summed over the runs and divided by their number. Sampled wall
//    time (gaps where the sampler was not scheduled are capped), so a busy machine inflates
//    it; read it for the proportions.
//
// By default the source is bundled with esbuild, unminified (readable names) but with Lit
// templates squeezed as in the bundle build. --bundle profiles a built bundle instead.
// --again measures a second render of the article in the same page instead of the first, so
// the difference between the two runs is the first-use cost (compiling, templates, styles,
// Intl data, fonts).
// --compile-hints starts the source bundle with V8's `//# allFunctionsCalledOnLoad`.
// --detail also traces V8's compilation and Blink's style sheet parsing, which are otherwise
// counted in script (tracing them costs: totals rise by several ms).
// --json FILE also writes the medians and the per-function times there.
//   node bench/profile.mjs [--blocks 20] [--runs 7] [--top 25] [--interval 100] [--bundle PATH]
//                          [--cold] [--again] [--compile-hints] [--detail] [--json FILE]
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { squeezeTemplates } from '../scripts/minify-templates.mjs';
import { startServer } from './server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 20240727;
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
const blocks = Number(arg('blocks', 20));
const runs = Number(arg('runs', 7));
const top = Number(arg('top', 25));
const interval = Number(arg('interval', 100));
const bundleArg = arg('bundle', null);
const jsonOut = arg('json', null);
const cold = flag('cold');
const again = flag('again');
const compileHints = flag('compile-hints');
const detail = flag('detail');

/** Trace events whose subtree is one phase; the innermost one around a slice of time wins. */
const PHASES = [
  ['layout', (n) => n === 'Layout' || n === 'UpdateLayout'],
  ['style', (n) => n === 'UpdateLayoutTree'],
  ['css parse', (n) => n.startsWith('CSSParserImpl::parse') || n === 'ParseAuthorStyleSheet'],
  ['html parse', (n) => n === 'ParseHTML' || n.startsWith('HTMLDocumentParser')],
  ['paint', (n) => /^(PrePaint|Paint|Layerize|UpdateLayer|CompositeLayers|Commit|PaintImage|Decode Image|ImageDecodeTask)$/.test(n)],
  ['gc', (n) => /GC|Sweep|Scavenge|Marking/.test(n)],
  ['compile', (n) => /compile|CompileLazy|v8\.parse/i.test(n)],
  ['script', (n) => /^(v8\.|V8\.)/.test(n) || /^(FunctionCall|RunMicrotasks|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch)$/.test(n)],
];
const phaseOf = (name) => PHASES.find(([, test]) => test(name))?.[0];
const PHASE_NAMES = [...PHASES.map(([p]) => p), 'other'];
const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute',
  ...(detail ? ['disabled-by-default-v8.compile', 'blink'] : []),
];

async function bundleSource(dir) {
  /** @type {import('esbuild').Plugin} */
  const squeeze = {
    name: 'squeeze-templates',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) =>
        args.path.startsWith(join(ROOT, 'src')) ? { contents: squeezeTemplates(await readFile(args.path, 'utf8')), loader: 'ts' } : undefined,
      );
    },
  };
  await build({
    entryPoints: { 'news-elements': join(ROOT, 'src/define.ts') },
    absWorkingDir: ROOT,
    bundle: true, format: 'esm', target: 'es2022', outdir: dir, logLevel: 'error', splitting: true,
    conditions: ['production'], plugins: [squeeze],
    // V8's explicit compile hint: compile every function of the file eagerly, off the main
    // thread while the file streams in, instead of on first call during the render.
    banner: compileHints ? { js: '//# allFunctionsCalledOnLoad' } : undefined,
  });
  return join(dir, 'news-elements.js');
}

async function openPage(context, origin, bundleUrl) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/?blocks=${blocks}&seed=${SEED}&bundle=${encodeURIComponent(bundleUrl)}${cold ? '&warm=0' : ''}`);
  await page.waitForFunction(() => window.__bench?.ready || window.__bench?.error, null, { timeout: 30000 });
  const error = await page.evaluate(() => window.__bench.error);
  if (error) throw new Error(`bench page failed to start: ${error}`);
  const cdp = await context.newCDPSession(page);
  if (again) {
    // --again: render the same article once first (both contenders), and measure a second
    // render in the same page; what is left is the steady cost, without first-use costs.
    await page.evaluate(async () => {
      for (const c of ['news-article', 'innerHTML']) {
        await window.__bench.run(c);
        document.getElementById('stage').replaceChildren();
      }
    });
  }
  await page.evaluate(() => window.__bench.settle());
  return { page, cdp, errors };
}

/** One traced render: CPU ms per phase (self time of each trace event, by its innermost phase). */
async function traceOnce(context, origin, bundleUrl, contender) {
  const { page, cdp, errors } = await openPage(context, origin, bundleUrl);
  try {
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
    await page.evaluate((name) => window.__bench.run(name), contender);
    await cdp.send('Tracing.end');
    await complete;
    if (errors.length) throw new Error(`uncaught error in the page: ${errors[0]}`);
    const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const slices = events
      .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.tdur != null)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const out = Object.fromEntries(PHASE_NAMES.map((p) => [p, 0]));
    out.total = 0;
    // Walk the nesting: each slice's self time (its thread time minus its children's) goes to
    // the innermost phase around it.
    const stack = [];
    const close = (until) => {
      while (stack.length && (until === undefined || stack.at(-1).end <= until)) {
        const s = stack.pop();
        out[s.phase] += Math.max(0, s.tdur - s.children) / 1000;
        if (stack.length) stack.at(-1).children += s.tdur;
        else out.total += s.tdur / 1000;
      }
    };
    for (const e of slices) {
      close(e.ts);
      const phase = phaseOf(e.name) ?? stack.at(-1)?.phase ?? 'other';
      stack.push({ end: e.ts + e.dur, tdur: e.tdur, children: 0, phase });
    }
    close();
    return out;
  } finally {
    await page.close().catch(() => {});
  }
}

/** One sampled render of <news-article>: the CPU profile's nodes and per-sample times. */
async function sampleOnce(context, origin, bundleUrl) {
  const { page, cdp, errors } = await openPage(context, origin, bundleUrl);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval });
    await cdp.send('Profiler.start');
    await page.evaluate(() => window.__bench.run('news-article'));
    const { profile } = await cdp.send('Profiler.stop');
    if (errors.length) throw new Error(`uncaught error in the page: ${errors[0]}`);
    return profile;
  } finally {
    await page.close().catch(() => {});
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f1 = (x) => x.toFixed(1).padStart(7);
const f2 = (x) => x.toFixed(2).padStart(7);

/**
 * Self and total (inclusive) ms per function, summed over profiles. A sample stands for the
 * time to the next one, capped at 3 times the profile's median gap: on a busy machine the
 * sampler thread is sometimes not scheduled for milliseconds, and that gap is not the
 * sampled function's.
 */
function addProfile(profile, self, total, isOurs) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const file = url.split('/').pop().split('?')[0];
    const where = file ? ` ${file}:${lineNumber + 1}` : '';
    return `${functionName || '(anonymous)'}${where}`;
  };
  const cap = 3 * median(profile.timeDeltas.slice(1));
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = Math.min(profile.timeDeltas[i + 1] ?? 0, cap) / 1000;
    let node = byId.get(profile.samples[i]);
    const k = key(node);
    self.set(k, (self.get(k) ?? 0) + ms);
    const seen = new Set();
    for (; node; node = byId.get(parent.get(node.id))) {
      if (!isOurs(node.callFrame.url)) continue;
      const nk = key(node);
      if (seen.has(nk)) continue; // recursion counts once
      seen.add(nk);
      total.set(nk, (total.get(nk) ?? 0) + ms);
    }
  }
}

const dir = bundleArg ? null : await mkdtemp(join(tmpdir(), 'ne-profile-'));
const bundlePath = bundleArg ? resolve(bundleArg) : await bundleSource(dir);
const bundleName = basename(bundlePath);
const server = await startServer({ bundleDir: dirname(bundlePath) });
const browser = await launchChromium([
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--js-flags=--expose-gc',
]);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'en-US' });
  const bundleUrl = `/dist/${encodeURIComponent(bundleName)}`;
  const phases = { 'news-article': [], innerHTML: [] };
  const self = new Map();
  const total = new Map();
  // One throw-away round, then the measured ones; the contenders alternate as in run.mjs.
  for (let i = -1; i < runs; i++) {
    process.stderr.write(`\r${blocks} blocks: run ${i + 2}/${runs + 1}`);
    const order = i % 2 === 0 ? ['news-article', 'innerHTML'] : ['innerHTML', 'news-article'];
    for (const c of order) {
      const t = await traceOnce(context, server.origin, bundleUrl, c);
      if (i >= 0) phases[c].push(t);
    }
    const profile = await sampleOnce(context, server.origin, bundleUrl);
    if (i >= 0) addProfile(profile, self, total, (url) => url.startsWith(`${server.origin}/dist/`));
  }
  process.stderr.write('\r\x1b[K');

  console.log(`${blocks} blocks, ${runs} runs per contender, ${bundleArg ? bundleName : 'source (esbuild, unminified)'}${cold ? ', --cold' : ''}${again ? ', second render (--again)' : ''}${compileHints ? ', --compile-hints' : ''}`);
  console.log('\nPhases: CPU ms (trace thread time), median of the runs');
  console.log(`${'phase'.padEnd(12)}${'element'.padStart(9)}${'baseline'.padStart(10)}${'diff'.padStart(9)}`);
  for (const p of ['total', ...PHASE_NAMES]) {
    if (!detail && (p === 'compile' || p === 'css parse')) continue; // not traced: in script
    const a = median(phases['news-article'].map((r) => r[p]));
    const b = median(phases.innerHTML.map((r) => r[p]));
    console.log(`${p.padEnd(12)}  ${f2(a)}  ${f2(b)}  ${f2(a - b)}`);
  }
  if (!detail) console.log('(compiling and style sheet parsing are in script; --detail traces them apart)');
  const per = (ms) => ms / runs;
  const sampled = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\nFunctions: sampled ms per render, every ${interval} µs, ${f1(per(sampled)).trim()} ms in all`);
  console.log('self time (top):');
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${f2(per(ms))}  ${k}`);
  console.log('total time, functions of the bundle and its chunks (top):');
  for (const [k, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${f2(per(ms))}  ${k}`);
  if (jsonOut) {
    const phaseMedians = (c) => Object.fromEntries(['total', ...PHASE_NAMES].map((p) => [p, median(phases[c].map((r) => r[p]))]));
    const perRun = (map) => Object.fromEntries([...map].map(([k, ms]) => [k, per(ms)]));
    const data = { blocks, runs, again, phases: { element: phaseMedians('news-article'), baseline: phaseMedians('innerHTML') }, self: perRun(self), total: perRun(total) };
    await writeFile(jsonOut, `${JSON.stringify(data, null, 1)}\n`);
  }
} finally {
  await browser.close();
  await server.close();
  if (dir) await rm(dir, { recursive: true, force: true });
}
