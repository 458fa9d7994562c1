import { expect } from '@open-wc/testing';
import { currentSlide, png, renderGallery, sampleImages, text, until } from './helpers.js';
import { recordWarnings } from '../../console.js';

const ratio = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width / box.height;
};

describe('<image-gallery>', () => {
  describe('input', () => {
    it('renders a slide per image of the images property, with alt, caption and credit', async () => {
      const { parts } = await renderGallery({ images: sampleImages(5) });
      expect(parts('slide')).to.have.length(5);
      expect(parts<HTMLImageElement>('image').map((image) => image.alt)).to.deep.equal(['Image 1', 'Image 2', 'Image 3', 'Image 4', 'Image 5']);
      expect(parts('caption').map((caption) => text(caption))).to.deep.equal([1, 2, 3, 4, 5].map((n) => `Caption ${n} Credit ${n}`));
      expect(parts('credit').map((credit) => text(credit))).to.deep.equal([1, 2, 3, 4, 5].map((n) => `Credit ${n}`));
    });

    it('reads the images attribute as JSON', async () => {
      const images = sampleImages(3);
      const { parts } = await renderGallery({ attributes: { images: JSON.stringify(images) } });
      expect(parts('slide')).to.have.length(3);
      expect(parts<HTMLImageElement>('image')[0]!.getAttribute('src')).to.equal(images[0]!.src);
      expect(text(parts('caption')[1])).to.equal('Caption 2 Credit 2');
    });

    it('reads <figure><img><figcaption> children, taking the credit out of the caption', async () => {
      const { parts } = await renderGallery({
        children: `
          <figure><img src="${png(60, 40)}" alt="First" width="60" height="40"><figcaption>Harbour at dusk <span part="credit">Photo: A. Shah</span></figcaption></figure>
          <figure><img src="${png(40, 60)}" alt="Second"><figcaption>Old town <a href="https://example.com/old-town">more</a></figcaption></figure>`,
      });
      expect(parts('slide')).to.have.length(2);
      const images = parts<HTMLImageElement>('image');
      expect(images.map((image) => image.alt)).to.deep.equal(['First', 'Second']);
      expect(images[0]!.getAttribute('width')).to.equal('60');
      expect(images[0]!.getAttribute('height')).to.equal('40');
      const captions = parts('caption');
      expect(text(captions[0])).to.equal('Harbour at dusk Photo: A. Shah');
      expect(text(captions[0]!.querySelector('[part="credit"]'))).to.equal('Photo: A. Shah');
      expect(captions[0]!.querySelectorAll('[part="credit"]')).to.have.length(1);
      const link = captions[1]!.querySelector('a');
      expect(link?.getAttribute('href')).to.equal('https://example.com/old-town');
      expect(text(link)).to.equal('more');
    });

    it('reads bare <img> children', async () => {
      const { parts } = await renderGallery({
        children: `<img src="${png(60, 40)}" alt="One"><img src="${png(40, 60)}" alt="Two"><img src="${png(50, 50)}" alt="Three">`,
      });
      expect(parts<HTMLImageElement>('image').map((image) => image.alt)).to.deep.equal(['One', 'Two', 'Three']);
      expect(parts('caption')).to.have.length(0);
    });

    it('follows changes to its children', async () => {
      const { element, parts } = await renderGallery({ children: `<img src="${png(60, 40)}" alt="One">` });
      expect(parts('slide')).to.have.length(1);
      element.insertAdjacentHTML('beforeend', `<img src="${png(40, 60)}" alt="Two">`);
      await until(() => parts('slide').length === 2, 2000, 'a second slide');
      expect(parts<HTMLImageElement>('image')[1]!.alt).to.equal('Two');
    });

    it('prefers the images property over its children', async () => {
      const { parts } = await renderGallery({ images: sampleImages(2), children: `<img src="${png(60, 40)}" alt="Child">` });
      expect(parts<HTMLImageElement>('image').map((image) => image.alt)).to.deep.equal(['Image 1', 'Image 2']);
    });

    it('leaves out an image with a javascript: src, with a console warning', async () => {
      const { warnings, restore } = recordWarnings();
      try {
        const images = sampleImages(3);
        images[1] = { ...images[1]!, src: 'javascript:alert(1)' };
        const { parts, root } = await renderGallery({ images });
        expect(parts<HTMLImageElement>('image').map((image) => image.alt)).to.deep.equal(['Image 1', 'Image 3']);
        expect(root.innerHTML).not.to.contain('javascript:');
      } finally {
        restore();
      }
      expect(warnings.length).to.be.at.least(1);
      expect(warnings.join('\n')).to.contain('<image-gallery>');
    });

    it('ignores a <img> child with a javascript: src', async () => {
      const { parts } = await renderGallery({ children: `<img src="javascript:alert(1)" alt="Bad"><img src="${png(40, 60)}" alt="Good">` });
      expect(parts<HTMLImageElement>('image').map((image) => image.alt)).to.deep.equal(['Good']);
    });

    it('renders nothing without images', async () => {
      const { root } = await renderGallery({ images: [] });
      expect(root.querySelector('[part]')).to.equal(null);
    });
  });

  describe('parts', () => {
    it('exposes every documented part', async () => {
      const { part, parts } = await renderGallery({ images: sampleImages(5) });
      for (const name of ['base', 'viewport', 'controls', 'previous', 'next', 'counter']) {
        expect(part(name) !== null, `part ${name}`).to.equal(true);
      }
      for (const name of ['slide', 'frame', 'image', 'caption', 'credit']) {
        expect(parts(name).length, `parts ${name}`).to.equal(5);
      }
      expect(part('previous')!.localName).to.equal('button');
      expect(part('next')!.localName).to.equal('button');
      expect(part('image')!.localName).to.equal('img');
    });

    it('has no play-pause, thumbnails or image-button parts unless asked', async () => {
      const { part } = await renderGallery({ images: sampleImages(3) });
      for (const name of ['play-pause', 'thumbnails', 'thumbnail', 'image-button', 'lightbox']) {
        expect(part(name) === null, `part ${name}`).to.equal(true);
      }
    });
  });

  describe('thumbnails', () => {
    it("load a small candidate of the image's srcset, and the image itself without one", async () => {
      const images = sampleImages(2, (i) => (i === 0 ? { srcset: 'https://images.example/a-480.jpg 480w, https://images.example/a-1200.jpg 1200w' } : {}));
      const { parts } = await renderGallery({ images, attributes: { thumbnails: '' } });
      const [first, second] = parts('thumbnail').map((button) => button.querySelector('img')!);
      expect(first!.getAttribute('srcset')).to.equal(images[0]!.srcset);
      expect(first!.getAttribute('sizes')).to.equal('8em');
      expect(second!.hasAttribute('srcset') || second!.hasAttribute('sizes')).to.equal(false);
      expect(second!.getAttribute('src')).to.equal(images[1]!.src);
    });
  });

  describe('captions', () => {
    it('keeps a link in a caption, with rel noopener', async () => {
      const images = sampleImages(2, (i) => ({ caption: i === 0 ? 'See <a href="https://example.com/story">the story</a>' : 'Plain' }));
      const { parts } = await renderGallery({ images });
      const link = parts('caption')[0]!.querySelector('a');
      expect(link?.getAttribute('href')).to.equal('https://example.com/story');
      expect(text(link)).to.equal('the story');
      expect((link?.getAttribute('rel') ?? '').split(/\s+/)).to.include('noopener');
    });

    it('drops a javascript: link and script in a caption, keeping the text', async () => {
      const images = sampleImages(1, () => ({ caption: 'A <a href="javascript:alert(1)">bad</a> link<script>alert(2)</script><img src=x onerror=alert(3)>' }));
      const { parts } = await renderGallery({ images });
      const caption = parts('caption')[0]!;
      expect(caption.innerHTML).not.to.contain('javascript:');
      expect(caption.querySelector('script, img, [onerror]')).to.equal(null);
      expect(text(caption)).to.contain('bad');
    });

    it("sets a caption in its image's language and direction, inline and in the lightbox (English in an Arabic gallery)", async () => {
      const images = sampleImages(2, (i) => ({ caption: i === 0 ? 'An English caption.' : 'تعليق عربي.', lang: i === 0 ? 'en' : undefined }));
      const gallery = await renderGallery({ images, attributes: { lightbox: '' }, around: { lang: 'ar', dir: 'rtl' } });
      const [english, arabic] = gallery.parts('caption');
      expect([english!.lang, english!.dir]).to.deep.equal(['en', 'ltr']);
      expect(getComputedStyle(english!).direction).to.equal('ltr');
      expect(getComputedStyle(arabic!).direction, 'the gallery’s own').to.equal('rtl');
      const opened = new Promise((resolve) => gallery.element.addEventListener('image-gallery-open', resolve, { once: true }));
      gallery.element.open(0);
      await opened;
      const box = gallery.part('lightbox-caption')!;
      expect([box.lang, box.dir]).to.deep.equal(['en', 'ltr']);
      gallery.element.close();
    });
  });

  describe('counter', () => {
    it('shows "1 / 5"', async () => {
      const { part } = await renderGallery({ images: sampleImages(5) });
      expect(text(part('counter'))).to.equal('1 / 5');
    });

    it('uses the digits of the language around it', async () => {
      const { part } = await renderGallery({ images: sampleImages(5), around: { lang: 'ar-EG' } });
      expect(text(part('counter'))).to.equal('١ / ٥');
    });
  });

  describe('ARIA', () => {
    it('marks each slide as a group with role description "slide" and "n of 5"', async () => {
      const { parts } = await renderGallery({ images: sampleImages(5) });
      const slides = parts('slide');
      for (const slide of slides) {
        expect(slide.getAttribute('role')).to.equal('group');
        expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
      }
      expect(slides.map((slide) => slide.getAttribute('aria-label'))).to.deep.equal(['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
    });

    it('marks the base as a carousel named "Photo gallery" by default', async () => {
      const { part } = await renderGallery({ images: sampleImages(3) });
      expect(part('base')!.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(part('base')!.getAttribute('aria-label')).to.equal('Photo gallery');
    });

    it('takes its name from the label attribute', async () => {
      const { part } = await renderGallery({ images: sampleImages(3), attributes: { label: 'Flood pictures' } });
      expect(part('base')!.getAttribute('aria-label')).to.equal('Flood pictures');
    });

    it('localizes the default name and the slide labels', async () => {
      const { part, parts } = await renderGallery({ images: sampleImages(3), around: { lang: 'gu' } });
      expect(part('base')!.getAttribute('aria-label')).to.equal('ફોટો ગેલેરી');
      expect(parts('slide')[0]!.getAttribute('aria-label')).to.equal('3 માંથી 1');
    });

    it('makes every slide but the current one inert', async () => {
      const gallery = await renderGallery({ images: sampleImages(5) });
      expect(gallery.parts('slide').map((slide) => slide.hasAttribute('inert'))).to.deep.equal([false, true, true, true, true]);
      gallery.element.goTo(3);
      await gallery.element.updateComplete;
      expect(gallery.parts('slide').map((slide) => slide.hasAttribute('inert'))).to.deep.equal([true, true, true, false, true]);
      expect(currentSlide(gallery)).to.equal(3);
    });

    it('hides the visual counter from assistive technology (the slides carry "n of 5")', async () => {
      const { part } = await renderGallery({ images: sampleImages(3) });
      expect(part('counter')!.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('broken images', () => {
    it('shows the alt text of an image that fails to load, in the same space', async () => {
      const images = sampleImages(3);
      images[0] = { ...images[0]!, src: '/images/does-not-exist.jpg', alt: 'Flooded street in Surat' };
      const { parts } = await renderGallery({ images });
      const frames = parts('frame');
      const before = frames[0]!.getBoundingClientRect().height;
      await until(() => frames[0]!.classList.contains('broken'), 5000, 'the broken class');
      expect(frames[0]!.getBoundingClientRect().height).to.equal(before);
      expect(frames[0]!.getBoundingClientRect().height).to.be.closeTo(frames[1]!.getBoundingClientRect().height, 0.5);
      const after = getComputedStyle(frames[0]!, '::after').content;
      expect(after === 'none' || after === 'normal').to.equal(false);
      expect(after.includes('Flooded street in Surat') || after.includes('attr(data-alt)')).to.equal(true);
      expect(frames[0]!.getAttribute('data-alt')).to.equal('Flooded street in Surat');
      expect(frames[1]!.classList.contains('broken')).to.equal(false);
    });

    it('does not keep showing a new, good image as broken after the images change', async () => {
      const bad = sampleImages(2);
      bad[0] = { ...bad[0]!, src: '/images/does-not-exist.jpg' };
      const { element, parts } = await renderGallery({ images: bad });
      await until(() => parts('frame')[0]!.classList.contains('broken'), 5000, 'the broken class');
      const good = sampleImages(2);
      element.images = good;
      await element.updateComplete;
      const image = parts<HTMLImageElement>('image')[0]!;
      expect(image.getAttribute('src')).to.equal(good[0]!.src);
      await image.decode().catch(() => undefined);
      expect(parts('frame')[0]!.classList.contains('broken')).to.equal(false);
      expect(getComputedStyle(image).opacity).to.equal('1');
    });
  });

  describe('reserved space', () => {
    it('gives every frame the same 3:2 shape, whatever the image shape', async () => {
      const images = sampleImages(5); // landscape, portrait, square, panorama, tall
      const { parts } = await renderGallery({ images });
      const frames = parts('frame');
      for (const frame of frames) expect(ratio(frame)).to.be.closeTo(1.5, 0.01);
      const heights = frames.map((frame) => Math.round(frame.getBoundingClientRect().height));
      expect(new Set(heights).size).to.equal(1);
      // The image is contained in the frame: never taller or wider.
      for (const [i, image] of parts('image').entries()) {
        expect(image.getBoundingClientRect().height).to.be.at.most(frames[i]!.getBoundingClientRect().height + 0.5);
        expect(getComputedStyle(image).objectFit).to.equal('contain');
      }
    });

    it('reserves the shape before any image loads', async () => {
      const images = sampleImages(4).map((image) => ({ ...image, src: '/images/stand-in-lighthouse-675x1200.jpg?never' + image.alt.length, width: undefined, height: undefined }));
      const { parts } = await renderGallery({ images });
      for (const frame of parts('frame')) expect(ratio(frame)).to.be.closeTo(1.5, 0.01);
    });

    it('takes the shape from --image-gallery-aspect-ratio', async () => {
      const { element, parts } = await renderGallery({ images: sampleImages(3) });
      element.style.setProperty('--image-gallery-aspect-ratio', '1');
      for (const frame of parts('frame')) expect(ratio(frame)).to.be.closeTo(1, 0.01);
      element.style.setProperty('--image-gallery-aspect-ratio', '16 / 9');
      for (const frame of parts('frame')) expect(ratio(frame)).to.be.closeTo(16 / 9, 0.01);
    });

    it('shows one slide at a time, as wide as the viewport', async () => {
      const { part, parts } = await renderGallery({ images: sampleImages(3) });
      const viewport = part('viewport')!;
      for (const slide of parts('slide')) expect(slide.getBoundingClientRect().width).to.be.closeTo(viewport.clientWidth, 1);
    });
  });

  describe('in a narrow grid or flex column', () => {
    for (const layout of ['grid', 'flex'] as const) {
      it(`takes the column's width in a ${layout} column, not its slides' and thumbnails' total (no sideways scrolling on a phone)`, async () => {
        const gallery = await renderGallery({
          images: sampleImages(12, () => ({ caption: 'A photograph across the harbour' })),
          attributes: { thumbnails: '' },
          around: { style: `display: ${layout}; inline-size: 320px` },
        });
        const container = gallery.element.parentElement!;
        expect(gallery.element.getBoundingClientRect().width).to.be.at.most(320);
        for (const name of ['viewport', 'thumbnails']) expect(gallery.part(name)!.getBoundingClientRect().width, name).to.be.at.most(320);
        expect(container.scrollWidth, 'the column does not overflow').to.be.at.most(320);
      });
    }
  });
});
