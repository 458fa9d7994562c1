import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { deepActiveElement, frames, nextEvent, record, renderGallery, sampleImages, sleep, text, until, type Gallery } from './helpers.js';

const dialogOf = (gallery: Gallery) => gallery.part<HTMLDialogElement>('lightbox');
const isOpen = (gallery: Gallery) => dialogOf(gallery)?.open === true;
const activePart = () => deepActiveElement()?.getAttribute('part') ?? '';
const lightboxSrc = (gallery: Gallery) => gallery.part('lightbox-image')?.getAttribute('src') ?? '';

/** Opens the lightbox by clicking the current image, and waits for it. */
async function openByClick(gallery: Gallery): Promise<HTMLDialogElement> {
  const opened = nextEvent(gallery.element, 'image-gallery-open');
  currentImageButton(gallery)!.click();
  await opened;
  return dialogOf(gallery)!;
}

function currentImageButton(gallery: Gallery): HTMLElement | null {
  return gallery.root.querySelector<HTMLElement>('[part~="slide"]:not([inert]) [part~="image-button"]');
}

async function openWith(gallery: Gallery, open: () => void): Promise<HTMLDialogElement> {
  const opened = nextEvent(gallery.element, 'image-gallery-open');
  open();
  await opened;
  return dialogOf(gallery)!;
}

const galleries: Gallery[] = [];
async function render(...args: Parameters<typeof renderGallery>): Promise<Gallery> {
  const gallery = await renderGallery(...args);
  galleries.push(gallery);
  return gallery;
}

const cleanUrl = () => location.pathname + location.search;

