// The importers' speed in Node: CPU time to convert each document of the corpus folder
// (../shared/corpus/external, or CORPUS_DIR), with the Node build (dist/node/import.js, from
// `node scripts/build-node.mjs`). Reports the median of 15 runs after 3 warm-up runs, per
// document, and checks the target: the largest document converts in under 20 ms of CPU.
//
// `node bench/import.mjs [--runs N]`
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CORPUS_DIR, hasCorpus, listCorpus } from '../scripts/corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'dist/node/import.js');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const WARMUP = 3;
const TARGET_MS = 20;

if (!existsSync(BUILD)) {
  console.error('bench/import: dist/node/import.js not found; run `node scripts/build-node.mjs` first.');
  process.exit(1);
}
if (!hasCorpus()) {
  console.log(`bench/import: skipped, no corpus folder at ${relative(ROOT, CORPUS_DIR)} (set CORPUS_DIR)`);
  process.exit(0);
}
const { importArticle, detectFormat } = await import(pathToFileURL(BUILD).href);

const cpuMs = (start) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
for (const name of await listCorpus()) {
  const file = join(CORPUS_DIR, name);
  const text = await readFile(file, 'utf8');
  const format = detectFormat(JSON.parse(text));
  if (!format) continue;
  const samples = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const start = process.cpuUsage();
    // Parsing the JSON is part of converting a file.
    await importArticle(JSON.parse(text), { lang: 'en' });
    if (i >= WARMUP) samples.push(cpuMs(start));
  }
  rows.push({ file: name, format, bytes: (await stat(file)).size, ms: median(samples) });
}
const w = Math.max(...rows.map((r) => r.file.length));
console.log(`importers in Node ${process.versions.node}: CPU ms per document, median of ${runs} runs after ${WARMUP} warm-up runs`);
for (const r of rows) console.log(`${r.file.padEnd(w)}  ${r.format.padEnd(9)} ${String(r.bytes).padStart(8)} B  ${r.ms.toFixed(2).padStart(7)} ms`);
const largest = rows.reduce((a, b) => (b.bytes > a.bytes ? b : a));
console.log(`target: the largest document (${largest.file}, ${largest.bytes} B) under ${TARGET_MS} ms: ${largest.ms.toFixed(2)} ms  ${largest.ms < TARGET_MS ? 'PASS' : 'FAIL'}`);
