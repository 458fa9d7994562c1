import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { frames, nextEvent, renderGallery, sampleImages, text, type Gallery } from './helpers.js';

const liveRegion = (gallery: Gallery) => gallery.root.querySelector('[aria-live="polite"]');

/** Lets the element update and any scrolling it started finish. */
async function settle(gallery: Gallery): Promise<void> {
  await gallery.element.updateComplete;
  await frames(3);
  await gallery.element.updateComplete;
}

describe('<image-gallery>', () => {
  describe('live region', () => {
    beforeEach(async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
    });

    afterEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('has one polite, atomic live region, empty after the first render', async () => {
      const gallery = await renderGallery({ images: sampleImages(5) });
      await settle(gallery);
      const regions = gallery.root.querySelectorAll('[aria-live="polite"]');
      expect(regions).to.have.length(1);
      expect(regions[0]!.getAttribute('aria-atomic')).to.equal('true');
      expect(text(regions[0])).to.equal('');
    });

    it('stays empty after goTo() and next()', async () => {
      const gallery = await renderGallery({ images: sampleImages(5) });
      gallery.element.next();
      await settle(gallery);
      expect(text(liveRegion(gallery))).to.equal('');
      gallery.element.goTo(2);
      await settle(gallery);
      expect(text(liveRegion(gallery))).to.equal('');
    });

    it('stays empty after next() with smooth scrolling, once the scroll has ended', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const gallery = await renderGallery({ images: sampleImages(5) });
      const ended = nextEvent(gallery.part('viewport')!, 'scrollend');
      gallery.element.next();
      await ended;
      await settle(gallery);
      expect(gallery.element.index).to.equal(1);
      expect(text(liveRegion(gallery))).to.equal('');
    });

    it('says "2 of 5" after a click on next', async () => {
      const gallery = await renderGallery({ images: sampleImages(5) });
      gallery.part('next')!.click();
      await settle(gallery);
      expect(text(liveRegion(gallery))).to.equal('2 of 5');
    });

    it('says "2 of 5" after an arrow key', async () => {
      const gallery = await renderGallery({ images: sampleImages(5) });
      gallery.part('viewport')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(gallery);
      expect(text(liveRegion(gallery))).to.equal('2 of 5');
    });

    it('speaks the language around it', async () => {
      const gallery = await renderGallery({ images: sampleImages(5), around: { lang: 'ar' } });
      gallery.part('next')!.click();
      await settle(gallery);
      expect(text(liveRegion(gallery))).to.equal('2 من 5');
    });

    it('stays unchanged when autoplay advances', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      // Long enough for the smooth scroll to each image to finish before the next one.
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { autoplay: '', interval: '900' } });
      const ended = nextEvent(gallery.part('viewport')!, 'scrollend', 4000);
      await nextEvent(gallery.element, 'image-gallery-change', 4000);
      await ended;
      await settle(gallery);
      expect(gallery.element.index).to.equal(1);
      expect(text(liveRegion(gallery))).to.equal('');
    });
  });
});
