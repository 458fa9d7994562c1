import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { runPage, type PageReport } from './page.js';

/**
 * Renders an article from the page's bundle and lets the lazy code its render asked for
 * arrive (JSON-LD, progress, …), then opens its gallery's lightbox; reports what was fetched when.
 */
const RENDER_AND_OPEN = `
  await until(() => customElements.get('news-article'), 'news-article to be defined');
  const el = await renderArticle('news-article');
  await settled();
  const beforeOpen = resources();
  const lightbox = await openLightbox(el);
  const jsonLd = el.querySelectorAll(':scope > script[type="application/ld+json"]').length;
  done({ beforeOpen, lightbox, jsonLd, headline: el.shadowRoot.querySelector('[part="headline"]').textContent });
`;

const LIGHTBOX_CHUNK = /\/lightbox-[\w-]+\.js$/;

/**
 * What every hosting must give: no error or warning, the article rendered and its lightbox
 * open; the entry fetched first and once; the lightbox chunk fetched once, on first open; and
 * nothing else but lazy chunks of this build, from beside the entry (`dir`), each once.
 */
function expectLoadedOnce(report: PageReport, url: string, dir = url.slice(0, url.lastIndexOf('/') + 1)) {
  expect(report.errors).to.deep.equal([]);
  expect(report.warnings).to.deep.equal([]);
  expect(report.headline).to.equal('Built');
  expect(report.lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
  const resources = report.resources;
  expect(resources[0], 'the entry, first').to.equal(url);
  expect(resources.filter((r) => r === url), 'the entry, fetched once').to.have.length(1);
  expect((report.beforeOpen as string[]).filter((r) => LIGHTBOX_CHUNK.test(r)), 'no lightbox before the first open').to.deep.equal([]);
  const chunks = resources.slice(1);
  expect(chunks.filter((r) => LIGHTBOX_CHUNK.test(r)), 'the lightbox chunk, once').to.have.length(1);
  for (const chunk of chunks) expect(chunk, 'a chunk of this build, beside the entry, without the query').to.match(new RegExp(`^${dir.replace(/[.?]/g, '\\$&')}[\\w-]+-[\\w-]{8}\\.js$`));
  expect(new Set(chunks).size, `each chunk once: ${chunks.join(' ')}`).to.equal(chunks.length);
  // After its first render an article (not syndicated, no `copy`) loads the JSON-LD, progress
  // and reader-view copy code (with the serializer it shares with other importing code), and
  // its ad slots the fill code.
  const names = chunks.map((r) => /([a-z-]+)-[\w-]{8}\.js$/.exec(r)?.[1]).sort();
  expect(names, 'the lazy chunks: the reader features an article asks for, the ad fill and the lightbox').to.deep.equal(['fill', 'json-ld', 'light-copy', 'lightbox', 'progress', 'sanitize-tree']);
  expect(report.jsonLd, 'the JSON-LD chunk ran').to.equal(1);
}

/** A hosting of the entry whose lazy chunks were not copied: the article still renders; each missing chunk is a warning. */
const RENDER_WITHOUT_CHUNKS = `
  await until(() => customElements.get('news-article'), 'news-article');
  const el = await renderArticle('news-article');
  const gallery = el.shadowRoot.querySelector('[part="gallery"]');
  await until(() => gallery.shadowRoot && gallery.shadowRoot.querySelector('[part="image-button"]'), 'the gallery');
  gallery.shadowRoot.querySelector('[part="image-button"]').click();
  await until(() => collected.warnings.some((w) => w.startsWith('<image-gallery>')), 'the lightbox warning');
  await until(() => ['JSON-LD', 'reading progress', 'reader-view copy'].every((name) => collected.warnings.some((w) => w.startsWith(\`<news-article>: the \${name} code\`))), "the article's warnings");
  done({
    headline: el.shadowRoot.querySelector('[part="headline"]').textContent,
    paragraph: Boolean(el.shadowRoot.querySelector('[part="paragraph"]')),
    open: Boolean(gallery.shadowRoot.querySelector('dialog[open]')),
  });
`;

function expectRenderedWithoutChunks(report: PageReport) {
  expect(report.errors).to.deep.equal([]);
  expect(report.headline, 'the first render needs nothing but the entry').to.equal('Built');
  expect(report.paragraph).to.equal(true);
  expect(report.open).to.equal(false);
  expect(report.warnings.filter((w) => w.startsWith('<image-gallery>'))).to.have.length(1);
  expect(report.warnings.find((w) => w.startsWith('<image-gallery>'))).to.match(/^<image-gallery>: the lightbox code did not load/);
  for (const warning of report.warnings) expect(warning).to.match(/^<[\w-]+>: the [\w -]+ code did not load/);
  // The article's features that load after its first render, each warned about (again on a later update: it retries).
  const features = new Set(report.warnings.map((w) => /^<news-article>: the ([\w -]+) code/.exec(w)?.[1]).filter(Boolean));
  expect([...features].sort()).to.deep.equal(['JSON-LD', 'reader-view copy', 'reading progress']);
}

describe('built bundles', () => {
  let second: string;
  before(async () => {
    second = await executeServerCommand<string, undefined>('second-origin');
  });

  describe('ES module', () => {
    const hostings = [
      { name: 'under its build name', url: '/builds/current/plain/news-elements.js' },
      { name: 'renamed', url: '/builds/current/renamed/ne.js' },
      { name: 'versioned', url: '/builds/current/versioned/news-elements.0.1.0.js' },
      { name: 'hashed', url: '/builds/current/hashed/news-elements.3f2a9c1b.js' },
      { name: 'with a query string', url: '/builds/current/plain/news-elements.js?v=3' },
    ];
    for (const { name, url } of hostings) {
      it(`${name}: renders from the entry, then loads the lightbox chunk once, never the entry again`, async () => {
        const report = await runPage({ head: `<script type="module" src="${url}"></script>`, script: RENDER_AND_OPEN });
        expectLoadedOnce(report, url);
      });
    }

    it('behind a redirect: the lazy chunks come from beside where it was redirected to', async () => {
      const url = '/builds/current/redirected/news-elements.js';
      const report = await runPage({ head: `<script type="module" src="${url}"></script>`, script: RENDER_AND_OPEN });
      expectLoadedOnce(report, url, '/builds/current/versioned/');
    });

    it('from another origin with CORS: the lazy chunks come from beside it', async () => {
      const url = `${second}/cors/dist-test/current/news-elements.js`;
      const report = await runPage({ head: `<script type="module" src="${url}"></script>`, script: RENDER_AND_OPEN });
      expectLoadedOnce(report, url);
    });

    it('renamed: loads the importer for <news-article src format> from beside the entry', async () => {
      const report = await runPage({
        head: '<script type="module" src="/builds/current/renamed/ne.js"></script>',
        body: '<news-article src="/fetch/wordpress" format="wordpress" lang="en"></news-article>',
        script: `
          const el = document.querySelector('news-article');
          await until(() => el.shadowRoot && el.shadowRoot.querySelector('[part~="headline"]'), 'the imported article');
          await settled();
          done({ headline: el.shadowRoot.querySelector('[part~="headline"]').textContent.trim() });
        `,
      });
      expect(report.errors).to.deep.equal([]);
      expect(report.headline).to.equal('Iceland on a Budget – Gullfoss & more');
      const chunks = report.resources.slice(1).map((r) => /([a-z-]+)-[\w-]{8}\.js$/.exec(r)?.[1]);
      expect(chunks, 'the mappers and the wordpress mapper, from beside the renamed entry').to.include.members(['map', 'wordpress']);
      for (const r of report.resources.slice(1)) expect(r).to.match(/^\/builds\/current\/renamed\//);
      expect(report.resources.filter((r) => r.endsWith('/ne.js')), 'the entry once').to.have.length(1);
    });

    it('warns, and throws nothing, when the host did not copy the lazy chunks', async () => {
      const report = await runPage({
        head: '<script type="module" src="/builds/current/entryonly/news-elements.js"></script>',
        script: RENDER_WITHOUT_CHUNKS,
      });
      expectRenderedWithoutChunks(report);
    });
  });

  describe('IIFE (classic script)', () => {
    const hostings = [
      { name: 'under its build name', url: '/builds/current/plain/news-elements.iife.js', defer: false },
      { name: 'under its build name, with defer', url: '/builds/current/plain/news-elements.iife.js', defer: true },
      { name: 'renamed', url: '/builds/current/renamed/ne-classic.js', defer: false },
      { name: 'versioned, with defer', url: '/builds/current/versioned/news-elements.iife.0.1.0.js', defer: true },
      { name: 'hashed', url: '/builds/current/hashed/news-elements.iife.3f2a9c1b.js', defer: false },
      { name: 'with a query string, with defer', url: '/builds/current/plain/news-elements.iife.js?v=3', defer: true },
    ];
    for (const { name, url, defer } of hostings) {
      it(`${name}: renders from the script, then loads the lightbox chunk from beside it once, never the script again`, async () => {
        const report = await runPage({ head: `<script src="${url}"${defer ? ' defer' : ''}></script>`, script: RENDER_AND_OPEN });
        expectLoadedOnce(report, url);
      });
    }

    it('behind a redirect: the lazy chunks come from beside where it was redirected to', async () => {
      const url = '/builds/current/redirected/news-elements.iife.js';
      const report = await runPage({ head: `<script src="${url}" defer></script>`, script: RENDER_AND_OPEN });
      expectLoadedOnce(report, url, '/builds/current/versioned/');
    });

    // Without a crossorigin attribute, a classic script from another origin has muted errors
    // and the base URL about:blank: a relative import() in it could not resolve.
    for (const crossorigin of [false, true]) {
      it(`from another origin with CORS, ${crossorigin ? 'with' : 'without'} a crossorigin attribute: the lazy chunks come from beside it`, async () => {
        const url = `${second}/cors/dist-test/current/news-elements.iife.js`;
        const report = await runPage({ head: `<script src="${url}"${crossorigin ? ' crossorigin' : ''} defer></script>`, script: RENDER_AND_OPEN });
        expectLoadedOnce(report, url);
      });
    }

    it('from another origin without CORS: renders, and warns (throws nothing) where a lazy chunk is refused', async () => {
      const report = await runPage({ head: `<script src="${second}/dist-test/current/news-elements.iife.js"></script>`, script: RENDER_WITHOUT_CHUNKS });
      expectRenderedWithoutChunks(report);
    });

    it('warns, and throws nothing, when the host did not copy the lazy chunks', async () => {
      const report = await runPage({ head: '<script src="/builds/current/entryonly/news-elements.iife.js"></script>', script: RENDER_WITHOUT_CHUNKS });
      expectRenderedWithoutChunks(report);
    });

    it('upgrades an article written in the page after a classic script in the head', async () => {
      const article = JSON.stringify({ lang: 'en', headline: 'From markup', body: [{ type: 'paragraph', html: 'Text.' }] });
      const report = await runPage({
        head: '<script src="/builds/current/plain/news-elements.iife.js"></script>',
        body: `<news-article><script type="application/json">${article}</script><p>Fallback</p></news-article>`,
        script: `
          const el = document.querySelector('news-article');
          await until(() => el.shadowRoot && el.shadowRoot.querySelector('[part="headline"]'), 'the headline');
          done({ headline: el.shadowRoot.querySelector('[part="headline"]').textContent, global: Object.keys(window.NewsElements).sort() });
        `,
      });
      expect(report.errors).to.deep.equal([]);
      expect(report.headline).to.equal('From markup');
      expect(report.global, 'the entry module exports, not the bindings shared with its chunks').to.deep.equal([
        'AdSlotElement',
        'ImageGalleryElement',
        'NewsArticleElement',
        'parseArticle',
        'registerAdProvider',
        'registerTranslation',
      ]);
    });
  });
});
