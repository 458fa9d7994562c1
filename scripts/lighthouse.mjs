// `npm run lighthouse`: Lighthouse 12.8.2 on every page of the built demo, mobile and desktop.
//
// Builds the demo (`vite build --mode demo` -> dist-demo/), serves it as a static host would
// (files only, 404 for anything else, gzip, hashed assets cached for good), and runs Lighthouse
// (performance, accessibility, best practices, SEO) on each page in one Chromium, one run after
// another. Prints a table of the scores and every audit that did not pass, writes each run's
// HTML and JSON report to lighthouse-reports/, and exits 1 when a score is under its threshold.
//
//   npm run lighthouse                                  # every page, mobile and desktop
//   npm run lighthouse -- --page gallery.html --form-factor mobile --runs 3
//   npm run lighthouse -- --min 95 --min-performance 80 --skip-build
//
// Options:
//   --min N              threshold of accessibility, best practices and SEO (default 100)
//   --min-performance N  threshold of performance (default 90: the score moves with the machine's load)
//   --page NAME          only this page (repeatable): a file name, or index.html?article=en-demo
//   --form-factor F      only mobile or desktop (repeatable)
//   --runs N             runs per page and form factor; the report is the median run (default 1)
//   --skip-build         audit dist-demo/ as it is
//   --corpus             also audit import.html, with the corpus folder served as the dev server serves it
//   --out DIR            where the reports go (default lighthouse-reports/)
//
// The demo's articles page is audited once per demo article (demo/articles/*.json). The page of
// other systems' documents (import.html) shows the corpus folder (scripts/corpus.mjs), which
// is never part of the build: a static host of dist-demo/ gives it nothing to show, so it is
// skipped, unless --corpus serves the folder (when it is on this machine). Those are other
// publishers' documents, as they are: their images are refused by the page's policy (they are
// not the demo's to load) and their heading levels are their own, so that page does not reach
// 100 in best practices and accessibility. Chromium is scripts/chromium.mjs's.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';
import { CORPUS_DIR, corpusFile, hasCorpus, listCorpus } from './corpus.mjs';
import { contentType, fileIn, isFile, REPO, requestPath } from './serve-files.mjs';

// Lighthouse's own chrome-launcher (1.x), not the project's older copy.
const require = createRequire(import.meta.resolve('lighthouse'));
const chromeLauncher = await import(pathToFileURL(require.resolve('chrome-launcher')).href);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best', seo: 'seo' };
const FORM_FACTORS = ['mobile', 'desktop'];
const DIST = join(REPO, 'dist-demo');

const { values: options } = parseArgs({
  options: {
    min: { type: 'string', default: '100' },
    'min-performance': { type: 'string', default: '90' },
    page: { type: 'string', multiple: true },
    'form-factor': { type: 'string', multiple: true },
    runs: { type: 'string', default: '1' },
    'skip-build': { type: 'boolean', default: false },
    corpus: { type: 'boolean', default: false },
    out: { type: 'string', default: 'lighthouse-reports' },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  const source = await readFile(new URL(import.meta.url), 'utf8');
  console.log(source.split('\n').filter((line) => line.startsWith('//')).map((line) => line.slice(3)).join('\n').split('\nThe demo')[0]);
  process.exit(0);
}
const minimum = { performance: Number(options['min-performance']), accessibility: Number(options.min), 'best-practices': Number(options.min), seo: Number(options.min) };
const runs = Math.max(1, Math.trunc(Number(options.runs)) || 1);
const formFactors = options['form-factor'] ?? FORM_FACTORS;
for (const value of [...Object.values(minimum), runs]) if (!Number.isFinite(value)) throw new Error('--min, --min-performance and --runs take numbers');
for (const factor of formFactors) if (!FORM_FACTORS.includes(factor)) throw new Error(`--form-factor is mobile or desktop, not ${factor}`);

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

if (!options['skip-build']) {
  console.log('Building the demo (vite build --mode demo)…');
  const { build } = await import('vite');
  await build({ root: REPO, configFile: join(REPO, 'vite.config.ts'), mode: 'demo', logLevel: 'warn' });
}

/** The pages to audit, as URL paths relative to the site's root. */
async function demoPages() {
  const files = (await readdir(DIST)).filter((name) => name.endsWith('.html')).sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
  if (files.length === 0) throw new Error(`no pages in ${DIST}: run without --skip-build`);
  // demo/demo.ts shows the seed article by default and the others with ?article=<name>.
  const articles = (await readdir(join(REPO, 'demo/articles'))).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5));
  const pages = [];
  for (const file of files) {
    pages.push(file);
    if (file === 'index.html') for (const name of articles.filter((name) => name !== 'seed-gu').sort()) pages.push(`index.html?article=${name}`);
  }
  return pages;
}

