import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { ImageGalleryElement } from '../../../src/index.js';

const lightboxRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/lightbox\.(ts|js)(\?|$)/.test(new URL(entry.name).pathname + new URL(entry.name).search)).length;

describe('<image-gallery> lightbox code', () => {
  it('is not loaded until the lightbox first opens, then loaded once', async () => {
    const gallery = await fixture<ImageGalleryElement>(html`<image-gallery lightbox>
      <figure><img src="/images/stand-in-meeting-1200x800.jpg" alt="One" width="1200" height="800" /></figure>
      <figure><img src="/images/stand-in-reception-1024x768.jpg" alt="Two" width="1024" height="768" /></figure>
    </image-gallery>`);
    await gallery.updateComplete;
    expect(lightboxRequests()).to.equal(0);
    const opened = oneEvent(gallery, 'image-gallery-open');
    gallery.open(0);
    await opened;
    expect(lightboxRequests()).to.equal(1);
    gallery.close();
    const reopened = oneEvent(gallery, 'image-gallery-open');
    gallery.open(1);
    await reopened;
    expect(lightboxRequests()).to.equal(1);
    gallery.close();
  });
});
