import { expect } from '@open-wc/testing';
import { buildVersions, runPage } from './page.js';

/** A lazy chunk other than the lightbox's (JSON-LD, progress, …): `<name>-<hash>.js`. */
const OTHER_CHUNK = /\/(?!lightbox-)[a-z-]+-[\w-]{8}\.js$/;

/** Ids, tags and lightbox of an article element in the page. */
const INSPECT = `
  const registries = () => Object.getOwnPropertySymbols(globalThis).map((s) => s.description).filter((d) => d.startsWith('news-elements@'));
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
        await settled();
        done({ kept, warnings, articles: [a, b, c], registries: registries() });
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
    // Each entry, and each build's lazy chunks (the ad fill, the lightbox, the JSON-LD, progress and reader-view copy code), fetched once, from beside its entry.
    expect(new Set(report.resources).size, report.resources.join(' ')).to.equal(report.resources.length);
    const fetched = report.resources.map((url) => url.replace(/\/([a-z-]+)-[\w-]{8}\.js$/, '/$1.js'));
    expect(fetched.sort()).to.deep.equal([
      '/builds/current/renamed/fill.js',
      '/builds/current/renamed/json-ld.js',
      '/builds/current/renamed/light-copy.js',
      '/builds/current/renamed/lightbox.js',
      '/builds/current/renamed/ne.js',
      '/builds/current/renamed/progress.js',
      '/builds/current/renamed/sanitize-tree.js',
      '/builds/other/versioned/fill.js',
      '/builds/other/versioned/json-ld.js',
      '/builds/other/versioned/light-copy.js',
      '/builds/other/versioned/lightbox.js',
      '/builds/other/versioned/news-elements.0.1.0.js',
      '/builds/other/versioned/progress.js',
      '/builds/other/versioned/sanitize-tree.js',
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
  it('the same classic script twice (another URL): no throw, one warning, one registry, one lightbox chunk', async () => {
    const report = await runPage({
      head: `<script src="/builds/current/plain/news-elements.iife.js"></script>
        <script src="/builds/current/plain/news-elements.iife.js?v=2" defer></script>`,
      script: `${INSPECT}
        await until(() => customElements.get('news-article'), 'news-article');
        done({ article: await inspect(await renderArticle('news-article')), registries: registries() });
      `,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([
      `news-elements ${versions.current}: <ad-slot>, <image-gallery>, <news-article> are already defined by news-elements ${versions.current}; keeping those`,
    ]);
    expect((report.article as { lightbox: unknown }).lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
    expect(report.registries, 'the same build: one registry').to.have.length(1);
    expect(report.resources.filter((url) => url.includes('/lightbox-')), 'one lightbox chunk for both copies').to.have.length(1);
    expect(new Set(report.resources).size, report.resources.join(' ')).to.equal(report.resources.length);
  });

  it("two classic scripts of two versions: the first keeps its tags, the last one's global defines its own, each with its own lightbox chunk", async () => {
    const report = await runPage({
      head: `<script src="/builds/other/versioned/news-elements.iife.0.1.0.js"></script>
        <script src="/builds/current/renamed/ne-classic.js"></script>`,
      script: `${INSPECT}
        const warnings = [...collected.warnings];
        // The last classic script assigned the global.
        NewsElements.AdSlotElement.define('late-ad');
        NewsElements.ImageGalleryElement.define('late-gallery');
        NewsElements.NewsArticleElement.define('late-article');
        const a = await inspect(await renderArticle('news-article', 'First'));
        const b = await inspect(await renderArticle('late-article', 'Second'));
        done({ warnings, articles: [a, b], registries: registries() });
      `,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([
      `news-elements ${versions.current}: <ad-slot>, <image-gallery>, <news-article> are already defined by news-elements ${versions.other}; keeping those`,
    ]);
    const [a, b] = report.articles as { tag: string; version: string; adSlots: { tag: string; id: string }[]; lightbox: unknown }[];
    expect([a!.version, b!.version]).to.deep.equal([versions.other, versions.current]);
    expect(a!.adSlots.map((slot) => slot.tag)).to.deep.equal(['ad-slot']);
    expect(b!.adSlots.map((slot) => slot.tag)).to.deep.equal(['late-ad']);
    expect(a!.lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
    expect(b!.lightbox).to.deep.equal({ tag: 'late-gallery', open: true });
    expect(a!.adSlots[0]!.id).to.not.equal(b!.adSlots[0]!.id);
    expect(report.registries, 'one registry per build').to.have.length(2);
    expect(new Set(report.resources).size, report.resources.join(' ')).to.equal(report.resources.length);
    const fetched = report.resources.map((url) => url.replace(/lightbox-[\w-]+/, 'lightbox')).filter((url) => !OTHER_CHUNK.test(url));
    expect(fetched.sort()).to.deep.equal([
      '/builds/current/renamed/lightbox.js',
      '/builds/current/renamed/ne-classic.js',
      '/builds/other/versioned/lightbox.js',
      '/builds/other/versioned/news-elements.iife.0.1.0.js',
    ]);
  });

  it('a classic script and an ES module of the same build: one warning, one registry, each lazy chunk fetched once', async () => {
    const report = await runPage({
      head: `<script src="/builds/current/plain/news-elements.iife.js"></script>
        <script type="module" src="/builds/current/plain/news-elements.js"></script>`,
      script: `${INSPECT}
        const module = await import('/builds/current/plain/news-elements.js');
        module.ImageGalleryElement.define('module-gallery');
        module.NewsArticleElement.define('module-article');
        const a = await inspect(await renderArticle('news-article'));
        const b = await inspect(await renderArticle('module-article'));
        done({ articles: [a, b], registries: registries() });
      `,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.have.length(1);
    const [a, b] = report.articles as { lightbox: unknown }[];
    expect(a!.lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
    expect(b!.lightbox, "the module's gallery loads the same chunk").to.deep.equal({ tag: 'module-gallery', open: true });
    expect(report.registries).to.have.length(1);
    expect(report.resources.filter((url) => url.includes('/lightbox-'))).to.have.length(1);
    expect(new Set(report.resources).size, report.resources.join(' ')).to.equal(report.resources.length);
  });
});
