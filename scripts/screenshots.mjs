// `npm run screenshots`: pictures of every demo page in every state a designer asks about.
//
// Starts the demo's dev server (vite, on a free port), and captures in headless Chromium
// (scripts/chromium.mjs) every page of the demo build (vite.config.ts's pages; the articles
// page once per demo article; the theme gallery once per theme in demo/themes/; import.html
// only when the corpus folder is on this machine, scripts/corpus.mjs), at 412 px and 1280 px:
//
//   <page>.<width>.light.png   full page, prefers-color-scheme: light
//   <page>.<width>.dark.png    full page, prefers-color-scheme: dark
//   <page>.<width>.print.pdf   what printing gives (page.pdf(), pages <width> px wide, A-series shape)
//   <page>.<width>.print-N.png page N of that PDF, as Chromium's own PDF viewer renders it (the first 6)
//
// and the states a page does not hold still (screen, light and dark, both widths):
//
//   state-loading.<width>.<scheme>.png          <news-article> while its article loads (the skeleton)
//   state-ad-empty.<width>.<scheme>.png         an <ad-slot> that ended empty (its box and label kept)
//   state-playing.<width>.<scheme>.png          the gallery page's slideshow, playing
//   state-lightbox.<width>.<scheme>.png         the gallery page's first gallery, its lightbox open
//   state-lightbox-zoomed.<width>.<scheme>.png  the same, zoomed in twice from the keyboard
//   state-lightbox-rtl.<width>.<scheme>.png     the right-to-left gallery's lightbox
//
// into screenshots/ (git-ignored), with an index.html and a README.md that list them.
// A page that loads no script (nojs.html) is captured with JavaScript off, as its reader has it.
// Before each capture: the elements are defined and have rendered (an article is ready or in
// error), the page has been scrolled through so that lazy images and ads load, every image has
// loaded, fonts are ready, and animations are off.
//
//   npm run screenshots
//   npm run screenshots -- --page themes --width 412 --no-print
//   npm run screenshots -- --docs      # also the README's selection, docs/screenshots/*.jpg
//
// Options:
//   --page TEXT   only pages (and states) whose name contains TEXT (repeatable), e.g. index.html?article=ar-demo
//   --width N     only this width (repeatable; default 412 and 1280)
//   --no-print    no print captures (they are the slow part)
//   --print-pages N  how many pages of each PDF become PNGs (default 6; the PDF has them all)
//   --docs        write the README's small selection (JPEG, quality 70, one screen each) to docs/screenshots/
//   --out DIR     where the pictures go (default screenshots/)
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer, loadConfigFromFile } from 'vite';
import { CHROME_PATH, launchChromium } from './chromium.mjs';
import { hasCorpus } from './corpus.mjs';
import { REPO } from './serve-files.mjs';


