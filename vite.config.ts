import { defineConfig } from 'vite';

// `vite`                    -> dev server; the demo (seed article) is the default page
// `vite build`              -> dist/index.js + dist/define.js (ESM, lit external, for npm users)
// `vite build --mode bundle`-> dist/news-elements.js (one minified, self-contained ES module that defines the elements)
// `vite build --mode demo`  -> dist-demo/ (static demo site)
export default defineConfig(({ mode }) => {
  if (mode === 'demo') {
    return {
      base: './',
      build: {
        outDir: 'dist-demo',
        rolldownOptions: { input: { index: 'index.html', errors: 'demo/errors.html' } },
      },
    };
  }
  const bundle = mode === 'bundle';
  return {
    server: { open: false },
    build: {
      target: 'es2022',
      emptyOutDir: !bundle,
      sourcemap: true,
      lib: bundle
        ? { entry: { 'news-elements': 'src/define.ts' }, formats: ['es'], fileName: (_f, name) => `${name}.js` }
        : { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'], fileName: (_f, name) => `${name}.js` },
      // Vite keeps whitespace in ES library output; the embeddable bundle is fully minified.
      rolldownOptions: bundle ? { output: { minify: true } } : { external: [/^lit($|\/)/, /^@lit\//] },
    },
  };
});
