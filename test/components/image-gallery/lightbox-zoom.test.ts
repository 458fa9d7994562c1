import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../../../src/index.js';
import { deepActiveElement, nextEvent, png, renderGallery, sampleImages, sleep, text, until, type Gallery, type GalleryOptions } from './helpers.js';

/** Photos larger than the screen, so that a zoomed one overflows its stage and can be panned. */
const photos = () => sampleImages(3, (i) => ({ src: png(1200, 800, ['#c33', '#3c3', '#33c'][i]), width: 1200, height: 800 }));

const stageOf = (gallery: Gallery) => gallery.root.querySelector<HTMLElement>('[part~="lightbox"] .lb-stage')!;
const imageOf = (gallery: Gallery) => gallery.part<HTMLImageElement>('lightbox-image')!;
/** The photo on screen: the image's box less the bands that `object-fit: contain` leaves in it. */
function photoOf(gallery: Gallery): DOMRect {
  const image = imageOf(gallery);
  const box = image.getBoundingClientRect();
  const scale = Math.min(box.width / image.naturalWidth, box.height / image.naturalHeight);
  const [width, height] = [image.naturalWidth * scale, image.naturalHeight * scale];
  return new DOMRect(box.left + (box.width - width) / 2, box.top + (box.height - height) / 2, width, height);
}
const widthOf = (gallery: Gallery) => photoOf(gallery).width;
const heightOf = (gallery: Gallery) => photoOf(gallery).height;
const liveRegion = (gallery: Gallery) => gallery.part('lightbox')!.querySelector('[aria-live]')!;
const approximately = (actual: number, expected: number) => Math.abs(actual - expected) <= 1.5;

const galleries: Gallery[] = [];

/** A gallery with `lightbox`, opened at its first photo with the keyboard, and its stage focused. */
async function openedWithKeys(options: GalleryOptions = {}): Promise<Gallery> {
  const gallery = await renderGallery({ images: photos(), ...options, attributes: { lightbox: '', ...options.attributes } });
  galleries.push(gallery);
  gallery.root.querySelector<HTMLElement>('[part~="slide"]:not([inert]) [part~="image-button"]')!.focus();
  const opened = nextEvent(gallery.element, 'image-gallery-open');
  await sendKeys({ press: 'Enter' });
  await opened;
  await until(() => imageOf(gallery).complete && widthOf(gallery) > 0, 3000, 'the lightbox image');
  // From the close button (focused on open), Tab reaches the stage.
  await sendKeys({ press: 'Tab' });
  expect(deepActiveElement(), 'Tab from the close button').to.equal(stageOf(gallery));
  return gallery;
}

