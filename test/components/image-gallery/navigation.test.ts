import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { ImageGalleryChangeEvent } from '../../../src/index.js';
import { currentSlide, frames, inside, nextEvent, record, renderGallery, sampleImages, text, until, type Gallery } from './helpers.js';

async function settle(gallery: Gallery): Promise<void> {
  await gallery.element.updateComplete;
  await frames(2);
}

describe('<image-gallery>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('buttons and methods', () => {
    it('moves with the next and previous buttons', async () => {
      const gallery = await renderGallery({ images: sampleImages(5) });
      const { element, part } = gallery;
      part('next')!.click();
      await element.updateComplete;
      expect(element.index).to.equal(1);
      expect(text(part('counter'))).to.equal('2 / 5');
      expect(currentSlide(gallery)).to.equal(1);
      part('next')!.click();
      await element.updateComplete;
      part('previous')!.click();
      await element.updateComplete;
      expect(element.index).to.equal(1);
    });

    it('moves with next(), previous() and goTo(), reported by index', async () => {
      const gallery = await renderGallery({ images: sampleImages(5) });
      const { element } = gallery;
      expect(element.index).to.equal(0);
      element.next();
      expect(element.index).to.equal(1);
      element.goTo(4);
      expect(element.index).to.equal(4);
      element.previous();
      expect(element.index).to.equal(3);
      await element.updateComplete;
      expect(text(gallery.part('counter'))).to.equal('4 / 5');
      expect(currentSlide(gallery)).to.equal(3);
    });

    it('clamps goTo() to the images it has', async () => {
      const { element } = await renderGallery({ images: sampleImages(5) });
      element.goTo(99);
      expect(element.index).to.equal(4);
      element.goTo(-3);
      expect(element.index).to.equal(0);
    });

    it('fires image-gallery-change with the index, bubbling and composed', async () => {
      const { element, part } = await renderGallery({ images: sampleImages(5) });
      const events = record<ImageGalleryChangeEvent>(document, 'image-gallery-change');
      part('next')!.click();
      element.goTo(3);
      expect(events.map((event) => event.index)).to.deep.equal([1, 3]);
      expect(events.map((event) => event.detail.index)).to.deep.equal([1, 3]);
      expect(events[0]!.bubbles).to.equal(true);
      expect(events[0]!.composed).to.equal(true);
      expect(events[0]!.target === element).to.equal(true);
    });

    it('does not fire image-gallery-change when the index stays', async () => {
      const { element } = await renderGallery({ images: sampleImages(3) });
      const events = record(element, 'image-gallery-change');
      element.goTo(0);
      element.previous();
      expect(events).to.have.length(0);
    });
  });

  describe('ends', () => {
    it('stays at the first image without loop, with previous marked disabled', async () => {
      const { element, part } = await renderGallery({ images: sampleImages(3) });
      expect(part('previous')!.getAttribute('aria-disabled')).to.equal('true');
      expect(part('next')!.getAttribute('aria-disabled')).to.equal('false');
      part('previous')!.click();
      element.previous();
      await element.updateComplete;
      expect(element.index).to.equal(0);
    });

    it('stays at the last image without loop, with next marked disabled', async () => {
      const { element, part } = await renderGallery({ images: sampleImages(3), attributes: { start: '2' } });
      expect(element.index).to.equal(2);
      expect(part('next')!.getAttribute('aria-disabled')).to.equal('true');
      expect(part('previous')!.getAttribute('aria-disabled')).to.equal('false');
      part('next')!.click();
      await element.updateComplete;
      expect(element.index).to.equal(2);
    });

    it('wraps both ways with loop, and never marks a button disabled', async () => {
      const { element, part } = await renderGallery({ images: sampleImages(3), attributes: { loop: '' } });
      expect(part('previous')!.getAttribute('aria-disabled')).to.equal('false');
      part('previous')!.click();
      await element.updateComplete;
      expect(element.index).to.equal(2);
      expect(part('next')!.getAttribute('aria-disabled')).to.equal('false');
      element.next();
      expect(element.index).to.equal(0);
    });
  });

  describe('start', () => {
    it('starts at the image the start attribute names', async () => {
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { start: '3' } });
      expect(gallery.element.index).to.equal(3);
      expect(text(gallery.part('counter'))).to.equal('4 / 5');
      expect(currentSlide(gallery)).to.equal(3);
    });

    it('shows the start image in the viewport from the first render', async () => {
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { start: '3' } });
      await frames(2);
      expect(inside(gallery.parts('slide')[3]!, gallery.part('viewport')!)).to.equal(true);
      expect(gallery.element.index).to.equal(3);
    });

    it('clamps a start beyond the end', async () => {
      const { element } = await renderGallery({ images: sampleImages(5), attributes: { start: '12' } });
      expect(element.index).to.equal(4);
    });
  });

  describe('keyboard', () => {
    it('moves with ArrowRight, ArrowLeft, Home and End on the focused viewport', async () => {
      const { element, part } = await renderGallery({ images: sampleImages(5) });
      part('viewport')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(element.index).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      expect(element.index).to.equal(2);
      await sendKeys({ press: 'ArrowLeft' });
      expect(element.index).to.equal(1);
      await sendKeys({ press: 'End' });
      expect(element.index).to.equal(4);
      await sendKeys({ press: 'Home' });
      expect(element.index).to.equal(0);
    });

    it('moves with the arrow keys from a focused button', async () => {
      const { element, part } = await renderGallery({ images: sampleImages(5) });
      part('next')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(element.index).to.equal(2);
    });

    it('mirrors the arrow keys right to left', async () => {
      const { element, part } = await renderGallery({ images: sampleImages(5), around: { dir: 'rtl', lang: 'ar' } });
      part('viewport')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(element.index).to.equal(1);
      await sendKeys({ press: 'ArrowLeft' });
      expect(element.index).to.equal(2);
      await sendKeys({ press: 'ArrowRight' });
      expect(element.index).to.equal(1);
    });

    it('goes to the first and last image with Home and End right to left too', async () => {
      const { element, part } = await renderGallery({ images: sampleImages(5), around: { dir: 'rtl' } });
      part('viewport')!.focus();
      await sendKeys({ press: 'End' });
      expect(element.index).to.equal(4);
      await sendKeys({ press: 'Home' });
      expect(element.index).to.equal(0);
    });

    it('does not move on arrow keys with a modifier', async () => {
      const { element, part } = await renderGallery({ images: sampleImages(5) });
      part('viewport')!.focus();
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Alt' });
      expect(element.index).to.equal(0);
    });
  });

  describe('scrolling', () => {
    it('scrolls the current slide into the viewport', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const gallery = await renderGallery({ images: sampleImages(5) });
      const viewport = gallery.part('viewport')!;
      const slides = gallery.parts('slide');
      expect(inside(slides[0]!, viewport)).to.equal(true);
      for (const target of [3, 1, 4, 0]) {
        gallery.element.goTo(target);
        await settle(gallery);
        expect(inside(slides[target]!, viewport), `slide ${target}`).to.equal(true);
        expect(gallery.element.index).to.equal(target);
      }
    });

    it('jumps several slides at once (goTo, End, a thumbnail) and stays there, with one change event', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { thumbnails: '' } });
      const events = record<ImageGalleryChangeEvent>(gallery.element, 'image-gallery-change');
      gallery.element.goTo(3);
      await settle(gallery);
      await frames(5);
      expect(gallery.element.index).to.equal(3);
      expect(events.map((event) => event.index)).to.deep.equal([3]);
      gallery.parts('thumbnail')[0]!.click();
      await settle(gallery);
      await frames(5);
      expect(gallery.element.index).to.equal(0);
      expect(events.map((event) => event.index)).to.deep.equal([3, 0]);
    });

    it('scrolls the current slide into the viewport right to left', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const gallery = await renderGallery({ images: sampleImages(5), around: { dir: 'rtl' } });
      const viewport = gallery.part('viewport')!;
      const slides = gallery.parts('slide');
      expect(inside(slides[0]!, viewport)).to.equal(true);
      gallery.element.goTo(3);
      await settle(gallery);
      expect(inside(slides[3]!, viewport)).to.equal(true);
      expect(gallery.element.index).to.equal(3);
    });

    it('ends on the right slide after quick steps with smooth scrolling', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const gallery = await renderGallery({ images: sampleImages(5) });
      const viewport = gallery.part('viewport')!;
      for (let i = 0; i < 3; i++) {
        gallery.element.next();
        await gallery.element.updateComplete;
        await frames(1);
      }
      await until(() => inside(gallery.parts('slide')[3]!, viewport), 3000, 'slide 3 in view');
      await frames(10);
      expect(gallery.element.index).to.equal(3);
      expect(inside(gallery.parts('slide')[3]!, viewport)).to.equal(true);
    });

    it('takes a swipe (a scroll of the viewport) as a move, and fires change', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { element, part } = await renderGallery({ images: sampleImages(5) });
      const viewport = part('viewport')!;
      const change = nextEvent<ImageGalleryChangeEvent>(element, 'image-gallery-change');
      const ended = nextEvent(viewport, 'scrollend');
      viewport.scrollTo({ left: 2 * viewport.clientWidth });
      await ended;
      expect((await change).index).to.equal(2);
      expect(element.index).to.equal(2);
      await element.updateComplete;
      expect(text(part('counter'))).to.equal('3 / 5');
    });

    it('takes a swipe right to left', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { element, part } = await renderGallery({ images: sampleImages(5), around: { dir: 'rtl' } });
      const viewport = part('viewport')!;
      const change = nextEvent<ImageGalleryChangeEvent>(element, 'image-gallery-change');
      const ended = nextEvent(viewport, 'scrollend');
      viewport.scrollTo({ left: -2 * viewport.clientWidth });
      await ended;
      expect((await change).index).to.equal(2);
      expect(element.index).to.equal(2);
    });
  });

  describe('thumbnails', () => {
    it('shows a thumbnail per image, labelled "Show image n", marking the current one', async () => {
      const { element, parts, part } = await renderGallery({ images: sampleImages(4), attributes: { thumbnails: '' } });
      expect(part('thumbnails') !== null).to.equal(true);
      const thumbnails = parts('thumbnail');
      expect(thumbnails.map((thumbnail) => thumbnail.getAttribute('aria-label'))).to.deep.equal(['Show image 1', 'Show image 2', 'Show image 3', 'Show image 4']);
      expect(thumbnails.map((thumbnail) => thumbnail.getAttribute('aria-current'))).to.deep.equal(['true', null, null, null]);
      element.goTo(2);
      await element.updateComplete;
      expect(parts('thumbnail').map((thumbnail) => thumbnail.getAttribute('aria-current'))).to.deep.equal([null, null, 'true', null]);
    });

    it('goes to the image whose thumbnail is clicked', async () => {
      const gallery = await renderGallery({ images: sampleImages(4), attributes: { thumbnails: '' } });
      const events = record<ImageGalleryChangeEvent>(gallery.element, 'image-gallery-change');
      gallery.parts('thumbnail')[3]!.click();
      await gallery.element.updateComplete;
      expect(gallery.element.index).to.equal(3);
      expect(events.map((event) => event.index)).to.deep.equal([3]);
      expect(currentSlide(gallery)).to.equal(3);
      expect(gallery.parts('thumbnail')[3]!.getAttribute('aria-current')).to.equal('true');
    });

    it('has thumbnails only with the thumbnails attribute', async () => {
      const { part } = await renderGallery({ images: sampleImages(4) });
      expect(part('thumbnail')).to.equal(null);
    });
  });
});
