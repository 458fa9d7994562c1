import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { nextEvent, renderGallery, sampleImages, sleep, type Gallery } from './helpers.js';

async function openLightbox(gallery: Gallery): Promise<void> {
  const opened = nextEvent(gallery.element, 'image-gallery-open');
  gallery.element.open(1);
  await opened;
}

describe('<image-gallery>', () => {
  describe('accessibility', () => {
    let open: Gallery | undefined;

    afterEach(async () => {
      open?.element.close();
      open = undefined;
      await sleep(20);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('passes axe inline, with thumbnails, autoplay and a lightbox button', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { thumbnails: '', autoplay: '', lightbox: '' } });
      await expect(gallery.element).to.be.accessible();
    });

    it('passes axe with children as input, in Arabic right to left', async () => {
      const gallery = await renderGallery({
        around: { lang: 'ar', dir: 'rtl' },
        attributes: { thumbnails: '' },
        children: sampleImages(3)
          .map((image) => `<figure><img src="${image.src}" alt="${image.alt}"><figcaption>تعليق <span part="credit">تصوير</span></figcaption></figure>`)
          .join(''),
      });
      await expect(gallery.element).to.be.accessible();
    });

    it('passes axe with the lightbox open', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { lightbox: '', thumbnails: '' } });
      open = gallery;
      await openLightbox(gallery);
      await expect(gallery.element).to.be.accessible();
    });

    it('keeps the previous and next labels in Arabic, mirroring only the chevrons', async () => {
      const gallery = await renderGallery({ images: sampleImages(3), around: { lang: 'ar', dir: 'rtl' } });
      const previous = gallery.part('previous')!;
      const next = gallery.part('next')!;
      expect(previous.getAttribute('aria-label')).to.equal('الصورة السابقة');
      expect(next.getAttribute('aria-label')).to.equal('الصورة التالية');
      expect(gallery.part('base')!.getAttribute('aria-label')).to.equal('معرض الصور');
      // Right to left, "previous" sits on the right and points right; "next" on the left, pointing left.
      expect(previous.getBoundingClientRect().left).to.be.above(next.getBoundingClientRect().left);
      const scale = (button: Element) => getComputedStyle(button.querySelector('svg')!).scale;
      const ltr = await renderGallery({ images: sampleImages(3) });
      expect(scale(previous)).not.to.equal(scale(ltr.part('previous')!));
      expect(scale(next)).not.to.equal(scale(ltr.part('next')!));
      expect(ltr.part('previous')!.getBoundingClientRect().left).to.be.below(ltr.part('next')!.getBoundingClientRect().left);
    });

    it('names the controls with aria-label and hides their icons', async () => {
      const gallery = await renderGallery({ images: sampleImages(3), attributes: { autoplay: '', thumbnails: '' } });
      for (const button of gallery.root.querySelectorAll('[part~="controls"] button')) {
        expect(button.getAttribute('aria-label')).to.match(/\S/);
        expect(button.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    it('makes the viewport focusable, so the keyboard reaches the arrows', async () => {
      const gallery = await renderGallery({ images: sampleImages(3) });
      expect(gallery.part('viewport')!.tabIndex).to.equal(0);
    });
  });
});