describe('<image-gallery>', () => {
  describe('lightbox zoom and pan (keyboard)', () => {
    let initialSize: { width: number; height: number };

    before(() => {
      initialSize = { width: window.innerWidth, height: window.innerHeight };
    });

    beforeEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ reducedMotion: 'reduce' });
    });

    afterEach(async () => {
      for (const gallery of galleries.splice(0)) gallery.element.close();
      await sleep(20);
      await setViewport(initialSize);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('makes the stage around the photo focusable, with a name and a description of the keys', async () => {
      const gallery = await openedWithKeys();
      const stage = stageOf(gallery);
      expect(stage.tabIndex).to.equal(0);
      expect(stage.getAttribute('role')).to.equal('group');
      expect(stage.getAttribute('aria-label')).to.equal('Zoomable image');
      const description = gallery.root.getElementById(stage.getAttribute('aria-describedby')!);
      expect(text(description)).to.equal('+ and - zoom in and out, 0 fits the image again; when zoomed, the arrow keys move it.');
      expect(stage.contains(imageOf(gallery))).to.equal(true);
    });

    it('fits a photo larger than the screen inside the stage before zooming (nothing to scroll)', async () => {
      const gallery = await openedWithKeys();
      const stage = stageOf(gallery);
      expect(stage.scrollWidth).to.be.at.most(stage.clientWidth);
      expect(stage.scrollHeight).to.be.at.most(stage.clientHeight);
      const photo = photoOf(gallery);
      const box = stage.getBoundingClientRect();
      expect(photo.top).to.be.at.least(box.top - 0.5);
      expect(photo.bottom).to.be.at.most(box.bottom + 0.5);
      expect(photo.width / photo.height).to.be.closeTo(1.5, 0.01);
    });

    it('zooms in with + and =, out with -, announcing each level politely', async () => {
      const gallery = await openedWithKeys();
      const fitted = { width: widthOf(gallery), height: heightOf(gallery) };
      expect(liveRegion(gallery).getAttribute('aria-live')).to.equal('polite');
      expect(text(liveRegion(gallery))).to.equal('');
      await sendKeys({ press: '+' });
      expect(approximately(widthOf(gallery), fitted.width * 1.5), `${widthOf(gallery)} after +`).to.equal(true);
      expect(approximately(heightOf(gallery), fitted.height * 1.5)).to.equal(true);
      expect(text(liveRegion(gallery))).to.equal('Zoom 150%');
      await sendKeys({ press: '=' });
      expect(approximately(widthOf(gallery), fitted.width * 2), `${widthOf(gallery)} after =`).to.equal(true);
      expect(text(liveRegion(gallery))).to.equal('Zoom 200%');
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' }); // no further than 400 %
      expect(approximately(widthOf(gallery), fitted.width * 4)).to.equal(true);
      expect(text(liveRegion(gallery))).to.equal('Zoom 400%');
      await sendKeys({ press: '-' });
      expect(approximately(widthOf(gallery), fitted.width * 3)).to.equal(true);
      expect(text(liveRegion(gallery))).to.equal('Zoom 300%');
      // Zooming never changes the photo.
      expect(gallery.element.index).to.equal(0);
    });

    it('keeps the middle of the view in the middle while zooming', async () => {
      const gallery = await openedWithKeys();
      const stage = stageOf(gallery);
      const box = stage.getBoundingClientRect();
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      const image = photoOf(gallery);
      const middle = { x: box.left + stage.clientWidth / 2, y: box.top + stage.clientHeight / 2 };
      expect(Math.abs((middle.x - image.left) / image.width - 0.5)).to.be.below(0.01);
      expect(Math.abs((middle.y - image.top) / image.height - 0.5)).to.be.below(0.01);
    });

    it('pans a zoomed photo with the four arrow keys, without changing photo', async () => {
      const gallery = await openedWithKeys();
      const stage = stageOf(gallery);
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      expect(stage.scrollWidth).to.be.above(stage.clientWidth);
      expect(stage.scrollHeight).to.be.above(stage.clientHeight);
      const start = { left: stage.scrollLeft, top: stage.scrollTop };
      await sendKeys({ press: 'ArrowRight' });
      expect(stage.scrollLeft).to.be.above(start.left);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(stage.scrollLeft).to.be.below(start.left);
      await sendKeys({ press: 'ArrowDown' });
      expect(stage.scrollTop).to.be.above(start.top);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(stage.scrollTop).to.be.below(start.top);
      expect(gallery.element.index).to.equal(0);
      expect(imageOf(gallery).getAttribute('src')).to.equal(photos()[0]!.src);
    });

    it('pans the way the arrow points right to left too', async () => {
      const gallery = await openedWithKeys({ around: { dir: 'rtl', lang: 'ar' } });
      const stage = stageOf(gallery);
      await sendKeys({ press: '+' });
      const start = stage.scrollLeft;
      const before = photoOf(gallery).left;
      await sendKeys({ press: 'ArrowRight' });
      // The view moves right: the photo moves left on screen.
      expect(stage.scrollLeft).to.be.above(start);
      expect(photoOf(gallery).left).to.be.below(before);
      expect(gallery.element.index).to.equal(0);
    });

    it('fits the photo again with 0, and then the arrows change photo again', async () => {
      const gallery = await openedWithKeys();
      const stage = stageOf(gallery);
      const fitted = widthOf(gallery);
      await sendKeys({ press: '+' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: '0' });
      expect(approximately(widthOf(gallery), fitted)).to.equal(true);
      expect(stage.scrollWidth).to.be.at.most(stage.clientWidth);
      expect(text(liveRegion(gallery))).to.equal('Zoom 100%');
      expect(gallery.element.index).to.equal(0);
      await sendKeys({ press: 'ArrowRight' });
      await gallery.element.updateComplete;
      expect(gallery.element.index).to.equal(1);
    });

    it('shows the next photo fitted', async () => {
      const gallery = await openedWithKeys();
      const fitted = widthOf(gallery);
      await sendKeys({ press: '+' });
      gallery.part('lightbox-next')!.click();
      await gallery.element.updateComplete;
      expect(gallery.element.index).to.equal(1);
      expect(approximately(widthOf(gallery), fitted)).to.equal(true);
      // The region says the new photo, not the old one's zoom level.
      expect(text(liveRegion(gallery))).to.equal('2 of 3');
    });

    it('goes to the first and the last photo with Home and End', async () => {
      const gallery = await openedWithKeys();
      await sendKeys({ press: 'End' });
      await gallery.element.updateComplete;
      expect(gallery.element.index).to.equal(2);
      await sendKeys({ press: 'Home' });
      await gallery.element.updateComplete;
      expect(gallery.element.index).to.equal(0);
    });

    it('leaves Up and Down to a focused caption while zoomed', async () => {
      const long = Array.from({ length: 40 }, (_, i) => `Sentence ${i + 1} of a long caption.`).join(' ');
      const gallery = await openedWithKeys({ images: photos().map((photo) => ({ ...photo, caption: long })) });
      const stage = stageOf(gallery);
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      await sendKeys({ press: 'Tab' });
      const caption = gallery.part('lightbox-caption')!;
      expect(deepActiveElement()).to.equal(caption);
      const top = stage.scrollTop;
      await sendKeys({ press: 'ArrowDown' });
      await until(() => caption.scrollTop > 0, 2000, 'the caption to scroll');
      expect(stage.scrollTop).to.equal(top);
    });

    it('toggles 200 % at the pointer on double click', async () => {
      const gallery = await openedWithKeys();
      const fitted = widthOf(gallery);
      const image = photoOf(gallery);
      const point = { clientX: image.left + image.width / 4, clientY: image.top + image.height / 4, bubbles: true };
      imageOf(gallery).dispatchEvent(new MouseEvent('dblclick', point));
      expect(approximately(widthOf(gallery), fitted * 2)).to.equal(true);
      // The point that was clicked is still under the pointer.
      const zoomed = photoOf(gallery);
      expect(Math.abs((point.clientX - zoomed.left) / zoomed.width - 0.25)).to.be.below(0.01);
      imageOf(gallery).dispatchEvent(new MouseEvent('dblclick', point));
      expect(approximately(widthOf(gallery), fitted)).to.equal(true);
    });

    it('still closes with Escape while zoomed, returning focus to the image, and opens fitted again', async () => {
      const gallery = await openedWithKeys();
      const fitted = widthOf(gallery);
      await sendKeys({ press: '+' });
      const closed = nextEvent(gallery.element, 'image-gallery-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(gallery.part<HTMLDialogElement>('lightbox')!.open).to.equal(false);
      expect(deepActiveElement()?.getAttribute('part')).to.equal('image-button');
      expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('View image 1 full screen');
      const opened = nextEvent(gallery.element, 'image-gallery-open');
      await sendKeys({ press: 'Enter' });
      await opened;
      expect(approximately(widthOf(gallery), fitted)).to.equal(true);
    });

    it('names the stage and announces the zoom in Gujarati, Hindi and Arabic', async () => {
      const expected = { gu: ['ઝૂમ કરી શકાય તેવી છબી', 'ઝૂમ '], hi: ['ज़ूम की जा सकने वाली तस्वीर', 'ज़ूम '], ar: ['صورة قابلة للتكبير', 'التكبير '] };
      for (const [lang, [name, zoom]] of Object.entries(expected)) {
        const gallery = await openedWithKeys({ around: { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' } });
        const stage = stageOf(gallery);
        expect(stage.getAttribute('aria-label'), lang).to.equal(name);
        const description = text(gallery.root.getElementById(stage.getAttribute('aria-describedby')!));
        expect(description, lang).to.match(/\S/);
        expect(description, lang).not.to.equal('+ and - zoom in and out, 0 fits the image again; when zoomed, the arrow keys move it.');
        await sendKeys({ press: '+' });
        const percent = new Intl.NumberFormat(lang, { style: 'percent' }).format(1.5);
        expect(text(liveRegion(gallery)), lang).to.equal(`${zoom}${percent}`);
        const closed = nextEvent(gallery.element, 'image-gallery-close');
        gallery.element.close();
        await closed;
      }
    });

    it('uses registered zoom strings over the built-in ones, and English for a language without them', async () => {
      registerTranslation('gu', { zoomableImage: 'છબી (ઝૂમ)', zoomLevel: '{percent} ઝૂમ' });
      try {
        const gallery = await openedWithKeys({ around: { lang: 'gu' } });
        expect(stageOf(gallery).getAttribute('aria-label')).to.equal('છબી (ઝૂમ)');
        await sendKeys({ press: '+' });
        expect(text(liveRegion(gallery))).to.equal(`${new Intl.NumberFormat('gu', { style: 'percent' }).format(1.5)} ઝૂમ`);
        const closed = nextEvent(gallery.element, 'image-gallery-close');
        gallery.element.close();
        await closed;
      } finally {
        registerTranslation('gu', { zoomableImage: undefined, zoomLevel: undefined });
      }
      const french = await openedWithKeys({ around: { lang: 'fr' } });
      expect(stageOf(french).getAttribute('aria-label')).to.equal('Zoomable image');
    });

    it('passes axe with the lightbox open on a photo larger than the screen', async () => {
      const gallery = await openedWithKeys({ attributes: { thumbnails: '' } });
      await expect(gallery.element).to.be.accessible();
    });

    it('passes axe with the lightbox open and the photo zoomed (the scrolling stage is focusable)', async () => {
      const gallery = await openedWithKeys({ attributes: { thumbnails: '' } });
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      const stage = stageOf(gallery);
      expect(stage.scrollWidth).to.be.above(stage.clientWidth);
      await expect(gallery.element).to.be.accessible();
    });
  });
});