let pages = await demoPages();
if (options.page) {
  const unknown = options.page.filter((page) => !pages.includes(page));
  if (unknown.length) throw new Error(`unknown page ${unknown.join(', ')}; the pages are ${pages.join(', ')}`);
  pages = pages.filter((page) => options.page.includes(page));
}
// import.html's content: the corpus folder, never in the build (see above).
const serveCorpus = options.corpus && hasCorpus();
const skipped = [];
if (pages.includes('import.html') && !serveCorpus) {
  skipped.push(
    options.corpus
      ? `import.html: skipped, its content (the corpus folder ${CORPUS_DIR}; set CORPUS_DIR) is not on this machine`
      : 'import.html: skipped, its content (the corpus folder) is not in the build; --corpus serves it',
  );
  pages = pages.filter((page) => page !== 'import.html');
}
for (const note of skipped) console.log(note);

// ---- A static host for dist-demo/ (and the corpus folder, as the dev server serves it). ----

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

async function respond(request, response) {
  const path = requestPath(request);
  let file;
  let headers = {};
  if (path?.startsWith('/corpus/') && serveCorpus) {
    const rest = path.slice('/corpus/'.length);
    if (rest === 'index.json') {
      return send(request, response, Buffer.from(JSON.stringify(await listCorpus())), 'application/json; charset=utf-8', { 'cache-control': 'no-cache' });
    }
    file = corpusFile(rest) ?? undefined;
    headers = { 'cache-control': 'no-cache' };
  } else if (path) {
    file = fileIn(DIST, path.endsWith('/') ? `${path}index.html` : path);
    // Hashed file names never change; everything else is revalidated.
    headers = { 'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache' };
  }
  if (!file || !(await isFile(file))) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return response.end('Not found\n');
  }
  return send(request, response, await readFile(file), contentType(file), headers);
}

function send(request, response, body, type, headers) {
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const data = gzip ? gzipSync(body) : body;
  response.writeHead(200, { 'content-type': type, 'content-length': data.length, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}), ...headers });
  response.end(request.method === 'HEAD' ? undefined : data);
}

