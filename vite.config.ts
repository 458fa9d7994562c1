import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { chunkRegistry } from './scripts/chunk-registry.mjs';
import { classicScript } from './scripts/classic-script.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { neverFill } from './scripts/never-fill.mjs';
import { demoPages, preloadChildrenReader } from './scripts/demo-pages.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { name: string; version: string };
// Each element class's static `version` (src/internal/define.ts has the fallback for tests).
const define = { __NEWS_ELEMENTS_VERSION__: JSON.stringify(pkg.version) };

// `vite`                    -> dev server; the demo (seed article) is the default page
// `vite build`              -> dist/index.js + dist/define.js + dist/import.js + dist/react.js (ESM, lit and
//                              react external, for npm users;
//                              scripts/build-node.mjs writes the Node build: dist/node/import.js and the CLI)
// `vite build --mode bundle`-> dist/news-elements.js (one minified, self-contained ES module that defines
//                              the elements, plus its lazy chunks) and dist/news-elements.iife.js (the same
//                              code as a classic <script src>, global `NewsElements`; it loads the same
//                              lazy chunks from beside it)
// `vite build --mode demo`  -> dist-demo/ (static demo site)
/**
 * V8's explicit compile hint: compile every function of the bundle eagerly, on a background
 * thread while the script streams in, instead of lazily on the main thread at first call
 * (measured: about 4 ms less main-thread CPU at a first render). Must be the file's first line.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * COMPILE_HINT as the first line of the chunk `name`, ahead of the map of lazy chunks'
 * dependencies that Vite writes at the top of a page build's chunk (after any banner).
 */
function compileHintFirst(name: string): Plugin {
  return {
    name: 'news-elements:compile-hint-first',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.name === name) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  // The dev server serves the demo; its home page is the seed article.
  // `vite preview --mode demo` serves the built demo: the demo config below, not the dev server's.
  if (command === 'serve' && mode !== 'demo') return { root: 'demo', define, plugins: [neverFill(), demoPages()], server: { open: false }, build: { target: 'es2022' } };
  if (mode === 'demo') {
    return {
      root: 'demo',
      base: './',
      define,
      // Built as the embeddable bundle is (squeezed templates, the compile hint on the elements' chunk).
      plugins: [minifyTemplates(), demoPages(), preloadChildrenReader(), compileHintFirst('news-elements')],
      build: {
        outDir: '../dist-demo',
        emptyOutDir: true,
        target: 'es2022',
        // Every browser the demo's es2022 code runs in has modulepreload.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: { index: 'demo/index.html', errors: 'demo/errors.html', gallery: 'demo/gallery.html', events: 'demo/events.html', nojs: 'demo/nojs.html', import: 'demo/import.html', themes: 'demo/themes.html' },
          // The code every page loads first (the elements, Lit) in one chunk, as the embed bundle
          // is, instead of a dozen small shared chunks, a request each for a slow phone. The lazy
          // chunks (reader features, ad fill, lightbox, importers) stay lazy; the one that reads
          // HTML children is one chunk too, which the pages served with an article preload.
          output: {
            codeSplitting: {
              groups: [
                { name: 'news-elements', tags: ['$initial'], test: /[\\/](src|node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element))[\\/]/ },
                { name: 'read-children', test: /[\\/]src[\\/](components[\\/]news-article[\\/]read-children|import[\\/](html-article|html|types|util)|internal[\\/](html-nodes|html-tree|sanitize-tree))\.ts$/ },
              ],
            },
          },
        },
      },
    };
  }
  const bundle = mode === 'bundle';
  return {
    // The bundle's entry defines every element, so its never-defined warning can never fire.
    define: bundle ? { ...define, __NEWS_ELEMENTS_DEFINES_ITSELF__: 'true' } : define,
    // Lazy chunks find the entry's code through a registry, not by its file name; the IIFE is
    // made of the final ES entry, so it shares the entry's lazy chunks (see the plugins).
    plugins: bundle ? [minifyTemplates(), chunkRegistry(pkg), classicScript({ global: 'NewsElements' })] : [minifyTemplates()],
    build: {
      target: 'es2022',
      emptyOutDir: !bundle,
      // Source maps for the minified bundle only: a stack trace from a CDN copy is unreadable
      // without them. The npm build reads as it is; its maps (a copy of every source) were nearly a
      // fifth of the npm tarball.
      sourcemap: bundle,
      // The npm build is not minified: an app's bundler minifies it, and until then class names
      // (stack traces, React DevTools: NewsArticleElement, not "kt") and code stay readable.
      minify: bundle,
      lib: bundle
        ? {
            entry: { 'news-elements': 'src/define.ts' },
            // Not Vite's 'iife' format: it cannot split code, so it would inline every lazy chunk.
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          }
        : { entry: { index: 'src/index.ts', define: 'src/define.ts', import: 'src/import/index.ts', react: 'src/react/index.ts' }, formats: ['es'], fileName: (_f, name) => `${name}.js` },
      // Vite keeps whitespace in ES library output; the embeddable bundle is fully minified.
      rolldownOptions: bundle ? { preserveEntrySignatures: 'allow-extension', output: { minify: true, comments: false, postBanner: COMPILE_HINT } } : {
            external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/, /^react-dom($|\/)/],
            // news-elements/react's "use client" is kept at the top of its entry, where React
            // Server Components look for it: that it is not "preserved when bundling" is no news.
            onwarn(warning, warn) {
              if (warning.code !== 'MODULE_LEVEL_DIRECTIVE' || !warning.id?.endsWith('src/react/index.ts')) warn(warning);
            },
          },
    },
  };
});
