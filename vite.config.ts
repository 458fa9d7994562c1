import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

// `vite`                    -> dev server; the demo (seed article) is the default page
// `vite build`              -> dist/index.js + dist/define.js (ESM, lit external, for npm users)
// `vite build --mode bundle`-> dist/news-elements.js (one minified, self-contained ES module that defines the elements)
// `vite build --mode demo`  -> dist-demo/ (static demo site)
export default defineConfig(({ command, mode }) => {
  // The dev server serves the demo; its home page is the seed article.
  if (command === 'serve') return { root: 'demo', server: { open: false }, build: { target: 'es2022' } };
  if (mode === 'demo') {
    return {
      root: 'demo',
      base: './',
      build: {
        outDir: '../dist-demo',
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: { index: 'demo/index.html', errors: 'demo/errors.html', gallery: 'demo/gallery.html' } },
      },
    };
  }
  const bundle = mode === 'bundle';
  return {
    plugins: [minifyTemplates()],
    build: {
      target: 'es2022',
      emptyOutDir: !bundle,
      sourcemap: true,
      lib: bundle
        ? { entry: { 'news-elements': 'src/define.ts' }, formats: ['es'], fileName: (_f, name) => `${name}.js` }
        : { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'], fileName: (_f, name) => `${name}.js` },
      // Vite keeps whitespace in ES library output; the embeddable bundle is fully minified.
      rolldownOptions: bundle ? { preserveEntrySignatures: 'allow-extension', output: { minify: true, comments: false } } : { external: [/^lit($|\/)/, /^@lit\//] },
    },
  };
});
