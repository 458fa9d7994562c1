import { expect } from '@open-wc/testing';
import { buildVersions, runPage } from './page.js';

/** Ids, tags and lightbox of an article element in the page. */
const INSPECT = `
  const inspect = async (el) => ({
    tag: el.localName,
    version: el.constructor.version,
    adSlots: [...el.querySelectorAll(':scope > [slot^="ad-"]')].map((slot) => ({ tag: slot.localName, id: slot.id })),
    lightbox: await openLightbox(el),
  });
`;

describe('two copies on one page', () => {
  let versions: { current: string; other: string };
  before(async () => {
    versions = await buildVersions();
  });

  it('every element class carries the version of its build', async () => {
    const report = await runPage({
      head: '<script type="module" src="/builds/other/plain/news-elements.js"></script>',
      script: `
        await until(() => customElements.get('news-article'), 'news-article');
        done({ versions: ['news-article', 'image-gallery', 'ad-slot'].map((tag) => customElements.get(tag).version) });
      `,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.versions).to.deep.equal([versions.other, versions.other, versions.other]);
  });

  it('two versions: the first keeps its tags, the second warns once naming both, and each renders with its own code', async () => {
    const report = await runPage({
      script: `${INSPECT}
        const first = await import('/builds/current/renamed/ne.js');
        const second = await import('/builds/other/versioned/news-elements.0.1.0.js');
        const kept = ['news-article', 'image-gallery', 'ad-slot'].every((tag) => customElements.get(tag) === first[{ 'news-article': 'NewsArticleElement', 'image-gallery': 'ImageGalleryElement', 'ad-slot': 'AdSlotElement' }[tag]]);
        const warnings = [...collected.warnings];
        // The second copy's classes still work under tags of their own.
        second.AdSlotElement.define('other-ad');
        second.ImageGalleryElement.define('other-gallery');
        second.NewsArticleElement.define('other-article');
        const a = await inspect(await renderArticle('news-article', 'First'));
        const b = await inspect(await renderArticle('other-article', 'Second'));
        const c = await inspect(await renderArticle('news-article', 'Third'));
        const registries = Object.getOwnPropertySymbols(globalThis).map((s) => s.description).filter((d) => d.startsWith('news-elements@'));
        done({ kept, warnings, articles: [a, b, c], registries });
      `,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.kept, 'the first copy keeps every tag').to.equal(true);
    const [a, b, c] = report.articles as { tag: string; adSlots: { tag: string; id: string }[]; lightbox: unknown }[];
    expect(a!.adSlots.map((slot) => slot.tag)).to.deep.equal(['ad-slot']);
    expect(b!.adSlots.map((slot) => slot.tag), 'the second copy places its own ad slot tag').to.deep.equal(['other-ad']);
    expect(a!.lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
    expect(b!.lightbox, "the second copy's gallery, with its own lightbox chunk").to.deep.equal({ tag: 'other-gallery', open: true });
    expect(c!.lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
    const ids = [a, b, c].flatMap((article) => article!.adSlots.map((slot) => slot.id));
    expect(new Set(ids).size, `unique ids: ${ids.join(' ')}`).to.equal(3);
    expect(report.registries, 'one registry per build').to.have.length(2);
    // Each entry and each build's lightbox chunk fetched once.
    const fetched = report.resources.map((url) => url.replace(/lightbox-[\w-]+/, 'lightbox'));
    expect(fetched.sort()).to.deep.equal([
      '/builds/current/renamed/lightbox.js',
      '/builds/current/renamed/ne.js',
      '/builds/other/versioned/lightbox.js',
      '/builds/other/versioned/news-elements.0.1.0.js',
    ]);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.equal(
      `news-elements ${versions.other}: <ad-slot>, <image-gallery>, <news-article> are already defined by news-elements ${versions.current}; keeping those`,
    );
  });

  it('the same script twice (another URL): no throw, one warning, the first copy keeps working', async () => {
    const report = await runPage({
      head: `<script type="module" src="/builds/current/plain/news-elements.js"></script>
        <script type="module" src="/builds/current/plain/news-elements.js?v=2"></script>`,
      script: `${INSPECT}
        await until(() => customElements.get('news-article'), 'news-article');
        done({ article: await inspect(await renderArticle('news-article')) });
      `,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([
      `news-elements ${versions.current}: <ad-slot>, <image-gallery>, <news-article> are already defined by news-elements ${versions.current}; keeping those`,
    ]);
    expect((report.article as { lightbox: unknown }).lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
    const chunks = report.resources.filter((url) => url.includes('/lightbox-'));
    expect(chunks, 'one lightbox chunk for both copies').to.have.length(1);
  });

  it('a classic script and a module of other versions: one warning, no throw', async () => {
    const report = await runPage({
      head: `<script src="/builds/other/plain/news-elements.iife.js"></script>
        <script type="module" src="/builds/current/plain/news-elements.js"></script>`,
      script: `${INSPECT}
        await until(() => customElements.get('news-article'), 'news-article');
        done({ article: await inspect(await renderArticle('news-article')), gallery: customElements.get('image-gallery').version });
      `,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.gallery, 'the classic script ran first and keeps its tags').to.equal(versions.other);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain(`news-elements ${versions.current}:`).and.contain(`by news-elements ${versions.other}`);
    expect((report.article as { lightbox: unknown }).lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
  });
});