const { values: options } = parseArgs({
  options: {
    page: { type: 'string', multiple: true },
    width: { type: 'string', multiple: true },
    'no-print': { type: 'boolean', default: false },
    'print-pages': { type: 'string', default: '6' },
    docs: { type: 'boolean', default: false },
    out: { type: 'string', default: 'screenshots' },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  const source = await readFile(new URL(import.meta.url), 'utf8');
  console.log(source.split('\n').filter((line) => line.startsWith('//')).map((line) => line.slice(3)).join('\n').split('\nimport')[0]);
  process.exit(0);
}
const widths = (options.width ?? ['412', '1280']).map(Number);
if (widths.some((width) => !Number.isInteger(width) || width < 200 || width > 4000)) throw new Error('--width takes whole numbers of pixels (200-4000)');
const outDir = resolve(REPO, options.out);
const printPageCount = Math.max(0, Math.trunc(Number(options['print-pages'])) || 0);

/**
 * The README's selection: one screen each, as JPEG. [file, page, width, scheme].
 * Kept small (all of them well under 1.5 MB): they are committed.
 */
const DOCS = [
  ['seed-light-412.jpg', 'index.html', 412, 'light'],
  ['seed-dark-412.jpg', 'index.html', 412, 'dark'],
  ['arabic-1280.jpg', 'index.html?article=ar-demo', 1280, 'light'],
  ['gallery-1280.jpg', 'gallery.html', 1280, 'light'],
  ['theme-broadsheet-1280.jpg', 'themes.html?theme=broadsheet', 1280, 'light'],
  ['theme-contrast-412.jpg', 'themes.html?theme=contrast', 412, 'light'],
];

/**
 * The states a page does not hold still: each from a page of the demo, put into the state by
 * `enter` (in the page), and captured by `shoot`: the element, or the window for the lightbox.
 */
const lightbox = (id, keys = []) => ({
  url: 'gallery.html',
  async enter(page) {
    await page.evaluate((gallery) => document.getElementById(gallery).open(0), id);
    if (!(await until(page, (gallery) => document.getElementById(gallery).matches(':state(open)'), 5000, id))) throw new Error(`the lightbox of #${id} did not open`);
    for (const key of keys) {
      await page.keyboard.press(key);
      await page.waitForTimeout(200);
    }
    await page.waitForTimeout(400);
  },
  shoot: (page, path) => page.screenshot({ path, animations: 'disabled', caret: 'hide' }),
});
const STATES = [
  {
    name: 'state-loading',
    url: 'errors.html',
    async enter(page) {
      // An article whose request never answers: the element shows its skeleton for as long as that lasts.
      await page.route('**/state-loading.json', () => {});
      await page.evaluate(() => {
        const article = Object.assign(document.createElement('news-article'), { id: 'state-loading' });
        article.setAttribute('src', '/state-loading.json');
        article.style.setProperty('--news-article-skeleton-height', '40rem');
        document.querySelector('main').prepend(article);
      });
      if (!(await until(page, () => document.querySelector('#state-loading').matches(':state(loading)'), 5000))) throw new Error('the article did not show its loading state');
    },
    shoot: (page, path) => page.locator('#state-loading').screenshot({ path, animations: 'disabled', caret: 'hide' }),
  },
  {
    name: 'state-ad-empty',
    url: 'errors.html',
    async enter(page) {
      // A provider no page registered: the slot ends empty, keeping its box and label.
      await page.evaluate(() => {
        const slot = Object.assign(document.createElement('ad-slot'), { id: 'state-ad-empty' });
        for (const [name, value] of Object.entries({ provider: 'unregistered', sizes: '300x250', loading: 'eager' })) slot.setAttribute(name, value);
        document.querySelector('main').prepend(slot);
      });
      if (!(await until(page, () => document.querySelector('#state-ad-empty').matches(':state(empty)'), 15_000))) throw new Error('the slot did not end empty');
    },
    shoot: (page, path) => page.locator('#state-ad-empty').screenshot({ path, animations: 'disabled', caret: 'hide' }),
  },
  {
    name: 'state-playing',
    url: 'gallery.html',
    // Autoplay runs only for a reader who has not asked for reduced motion.
    context: { reducedMotion: 'no-preference' },
    async enter(page) {
      await page.locator('#themed').scrollIntoViewIfNeeded();
      if (!(await until(page, () => document.querySelector('#themed').matches(':state(playing)'), 5000))) throw new Error('the slideshow did not play');
    },
    shoot: (page, path) => page.locator('#themed').screenshot({ path, animations: 'disabled', caret: 'hide' }),
  },
  { name: 'state-lightbox', ...lightbox('twelve') },
  { name: 'state-lightbox-zoomed', ...lightbox('twelve', ['+', '+']) },
  { name: 'state-lightbox-rtl', ...lightbox('rtl') },
];

// ---- The pages: the demo build's, with their variants. ----

async function demoPages() {
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'demo' }, join(REPO, 'vite.config.ts'), REPO, 'silent');
  const files = Object.values(config.build.rolldownOptions.input).map((path) => relative(join(REPO, 'demo'), resolve(REPO, path)));
  const articles = (await readdir(join(REPO, 'demo/articles'))).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5));
  // The seed article first (the articles page's own), then the others.
  articles.sort((a, b) => (a === 'seed-gu' ? -1 : b === 'seed-gu' ? 1 : a.localeCompare(b)));
  const themes = (await readdir(join(REPO, 'demo/themes')).catch(() => [])).filter((name) => name.endsWith('.css')).map((name) => name.slice(0, -4));
  // The default theme first, as the page shows it.
  themes.sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)));
  const pages = [];
  for (const file of files.sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)))) {
    if (file === 'import.html' && !hasCorpus()) {
      console.log('import.html: skipped, its content (the corpus folder, scripts/corpus.mjs) is not on this machine');
      continue;
    }
    const html = await readFile(join(REPO, 'demo', file), 'utf8');
    const script = /<script\b/i.test(html);
    if (file === 'index.html') for (const name of articles) pages.push({ url: name === 'seed-gu' ? file : `${file}?article=${name}`, script });
    else if (file === 'themes.html' && themes.length) for (const name of themes) pages.push({ url: `${file}?theme=${name}`, script });
    else pages.push({ url: file, script });
  }
  return pages;
}

