import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { renderGallery, sampleImages, type Gallery, type Image } from './helpers.js';

/** Indices of the slides whose image has a `src`. */
const loaded = (gallery: Gallery) =>
  gallery
    .parts<HTMLImageElement>('image')
    .map((image, i) => (image.hasAttribute('src') ? i : -1))
    .filter((i) => i >= 0);

/** A srcset with each URL resolved against the page, as the element may write it either way. */
const resolved = (srcset: string | null) =>
  (srcset ?? '')
    .split(/,\s+/)
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [new URL(url, location.href).href, ...descriptors].join(' ');
    })
    .join(', ');

describe('<image-gallery>', () => {
  describe('loading', () => {
    beforeEach(async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
    });

    afterEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('gives every image a src when the page is printed (print shows every slide)', async () => {
      const gallery = await renderGallery({ images: sampleImages(7) });
      expect(loaded(gallery)).to.deep.equal([0, 1]);
      const printing = new Promise((resolve) => matchMedia('print').addEventListener('change', resolve, { once: true }));
      await emulateMedia({ media: 'print' });
      try {
        await printing;
        await gallery.element.updateComplete;
        expect(loaded(gallery)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('gives a src only to the current image and its neighbours at first', async () => {
      const gallery = await renderGallery({ images: sampleImages(7), attributes: { start: '3' } });
      expect(loaded(gallery)).to.deep.equal([2, 3, 4]);
      const images = gallery.parts<HTMLImageElement>('image');
      expect(images[3]!.getAttribute('src')).to.equal(sampleImages(7)[3]!.src);
      // The others still reserve their space and keep their alt text.
      expect(images[0]!.alt).to.equal('Image 1');
      expect(images[6]!.alt).to.equal('Image 7');
    });

    it('does not load the last image as a "neighbour" of the first without loop', async () => {
      const gallery = await renderGallery({ images: sampleImages(7) });
      expect(loaded(gallery)).to.deep.equal([0, 1]);
    });

    it('does load the last image as a neighbour of the first with loop', async () => {
      const gallery = await renderGallery({ images: sampleImages(7), attributes: { loop: '' } });
      expect(loaded(gallery)).to.deep.equal([0, 1, 6]);
    });

    it('loads newly reached neighbours as the reader moves on, and keeps the earlier ones', async () => {
      const gallery = await renderGallery({ images: sampleImages(7), attributes: { start: '1' } });
      expect(loaded(gallery)).to.deep.equal([0, 1, 2]);
      gallery.element.next();
      await gallery.element.updateComplete;
      expect(loaded(gallery)).to.deep.equal([0, 1, 2, 3]);
      gallery.element.next();
      await gallery.element.updateComplete;
      expect(loaded(gallery)).to.deep.equal([0, 1, 2, 3, 4]);
      gallery.element.previous();
      await gallery.element.updateComplete;
      expect(loaded(gallery)).to.deep.equal([0, 1, 2, 3, 4]);
    });

    it('passes srcset and sizes through for the images it loads, and no srcset for the others', async () => {
      const srcset = '/images/stand-in-meeting-1200x800.jpg 1200w, /images/stand-in-desert-road-1200x800.jpg 600w';
      const sizes = '(min-width: 600px) 50vw, 100vw';
      const images: Image[] = sampleImages(5, () => ({ src: '/images/stand-in-meeting-1200x800.jpg', width: 1200, height: 800, srcset, sizes }));
      const gallery = await renderGallery({ images });
      const elements = gallery.parts<HTMLImageElement>('image');
      for (const i of [0, 1]) {
        expect(resolved(elements[i]!.getAttribute('srcset')), `srcset ${i}`).to.equal(resolved(srcset));
        expect(elements[i]!.getAttribute('sizes'), `sizes ${i}`).to.equal(sizes);
      }
      for (const i of [2, 3]) {
        expect(elements[i]!.hasAttribute('srcset'), `srcset ${i}`).to.equal(false);
        expect(elements[i]!.hasAttribute('src'), `src ${i}`).to.equal(false);
      }
      gallery.element.next();
      await gallery.element.updateComplete;
      expect(resolved(elements[2]!.getAttribute('srcset'))).to.equal(resolved(srcset));
    });

    it('passes srcset and sizes through from <img> children', async () => {
      const srcset = '/images/stand-in-meeting-1200x800.jpg 1200w, /images/stand-in-desert-road-1200x800.jpg 600w';
      const gallery = await renderGallery({
        children: `<figure><img src="/images/stand-in-meeting-1200x800.jpg" srcset="${srcset}" sizes="100vw" alt="Meeting" width="1200" height="800"><figcaption>Meeting</figcaption></figure>`,
      });
      const image = gallery.part<HTMLImageElement>('image')!;
      expect(resolved(image.getAttribute('srcset'))).to.equal(resolved(srcset));
      expect(image.getAttribute('sizes')).to.equal('100vw');
    });

    it('loads images asynchronously without blocking', async () => {
      const gallery = await renderGallery({ images: sampleImages(3) });
      for (const image of gallery.parts<HTMLImageElement>('image')) expect(image.decoding).to.equal('async');
    });
  });
});
