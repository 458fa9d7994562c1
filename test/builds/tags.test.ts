import { expect } from '@open-wc/testing';
import { buildVersions, runPage } from './page.js';

/** A page script that has already defined `image-gallery` and `ad-slot` (another library's elements). */
const FOREIGN = `
  customElements.define('image-gallery', class extends HTMLElement {});
  customElements.define('ad-slot', class extends HTMLElement {});
`;

describe('tags per registration (built bundles)', () => {
  it('where another script holds the default tags, the page defines its own, and articles use them', async () => {
    const { current } = await buildVersions();
    const report = await runPage({
      head: `<script nonce="test-nonce">${FOREIGN}</script><script src="/builds/current/plain/news-elements.iife.js"></script>`,
      script: `
        const warnings = [...collected.warnings];
        NewsElements.ImageGalleryElement.define('x-gallery');
        NewsElements.AdSlotElement.define('x-ad');
        const el = await renderArticle('news-article');
        const gallery = el.shadowRoot.querySelector('[part="gallery"]');
        const slot = el.querySelector(':scope > [slot]');
        done({
          warnings,
          gallery: gallery.localName,
          galleryIsOurs: gallery instanceof NewsElements.ImageGalleryElement,
          slot: slot.localName,
          slotIsOurs: slot instanceof NewsElements.AdSlotElement,
          lightbox: await openLightbox(el),
          galleryStyled: getComputedStyle(gallery).display,
        });
      `,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([
      `news-elements ${current}: <ad-slot>, <image-gallery> are already defined by another script; keeping those`,
    ]);
    expect(report.gallery).to.equal('x-gallery');
    expect(report.galleryIsOurs).to.equal(true);
    expect(report.slot).to.equal('x-ad');
    expect(report.slotIsOurs).to.equal(true);
    expect(report.lightbox).to.deep.equal({ tag: 'x-gallery', open: true });
  });

  it('with the ES module: the page takes the classes from the bundle it loaded and defines its own tags', async () => {
    const report = await runPage({
      head: `<script nonce="test-nonce">${FOREIGN}</script><script type="module" src="/builds/current/renamed/ne.js"></script>`,
      script: `
        // The same URL as the script tag: the same module, not a second copy.
        const { AdSlotElement, ImageGalleryElement } = await import('/builds/current/renamed/ne.js');
        AdSlotElement.define('late-ad');
        ImageGalleryElement.define('late-gallery');
        const el = await renderArticle('news-article');
        done({ slot: el.querySelector(':scope > [slot]').localName, gallery: el.shadowRoot.querySelector('[part="gallery"]').localName });
      `,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.slot).to.equal('late-ad');
    expect(report.gallery).to.equal('late-gallery');
    expect(report.warnings).to.have.length(1); // the foreign tags
    expect(report.resources.filter((url) => url.endsWith('/ne.js')), 'fetched once').to.have.length(1);
  });
});