/** A file name for a page URL: index.html?article=ar-demo -> index.ar-demo. */
const slug = (url) => url.replace(/\.html/, '').replace(/\?[^=]+=/, '.').replace(/[^a-z0-9.-]+/gi, '-');

let pages = await demoPages();
let states = STATES;
if (options.page) {
  pages = pages.filter((page) => options.page.some((text) => page.url.includes(text)));
  states = states.filter((state) => options.page.some((text) => state.name.includes(text)));
}
if (!pages.length && !states.length) throw new Error('no page to capture (see --page)');

// ---- The dev server, on a free port (no hot reload: a file saved meanwhile must not reload a page mid-capture). ----

const port = await new Promise((resolvePort, reject) => {
  const probe = createNetServer().once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolvePort(free));
  });
});
const server = await createServer({ configFile: join(REPO, 'vite.config.ts'), logLevel: 'warn', server: { host: '127.0.0.1', port, strictPort: true, open: false, hmr: false } });
await server.listen();
const origin = `http://127.0.0.1:${port}`;

// ---- Readiness and capture. ----

/** Polls `check` (a function run in the page, without timers: a page may run no script) until it is true. */
async function until(page, check, timeout, arg) {
  for (const end = Date.now() + timeout; Date.now() < end; ) {
    if (await page.evaluate(check, arg).catch(() => false)) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/** Waits until the elements have rendered, lazy content has loaded and nothing moves. */
async function settle(page, { script }) {
  const where = page.url().slice(origin.length + 1);
  if (script) {
    const rendered = await until(
      page,
      () => {
        const tags = ['news-article', 'image-gallery', 'ad-slot'].filter((tag) => document.querySelector(tag));
        if (!tags.every((tag) => customElements.get(tag))) return false;
        return Array.from(document.querySelectorAll('news-article')).every((el) => el.matches(':state(ready), :state(error)'));
      },
      15_000,
    );
    if (!rendered) problems.push(`${where}: the elements did not render within 15 s`);
  }
  // Scroll through the page (lazy images and ads load as a reader scrolls), then back to the top.
  const { height, step } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, step: innerHeight / 2 }));
  for (let y = 0; y < height; y += step) {
    await page.evaluate((top) => scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.evaluate(() => scrollTo(0, 0));
  // Every image that is to load has loaded (one still lazy, such as a gallery's later slide, is
  // not waited for, nor one from another origin: import.html shows other publishers' documents,
  // and this machine may have no network), the ad slots have their creatives, the fonts are in.
  const loaded = await until(
    page,
    () => {
      const images = [];
      const collect = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'img' && el.getAttribute('src') && new URL(el.src).origin === location.origin) images.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      collect(document);
      const slots = Array.from(document.querySelectorAll('ad-slot'));
      return (
        images.every((img) => img.complete || img.loading === 'lazy') &&
        // (A slot without a provider never fills: the import page's.)
        slots.every((slot) => !customElements.get('ad-slot') || !slot.provider || slot.hidden || slot.matches(':state(filled), :state(empty)')) &&
        document.fonts.status === 'loaded'
      );
    },
    10_000,
  );
  if (!loaded) problems.push(`${where}: images, ads or fonts still loading after 10 s`);
  // The creatives paint in their own frames, and the last images decode.
  await page.waitForTimeout(script ? 500 : 200);
}

/**
 * A full-page screenshot, through a window as tall as the page: in a full-page capture of a
 * window, Chromium paints no frame of another process (the ads' sandboxed creatives) outside
 * the window, and a sticky footer (gallery.html's status line) sits where the window ended.
 */
async function fullPage(page, path) {
  const viewport = page.viewportSize();
  for (let tries = 0; tries < 3; tries++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height === page.viewportSize().height) break;
    await page.setViewportSize({ width: viewport.width, height: Math.min(height, 30_000) });
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  await page.setViewportSize(viewport);
}

const problems = [];
const written = [];
const browser = await launchChromium();

