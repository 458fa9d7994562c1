// Builds what test/builds/ loads, with the real bundle config (`vite build --mode bundle`):
//   dist-test/current/  this version
//   dist-test/other/    the same sources as another version: a second, separate build for the
//                       "two versions on one page" tests (other code, so other chunk names and
//                       another registry key)
//   dist-test/builds.json  { current, other }: the two version strings
//   dist-test/demo/     the demo as `npm run build:demo` builds it (test/builds/demo.test.ts)
//   dist-test/rejected.json  { <fixture>: the error } for each broken entry of
//                       test/builds/fixtures/ built with the same config: a classic script
//                       cannot be made of it (scripts/classic-script.mjs), so its build must
//                       fail; null where it did not
// Part of `npm test`, so that a fresh clone tests real bundles; about a second.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'vite';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const versions = { current: version, other: `${version}-other` };

for (const [name, v] of Object.entries(versions)) {
  await build({
    root: root.pathname,
    mode: 'bundle',
    logLevel: 'warn',
    define: { __NEWS_ELEMENTS_VERSION__: JSON.stringify(v) },
    build: { outDir: `dist-test/${name}`, emptyOutDir: true },
  });
}
await build({ configFile: new URL('vite.config.ts', root).pathname, mode: 'demo', logLevel: 'warn', build: { outDir: new URL('dist-test/demo', root).pathname, emptyOutDir: true } });
await mkdir(new URL('dist-test/', root), { recursive: true });
await writeFile(new URL('dist-test/builds.json', root), `${JSON.stringify(versions)}\n`);

// Each fixture in place of the bundle's entry (`lit` external, so that a static import stays).
const rejected = {};
for (const fixture of ['import-meta', 'static-import', 'top-level-await']) {
  try {
    await build({
      root: root.pathname,
      mode: 'bundle',
      logLevel: 'silent',
      build: { write: false, lib: { entry: { 'news-elements': `test/builds/fixtures/${fixture}.js` } }, rolldownOptions: { external: ['lit'] } },
    });
    rejected[fixture] = null;
  } catch (error) {
    // The message without the stack Rolldown appends to it.
    rejected[fixture] = String(error?.message ?? error).split('\n').filter((line) => line.trim() && !/^\s+at /.test(line)).join('\n');
  }
}
await writeFile(new URL('dist-test/rejected.json', root), `${JSON.stringify(rejected, null, 2)}\n`);
