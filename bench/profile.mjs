#!/usr/bin/env node
// Where does <news-article> spend its main-thread time? Renders one generated article in
// headless Chromium under the CDP sampling profiler and prints the functions with the most
// self time. Uses an unminified build so names are readable.
//   node bench/profile.mjs [--blocks 1000] [--top 25]
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { startServer } from './server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const blocks = arg('blocks', 1000);
const top = arg('top', 25);

const dir = await mkdtemp(join(tmpdir(), 'ne-profile-'));
await build({
  entryPoints: { 'news-elements': 'src/define.ts' },
  bundle: true, format: 'esm', target: 'es2022', outdir: dir, logLevel: 'error',
  conditions: ['production'],
});
const server = await startServer({ bundleDir: dir });
const browser = await launchChromium(['--js-flags=--expose-gc']);
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/?blocks=${blocks}`);
  await page.waitForFunction(() => window.__bench?.ready || window.__bench?.error);
  await page.evaluate(() => window.__bench.settle());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => window.__bench.run('news-article'));
  const { profile } = await cdp.send('Profiler.stop');
  const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const self = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (counts.get(node.id) ?? 0) * interval);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${blocks} blocks: ${total.toFixed(1)} ms sampled`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
