import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

// `vite build -c vite.embed.config.ts` (a step of `npm run build`, after the bundle) writes the
// iframe embed page into dist/, next to the bundle it loads (docs/embed.md):
//   dist/embed.html       src/embed/embed.html, as is: loads ./embed.js, then ./news-elements.js
//   dist/embed.js         src/embed/embed.ts: reads ?src=, reports the page's height to the parent
//   dist/embed-host.js    src/embed/embed-host.js, as is: the host page's listener
const copied = { 'embed.html': 'src/embed/embed.html', 'embed-host.js': 'src/embed/embed-host.js' };

/** Emits the files that are shipped as written (the page and the host script). */
function copyEmbedFiles(): Plugin {
  return {
    name: 'copy-embed-files',
    generateBundle() {
      for (const [fileName, from] of Object.entries(copied)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(from, 'utf8') });
      }
    },
  };
}

export default defineConfig({
  plugins: [copyEmbedFiles()],
  publicDir: false,
  build: {
    target: 'es2022',
    // dist/ already holds the library and the bundle.
    emptyOutDir: false,
    lib: { entry: { embed: 'src/embed/embed.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: { output: { minify: true, comments: false } },
  },
});