describe('<image-gallery>', () => {
  describe('lightbox', () => {
    let initialSize: { width: number; height: number };

    before(() => {
      initialSize = { width: window.innerWidth, height: window.innerHeight };
    });

    beforeEach(async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
    });

    afterEach(async () => {
      for (const gallery of galleries.splice(0)) {
        if (isOpen(gallery)) {
          gallery.element.close();
          await sleep(50);
        }
      }
      await sleep(20);
      history.replaceState(null, '', cleanUrl());
      await setViewport(initialSize);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    describe('opening', () => {
      it('puts the current image in a named button', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        const buttons = gallery.parts('image-button');
        expect(buttons).to.have.length(5);
        const button = currentImageButton(gallery)!;
        expect(button.localName).to.equal('button');
        expect(button.getAttribute('aria-label')).to.equal('View image 1 full screen');
        expect(button.querySelector('[part~="image"]') !== null).to.equal(true);
      });

      it('opens a modal dialog on click, firing image-gallery-open', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        const events = record(document, 'image-gallery-open');
        const dialog = await openByClick(gallery);
        expect(dialog.localName).to.equal('dialog');
        expect(dialog.open).to.equal(true);
        expect(dialog.matches(':modal')).to.equal(true);
        expect(events).to.have.length(1);
        expect(events[0]!.bubbles).to.equal(true);
        expect(events[0]!.composed).to.equal(true);
        expect(lightboxSrc(gallery)).to.equal(sampleImages(5)[0]!.src);
        expect(dialog.getAttribute('aria-label')).to.equal('1 of 5');
      });

      it('opens with Enter on the focused image', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        currentImageButton(gallery)!.focus();
        const opened = nextEvent(gallery.element, 'image-gallery-open');
        await sendKeys({ press: 'Enter' });
        await opened;
        expect(isOpen(gallery)).to.equal(true);
      });

      it('opens with Space on the focused image', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        currentImageButton(gallery)!.focus();
        const opened = nextEvent(gallery.element, 'image-gallery-open');
        await sendKeys({ press: 'Space' });
        await opened;
        expect(isOpen(gallery)).to.equal(true);
      });

      it('moves focus into the dialog, to the close button', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        const dialog = await openByClick(gallery);
        expect(activePart()).to.equal('close');
        expect(dialog.contains(deepActiveElement())).to.equal(true);
      });

      it('has no image button and no lightbox without the attribute', async () => {
        const gallery = await render({ images: sampleImages(3) });
        expect(gallery.part('image-button')).to.equal(null);
        gallery.part<HTMLImageElement>('image')!.click();
        await sleep(50);
        expect(gallery.part('lightbox')).to.equal(null);
      });

      it('opens at an index with open(i) and closes with close()', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        const dialog = await openWith(gallery, () => gallery.element.open(2));
        expect(gallery.element.index).to.equal(2);
        expect(lightboxSrc(gallery)).to.equal(sampleImages(5)[2]!.src);
        expect(dialog.open).to.equal(true);
        // Still there once the gallery behind has scrolled to it.
        await frames(6);
        expect(gallery.element.index).to.equal(2);
        expect(lightboxSrc(gallery)).to.equal(sampleImages(5)[2]!.src);
        const closed = nextEvent(gallery.element, 'image-gallery-close');
        gallery.element.close();
        await closed;
        expect(dialog.open).to.equal(false);
      });
    });

    describe('inside', () => {
      it('keeps focus inside the dialog while tabbing', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        const dialog = await openByClick(gallery);
        const seen: string[] = [];
        for (let i = 0; i < 8; i++) {
          await sendKeys({ press: 'Tab' });
          const active = deepActiveElement();
          seen.push(active?.getAttribute('part') ?? active?.localName ?? 'none');
          expect(dialog.contains(active), `Tab ${i + 1}: ${seen.join(' → ')}`).to.equal(true);
        }
        await sendKeys({ down: 'Shift' });
        try {
          for (let i = 0; i < 4; i++) {
            await sendKeys({ press: 'Tab' });
            expect(dialog.contains(deepActiveElement()), `Shift+Tab ${i + 1}`).to.equal(true);
          }
        } finally {
          await sendKeys({ up: 'Shift' });
        }
      });

      it('moves with ArrowRight and ArrowLeft, in the gallery too', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        const changes = record(gallery.element, 'image-gallery-change');
        await openByClick(gallery);
        await sendKeys({ press: 'ArrowRight' });
        await gallery.element.updateComplete;
        expect(gallery.element.index).to.equal(1);
        expect(lightboxSrc(gallery)).to.equal(sampleImages(5)[1]!.src);
        expect(dialogOf(gallery)!.getAttribute('aria-label')).to.equal('2 of 5');
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'ArrowLeft' });
        await gallery.element.updateComplete;
        expect(gallery.element.index).to.equal(1);
        expect(lightboxSrc(gallery)).to.equal(sampleImages(5)[1]!.src);
        expect(changes.length).to.equal(3);
      });

      it('announces a change of photo in its own polite live region (the gallery\'s is inert while the dialog is open)', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        await openByClick(gallery);
        const region = dialogOf(gallery)!.querySelector('[aria-live]')!;
        expect(region.getAttribute('aria-live')).to.equal('polite');
        expect(region.getAttribute('aria-atomic')).to.equal('true');
        expect(text(region), 'nothing on opening').to.equal('');
        await sendKeys({ press: 'ArrowRight' });
        await gallery.element.updateComplete;
        expect(text(region)).to.equal('2 of 5');
        await sendKeys({ press: 'End' });
        await gallery.element.updateComplete;
        expect(text(region)).to.equal('5 of 5');
        gallery.part('lightbox-next')!.click(); // round to the first
        await gallery.element.updateComplete;
        expect(text(region)).to.equal('1 of 5');
        await sendKeys({ press: 'Home' }); // already there: said again all the same
        expect(text(region)).to.equal('1 of 5');
      });

      it('announces the photo in the language around it, and not when the page changes it', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' }, around: { lang: 'ar', dir: 'rtl' } });
        await openByClick(gallery);
        const region = dialogOf(gallery)!.querySelector('[aria-live]')!;
        await sendKeys({ press: 'ArrowLeft' });
        await gallery.element.updateComplete;
        expect(text(region)).to.equal(`${(2).toLocaleString('ar')} من ${(5).toLocaleString('ar')}`);
        gallery.element.goTo(3);
        await gallery.element.updateComplete;
        expect(lightboxSrc(gallery)).to.equal(sampleImages(5)[3]!.src);
        expect(text(region), 'a change the reader did not make').to.equal('');
      });

      it('mirrors the arrow keys right to left', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' }, around: { dir: 'rtl' } });
        await openByClick(gallery);
        await sendKeys({ press: 'ArrowLeft' });
        await gallery.element.updateComplete;
        expect(gallery.element.index).to.equal(1);
        await sendKeys({ press: 'ArrowRight' });
        await gallery.element.updateComplete;
        expect(gallery.element.index).to.equal(0);
      });

      it('puts the counter at the start of its bar and the buttons at the end, mirrored right to left', async () => {
        for (const dir of ['ltr', 'rtl'] as const) {
          const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' }, around: { dir } });
          await openByClick(gallery);
          const bar = gallery.part('lightbox-controls')!.getBoundingClientRect();
          const counter = gallery.part('lightbox-counter')!.getBoundingClientRect();
          const close = gallery.part('close')!.getBoundingClientRect();
          const [start, end] = dir === 'ltr' ? [counter.left - bar.left, bar.right - close.right] : [bar.right - counter.right, close.left - bar.left];
          expect(start, `${dir}: the counter at the start`).to.be.below(24);
          expect(end, `${dir}: the close button at the end`).to.be.below(24);
          gallery.element.close();
        }
      });

      it('has previous and next buttons', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        await openByClick(gallery);
        expect(gallery.part('lightbox-next')!.getAttribute('aria-label')).to.equal('Next image');
        expect(gallery.part('lightbox-previous')!.getAttribute('aria-label')).to.equal('Previous image');
        gallery.part('lightbox-next')!.click();
        await gallery.element.updateComplete;
        expect(gallery.element.index).to.equal(1);
        expect(lightboxSrc(gallery)).to.equal(sampleImages(5)[1]!.src);
      });

      it('shows the caption and credit', async () => {
        const images = sampleImages(3, (i) => ({ caption: `Flooded street <a href="https://example.com/${i}">in Surat</a>`, credit: `Photo: Reporter ${i + 1}` }));
        const gallery = await render({ images, attributes: { lightbox: '' } });
        await openByClick(gallery);
        const caption = gallery.part('lightbox-caption')!;
        expect(text(caption)).to.equal('Flooded street in Surat Photo: Reporter 1');
        expect(text(caption.querySelector('[part~="credit"]'))).to.equal('Photo: Reporter 1');
        expect(caption.querySelector('a')?.getAttribute('href')).to.equal('https://example.com/0');
        const box = caption.getBoundingClientRect();
        expect(box.height).to.be.above(10);
        expect(box.bottom).to.be.at.most(window.innerHeight + 0.5);
        expect(getComputedStyle(caption).visibility).to.equal('visible');
        gallery.element.next();
        await gallery.element.updateComplete;
        expect(text(gallery.part('lightbox-caption'))).to.equal('Flooded street in Surat Photo: Reporter 2');
      });

      it('lets a long caption scroll, and be reached with the keyboard', async () => {
        await setViewport({ width: 400, height: 500 });
        const long = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of a long caption about the flood.`).join(' ');
        const gallery = await render({ images: sampleImages(3, () => ({ caption: long })), attributes: { lightbox: '' } });
        await openByClick(gallery);
        await frames(2);
        const caption = gallery.part('lightbox-caption')!;
        expect(caption.scrollHeight).to.be.above(caption.clientHeight);
        expect(['auto', 'scroll']).to.include(getComputedStyle(caption).overflowY);
        expect(caption.tabIndex).to.equal(0);
        // The image keeps most of the room.
        expect(gallery.part('lightbox-image')!.parentElement!.getBoundingClientRect().height).to.be.above(150);
        expect(caption.getBoundingClientRect().bottom).to.be.at.most(500.5);
      });
    });

    describe('closing', () => {
      it('closes with Esc, firing image-gallery-close, and returns focus to the current image', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        const dialog = await openByClick(gallery);
        const closed = nextEvent(gallery.element, 'image-gallery-close');
        await sendKeys({ press: 'Escape' });
        const event = await closed;
        expect(dialog.open).to.equal(false);
        expect(event.bubbles && event.composed).to.equal(true);
        expect(activePart()).to.equal('image-button');
        expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('View image 1 full screen');
      });

      it('returns focus to the image now current after moving in the lightbox', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        await openByClick(gallery);
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'ArrowRight' });
        await gallery.element.updateComplete;
        const closed = nextEvent(gallery.element, 'image-gallery-close');
        await sendKeys({ press: 'Escape' });
        await closed;
        await gallery.element.updateComplete;
        expect(activePart()).to.equal('image-button');
        expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('View image 3 full screen');
      });

      it('closes with the close button', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        const dialog = await openByClick(gallery);
        const close = gallery.part('close')!;
        expect(close.localName).to.equal('button');
        expect(close.getAttribute('aria-label')).to.equal('Close');
        const closed = nextEvent(gallery.element, 'image-gallery-close');
        close.click();
        await closed;
        expect(dialog.open).to.equal(false);
        expect(activePart()).to.equal('image-button');
      });

      it('opens again after closing', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '' } });
        await openByClick(gallery);
        const closed = nextEvent(gallery.element, 'image-gallery-close');
        gallery.element.close();
        await closed;
        await openByClick(gallery);
        expect(isOpen(gallery)).to.equal(true);
        expect(gallery.root.querySelectorAll('dialog')).to.have.length(1);
      });
    });

    describe('deep links', () => {
      it('names the open image in the hash and follows navigation', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '', 'deep-link': '', id: 'g' } });
        // Chromium keeps at most 50 session history entries; earlier tests of this page add some.
        const pushed = Math.min(history.length + 1, 50);
        await openByClick(gallery);
        expect(location.hash).to.equal('#g-1');
        expect(history.length).to.equal(pushed);
        await sendKeys({ press: 'ArrowRight' });
        await gallery.element.updateComplete;
        expect(location.hash).to.equal('#g-2');
        // Moving replaces the entry: Back still closes.
        expect(history.length).to.equal(pushed);
      });

      it('closes on Back', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '', 'deep-link': '', id: 'g' } });
        const dialog = await openByClick(gallery);
        const closed = nextEvent(gallery.element, 'image-gallery-close');
        const popped = nextEvent(window, 'popstate');
        history.back();
        await popped;
        await closed;
        expect(dialog.open).to.equal(false);
        expect(location.hash).to.equal('');
      });

      it('removes the hash when closed with Esc', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '', 'deep-link': '', id: 'g' } });
        await openByClick(gallery);
        const popped = nextEvent(window, 'popstate');
        await sendKeys({ press: 'Escape' });
        await popped;
        expect(location.hash).to.equal('');
        expect(isOpen(gallery)).to.equal(false);
      });

      it('uses "gallery" as the name without an id', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '', 'deep-link': '' } });
        await openByClick(gallery);
        expect(location.hash).to.equal('#gallery-1');
      });

      it('does not touch the URL without deep-link', async () => {
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '', id: 'g' } });
        const before = history.length;
        await openByClick(gallery);
        expect(location.hash).to.equal('');
        expect(history.length).to.equal(before);
      });

      it('opens the image the hash names when created', async () => {
        history.replaceState(null, '', `${cleanUrl()}#g-3`);
        const opened = record(document, 'image-gallery-open');
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '', 'deep-link': '', id: 'g' } });
        await until(() => isOpen(gallery), 3000, 'the lightbox to open');
        expect(gallery.element.index).to.equal(2);
        expect(lightboxSrc(gallery)).to.equal(sampleImages(5)[2]!.src);
        expect(opened).to.have.length(1);
        expect(location.hash).to.equal('#g-3');
      });

      it('leaves a URL that does not reopen the image after closing a lightbox opened from the hash', async () => {
        history.replaceState(null, '', `${cleanUrl()}#g-3`);
        const gallery = await render({ images: sampleImages(5), attributes: { lightbox: '', 'deep-link': '', id: 'g' } });
        await until(() => isOpen(gallery), 3000, 'the lightbox to open');
        const closed = nextEvent(gallery.element, 'image-gallery-close');
        gallery.element.close();
        await closed;
        await sleep(100);
        expect(location.hash).not.to.equal('#g-3');
      });

      it('ignores a hash naming another gallery', async () => {
        history.replaceState(null, '', `${cleanUrl()}#other-2`);
        const gallery = await render({ images: sampleImages(3), attributes: { lightbox: '', 'deep-link': '', id: 'g' } });
        await sleep(100);
        expect(isOpen(gallery)).to.equal(false);
        expect(gallery.element.index).to.equal(0);
      });
    });
  });
});