/** The page's PDF, and each of its pages as a PNG rendered by Chromium's PDF viewer. */
async function printPages(page, width, base) {
  const height = Math.round(width * Math.SQRT2);
  const pdfFile = join(outDir, `${base}.print.pdf`);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.pdf({ path: pdfFile, width: `${width}px`, height: `${height}px`, printBackground: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
  written.push(basename(pdfFile));
  const count = ((await readFile(pdfFile, 'latin1')).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // The viewer, fit to a window a little larger than a page; the picture is cropped to the page.
  const viewer = await browser.newContext({ viewport: { width: width + 40, height: height + 40 }, deviceScaleFactor: 1 });
  const cropper = await viewer.newPage();
  try {
    for (let n = 1; n <= Math.min(count, printPageCount); n++) {
      // (The viewer reads the page number from the URL it opens with, not from a later change.)
      const tab = await viewer.newPage();
      await tab.goto(`${pathToFileURL(pdfFile).href}#toolbar=0&navpanes=0&view=Fit&page=${n}`).catch(() => undefined);
      // Rendered when three pictures in a row are the same and show a page.
      let png = null;
      for (let tries = 0, same = 0, shot; tries < 60 && !(same >= 2 && png); tries++) {
        await tab.waitForTimeout(250);
        const next = await tab.screenshot();
        same = shot?.equals(next) ? same + 1 : 0;
        shot = next;
        if (same >= 2) png = await pageOf(cropper, shot);
      }
      await tab.close();
      if (!png) {
        problems.push(`${base}.print.pdf: page ${n} did not render in the PDF viewer`);
        continue;
      }
      const file = `${base}.print-${n}.png`;
      await writeFile(join(outDir, file), Buffer.from(png, 'base64'));
      written.push(file);
    }
  } finally {
    await viewer.close();
  }
  return count;
}

/** The page in a picture of the PDF viewer (base64 PNG), or null when it shows none yet. */
function pageOf(cropper, shot) {
  return cropper.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data: px, width: w, height: h } = context.getImageData(0, 0, image.width, image.height);
    // The viewer's background is the corner's colour; the page is the box of everything else.
    const bg = [px[0], px[1], px[2]];
    let [top, left, bottom, right] = [h, w, -1, -1];
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 4;
        if (Math.abs(px[i] - bg[0]) + Math.abs(px[i + 1] - bg[1]) + Math.abs(px[i + 2] - bg[2]) > 60) {
          if (y < top) top = y;
          if (y > bottom) bottom = y;
          if (x < left) left = x;
          if (x > right) right = x;
        }
      }
    }
    if (bottom < 0) return null;
    const out = new OffscreenCanvas(right - left + 1, bottom - top + 1);
    out.getContext('2d').drawImage(canvas, left, top, out.width, out.height, 0, 0, out.width, out.height);
    const bytes = new Uint8Array(await (await out.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, shot.toString('base64'));
}

// A full run starts from an empty folder; a partial one (--page, --width) renews its own files.
if (!options.page && !options.width) await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
console.log(`Capturing ${pages.length} pages at ${widths.join(' and ')} px · ${CHROME_PATH} · ${origin}`);

try {
  for (const entry of pages) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, javaScriptEnabled: entry.script, reducedMotion: 'reduce' });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`${entry.url} (${width}): page error: ${error.message}`));
      const base = `${slug(entry.url)}.${width}`;
      const notes = [];
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ media: 'screen', colorScheme: scheme });
        // Each scheme from a fresh load: what a reader whose system is in that scheme sees first.
        await page.goto(`${origin}/${entry.url}`, { waitUntil: 'load', timeout: 30_000 });
        await settle(page, entry);
        const file = `${base}.${scheme}.png`;
        await fullPage(page, join(outDir, file));
        written.push(file);
        for (const [docFile, docPage, docWidth, docScheme] of options.docs ? DOCS : []) {
          if (docPage !== entry.url || docWidth !== width || docScheme !== scheme) continue;
          await mkdir(join(REPO, 'docs/screenshots'), { recursive: true });
          await page.screenshot({ path: join(REPO, 'docs/screenshots', docFile), type: 'jpeg', quality: 70, animations: 'disabled', caret: 'hide' });
          notes.push(`docs/screenshots/${docFile}`);
        }
      }
      if (!options['no-print']) notes.push(`print: ${await printPages(page, width, base)} pages`);
      console.log(`  ${entry.url} · ${width}px${notes.length ? ` (${notes.join(', ')})` : ''}`);
      await context.close();
    }
  }
  for (const state of states) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce', ...state.context });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`${state.name} (${width}): page error: ${error.message}`));
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ media: 'screen', colorScheme: scheme });
        await page.goto(`${origin}/${state.url}`, { waitUntil: 'load', timeout: 30_000 });
        await settle(page, { script: true });
        try {
          await state.enter(page);
          const file = `${state.name}.${width}.${scheme}.png`;
          await state.shoot(page, join(outDir, file));
          written.push(file);
        } catch (error) {
          problems.push(`${state.name} (${width}, ${scheme}): ${error.message}`);
        }
      }
      console.log(`  ${state.name} · ${width}px`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// ---- The index: an HTML page of thumbnails and a README, both listing every file. ----

/** Page by page (the run's order), then width, then light, dark, the PDF and its pages in order. */
function byVariant(a, b) {
  const key = (file) => {
    const [, page, width, variant, n] = /^(.*)\.(\d+)\.(light|dark|print)(?:-(\d+))?\.(?:png|pdf)$/.exec(file) ?? [, file, 0, '', 0];
    const order = pages.findIndex((entry) => slug(entry.url) === page);
    const stateOrder = STATES.findIndex((state) => state.name === page);
    return [order >= 0 ? order : stateOrder >= 0 ? pages.length + stateOrder : pages.length + STATES.length, page, Number(width), ['light', 'dark', 'print'].indexOf(variant), file.endsWith('.pdf') ? 0 : Number(n ?? 0) + 1];
  };
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

const files = (await readdir(outDir)).filter((file) => /\.(png|pdf)$/.test(file)).sort(byVariant);
const groups = new Map();
for (const file of files) {
  const [page] = file.split(/\.(?=\d+\.)/);
  if (!groups.has(page)) groups.set(page, []);
  groups.get(page).push(file);
}
const sizes = new Map(await Promise.all(files.map(async (file) => [file, (await stat(join(outDir, file))).size])));
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const date = new Date().toISOString();
const pageUrl = (group) => pages.find((entry) => slug(entry.url) === group)?.url ?? group;

await writeFile(
  join(outDir, 'index.html'),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>news-elements screenshots</title>
<style>
  :root { color-scheme: light dark; font: 15px/1.5 system-ui, sans-serif; }
  body { margin: 1.5rem; }
  section { margin-block: 2rem; }
  ul { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
  li { inline-size: 12rem; font-size: 0.8125rem; }
  img { display: block; inline-size: 12rem; block-size: 16rem; object-fit: cover; object-position: top; border: 1px solid #8888; }
</style>
</head>
<body>
<h1>news-elements screenshots</h1>
<p>${files.length} files, ${date}, by <code>npm run screenshots</code> (scripts/screenshots.mjs) in ${escape(CHROME_PATH)}.</p>
${[...groups]
  .map(
    ([group, files]) => `<section>
<h2>${escape(pageUrl(group))}</h2>
<ul>
${files
  .map((file) => (file.endsWith('.png') ? `<li><a href="${escape(file)}"><img src="${escape(file)}" alt="" loading="lazy" />${escape(file)}</a> (${kb(sizes.get(file))})</li>` : `<li><a href="${escape(file)}">${escape(file)}</a> (${kb(sizes.get(file))})</li>`))
  .join('\n')}
</ul>
</section>`,
  )
  .join('\n')}
</body>
</html>
`,
);
await writeFile(
  join(outDir, 'README.md'),
  `# news-elements screenshots

Made by \`npm run screenshots\` (scripts/screenshots.mjs) on ${date} in ${CHROME_PATH}; open index.html to see them.
Each page at ${widths.join(' and ')} px: \`.light.png\` and \`.dark.png\` are full pages in each colour scheme,
\`.print.pdf\` is what printing gives and \`.print-N.png\` its pages as Chromium's PDF viewer renders them.
The \`state-*\` pictures show what a page does not hold still: an article loading, an empty ad slot, a playing slideshow, the lightbox open, zoomed, and right to left.

${[...groups].map(([group, files]) => `## ${pageUrl(group)}\n\n${files.map((file) => `- [${file}](${file}) (${kb(sizes.get(file))})`).join('\n')}`).join('\n\n')}
`,
);

console.log(`\n${written.length} files written, ${files.length} in ${relative(REPO, outDir) || '.'}/ (index.html, README.md)`);
if (problems.length) {
  console.log(`\nProblems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
