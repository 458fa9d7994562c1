import { expect } from '@open-wc/testing';
import { runPage } from './page.js';

/** Renders an article from the page's bundle, then opens its gallery's lightbox; reports what was fetched when. */
const RENDER_AND_OPEN = `
  await until(() => customElements.get('news-article'), 'news-article to be defined');
  const el = await renderArticle('news-article');
  const beforeOpen = resources();
  const lightbox = await openLightbox(el);
  done({ beforeOpen, lightbox, headline: el.shadowRoot.querySelector('[part="headline"]').textContent });
`;

const LIGHTBOX_CHUNK = /^\/builds\/current\/\w+\/lightbox-[\w-]+\.js$/;

describe('built bundles', () => {
  describe('ES module', () => {
    const hostings = [
      { name: 'under its build name', url: '/builds/current/plain/news-elements.js' },
      { name: 'renamed', url: '/builds/current/renamed/ne.js' },
      { name: 'versioned', url: '/builds/current/versioned/news-elements.0.1.0.js' },
      { name: 'hashed', url: '/builds/current/hashed/news-elements.3f2a9c1b.js' },
      { name: 'with a query string', url: '/builds/current/plain/news-elements.js?v=3' },
    ];
    for (const { name, url } of hostings) {
      it(`${name}: renders from the entry alone, then loads the lightbox chunk once, never the entry again`, async () => {
        const report = await runPage({ head: `<script type="module" src="${url}"></script>`, script: RENDER_AND_OPEN });
        expect(report.errors).to.deep.equal([]);
        expect(report.warnings).to.deep.equal([]);
        expect(report.headline).to.equal('Built');
        expect(report.beforeOpen, 'the first render needs nothing but the entry').to.deep.equal([url]);
        expect(report.lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
        expect(report.resources).to.have.length(2);
        expect(report.resources[0], 'the entry, fetched once').to.equal(url);
        expect(report.resources[1]).to.match(LIGHTBOX_CHUNK);
      });
    }

    it('warns, and throws nothing, when the host did not copy the lightbox chunk', async () => {
      const report = await runPage({
        head: '<script type="module" src="/builds/current/entryonly/news-elements.js"></script>',
        script: `
          await until(() => customElements.get('news-article'), 'news-article');
          const el = await renderArticle('news-article');
          const gallery = el.shadowRoot.querySelector('[part="gallery"]');
          await until(() => gallery.shadowRoot && gallery.shadowRoot.querySelector('[part="image-button"]'), 'the gallery');
          gallery.shadowRoot.querySelector('[part="image-button"]').click();
          await until(() => collected.warnings.length, 'a warning');
          done({ open: Boolean(gallery.shadowRoot.querySelector('dialog[open]')) });
        `,
      });
      expect(report.errors).to.deep.equal([]);
      expect(report.warnings).to.have.length(1);
      expect(report.warnings[0]).to.match(/^<image-gallery>: the lightbox code did not load/);
      expect(report.open).to.equal(false);
    });
  });

  describe('IIFE (classic script)', () => {
    for (const defer of [false, true]) {
      it(`${defer ? 'with' : 'without'} defer: defines the elements, renders and opens the lightbox with no other fetch`, async () => {
        const url = '/builds/current/plain/news-elements.iife.js';
        const report = await runPage({ head: `<script src="${url}"${defer ? ' defer' : ''}></script>`, script: RENDER_AND_OPEN });
        expect(report.errors).to.deep.equal([]);
        expect(report.warnings).to.deep.equal([]);
        expect(report.headline).to.equal('Built');
        expect(report.lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
        expect(report.resources, 'the lightbox is inlined').to.deep.equal([url]);
      });
    }

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
      expect(report.global).to.include.members(['AdSlotElement', 'ImageGalleryElement', 'NewsArticleElement']);
    });
  });
});