const server = createServer((request, response) => {
  respond(request, response).catch((error) => {
    console.error(error);
    response.writeHead(500).end();
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- Lighthouse, one run after another in one Chromium. ----

const outDir = resolve(REPO, options.out);
await mkdir(outDir, { recursive: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
console.log(`Lighthouse ${createRequire(import.meta.url)('lighthouse/package.json').version} · ${CHROME_PATH} · ${origin} · load average ${load()}`);

const results = [];
try {
  for (const page of pages) {
    for (const formFactor of formFactors) {
      const lhrs = [];
      let report;
      for (let run = 0; run < runs; run++) {
        const flags = { port: chrome.port, output: ['html', 'json'], logLevel: 'error', onlyCategories: CATEGORIES };
        const result = await lighthouse(`${origin}/${page}`, flags, formFactor === 'desktop' ? desktopConfig : undefined);
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        lhrs.push(result.lhr);
        if (runs === 1) report = result.report;
      }
      const lhr = runs === 1 ? lhrs[0] : computeMedianRun(lhrs);
      const [html, json] = runs === 1 ? report : [(await import('lighthouse/report/generator/report-generator.js')).ReportGenerator.generateReport(lhr, 'html'), JSON.stringify(lhr, null, 2)];
      const name = `${page.replace(/\.html/, '').replace(/[^a-z0-9-]+/gi, '-')}.${formFactor}`;
      await writeFile(join(outDir, `${name}.report.html`), html);
      await writeFile(join(outDir, `${name}.report.json`), json);
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]));
      results.push({ page, formFactor, scores, lhr, benchmarkIndex: lhr.environment.benchmarkIndex, performanceRuns: lhrs.map((one) => Math.round((one.categories.performance?.score ?? 0) * 100)) });
      const runNote = runs > 1 ? ` (median of ${runs}: perf ${results.at(-1).performanceRuns.join(', ')})` : '';
      console.log(`  ${page} · ${formFactor}: ${CATEGORIES.map((id) => `${SHORT[id]} ${scores[id] ?? '—'}`).join(' · ')}${runNote}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

// ---- The table, the audits that did not pass, the verdict. ----

/** Audits of the four categories that did not pass (score under 0.9, as the report counts them), with their weight. */
function failing(lhr) {
  const out = [];
  for (const id of CATEGORIES) {
    // (The "hidden" group is Lighthouse 12's preview of its insights, not part of the report.)
    for (const ref of (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.group !== 'hidden')) {
      const audit = lhr.audits[ref.id];
      const mode = audit.scoreDisplayMode;
      const failed = mode === 'error' || ((mode === 'binary' || mode === 'numeric' || mode === 'metricSavings') && audit.score !== null && audit.score < 0.9);
      if (failed) out.push({ category: id, id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, displayValue: audit.displayValue, error: audit.errorMessage });
    }
  }
  return out;
}

const header = ['page', 'form factor', ...CATEGORIES];
const rows = results.map(({ page, formFactor, scores }) => [page, formFactor, ...CATEGORIES.map((id) => String(scores[id] ?? '—'))]);
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}\n${rows.map(line).join('\n')}`);
console.log(`\nLoad average (1, 5, 15 min): ${load()} · Lighthouse benchmark index ${results.map((r) => r.benchmarkIndex).filter(Boolean).map(Math.round).join(', ')}`);
for (const note of skipped) console.log(note);

let anyFailing = false;
for (const { page, formFactor, lhr } of results) {
  const audits = failing(lhr);
  if (!audits.length) continue;
  if (!anyFailing) console.log('\nAudits that did not pass (weight = share in the category score; 0 = diagnostic only):');
  anyFailing = true;
  console.log(`  ${page} · ${formFactor}`);
  for (const audit of audits) {
    const value = audit.error ? ` (error: ${audit.error})` : audit.displayValue ? ` (${audit.displayValue})` : '';
    console.log(`    [${SHORT[audit.category]}, weight ${audit.weight}] ${audit.id}: ${audit.title}${value}`);
  }
}

const under = results.flatMap(({ page, formFactor, scores }) =>
  CATEGORIES.filter((id) => scores[id] === null || scores[id] < minimum[id]).map((id) => `${page} · ${formFactor}: ${id} ${scores[id] ?? 'no score'} < ${minimum[id]}`),
);
await writeFile(
  join(outDir, 'summary.json'),
  `${JSON.stringify({ date: new Date().toISOString(), loadAverage: loadavg(), minimum, runs, skipped, results: results.map(({ lhr, ...rest }) => ({ ...rest, failing: failing(lhr) })) }, null, 2)}\n`,
);
console.log(`\nReports: ${join(options.out, '<page>.<form factor>.report.html')} (and .json, summary.json)`);
if (under.length) {
  console.log(`\nUnder the thresholds:\n  ${under.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nEvery score meets its threshold (performance ≥ ${minimum.performance}, the others ≥ ${options.min}).`);
