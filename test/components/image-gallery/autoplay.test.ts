import { expect } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ImageGalleryChangeEvent } from '../../../src/index.js';
import { inside, record, renderGallery, sampleImages, until, type Gallery } from './helpers.js';

// Fake timers: the gallery's timer runs on the test's clock. Only the timer functions are faked,
// so that Lit's microtask updates, frames and the smooth scrolls between slides run for real.
const TIMERS = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] } satisfies Parameters<typeof sinon.useFakeTimers>[0];

const INTERVAL = 1000;

const playPause = (gallery: Gallery) => gallery.part('play-pause');
const label = (gallery: Gallery) => playPause(gallery)?.getAttribute('aria-label');

function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('<image-gallery>', () => {
  describe('autoplay (fake timers)', () => {
    let clock: sinon.SinonFakeTimers;

    beforeEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      clock = sinon.useFakeTimers(TIMERS);
    });

    afterEach(async () => {
      clock.restore();
      await resetMouse();
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    /** An autoplaying gallery of `count` images, with the indices of its change events. */
    async function autoplaying(count: number) {
      const gallery = await renderGallery({ images: sampleImages(count), attributes: { autoplay: '', interval: String(INTERVAL) } });
      const events = record<ImageGalleryChangeEvent>(gallery.element, 'image-gallery-change');
      return { gallery, changes: () => events.map((event) => event.index) };
    }

    /** Advances the clock by `ms`, letting the gallery update after each timer that fires. */
    async function tick(gallery: Gallery, ms: number): Promise<void> {
      await clock.tickAsync(ms);
      await gallery.element.updateComplete;
    }

    /**
     * Advances the clock to the next image, and lets the scroll to it end: a smooth scroll takes
     * real frames, not timers, and the gallery reads the slide in view when a scroll ends (as
     * after a swipe), so the next image must not come before that.
     */
    async function step(gallery: Gallery, ms = INTERVAL): Promise<void> {
      const ended = scrollEnd(gallery);
      const index = gallery.element.index;
      await tick(gallery, ms);
      expect(gallery.element.index, 'the image after the interval').not.to.equal(index);
      await ended();
    }

    /** Starts listening for the viewport's next scrollend; the function returned waits for it. */
    function scrollEnd(gallery: Gallery): () => Promise<void> {
      const viewport = gallery.part('viewport')!;
      let ended = false;
      viewport.addEventListener('scrollend', () => (ended = true), { once: true });
      return async () => {
        await until(() => ended, 3000, 'the scroll to the current slide to end');
        expect(inside(gallery.parts('slide')[gallery.element.index]!, viewport), 'the current slide in view').to.equal(true);
      };
    }

    it('does not move on its own without autoplay, and has no play-pause button', async () => {
      const gallery = await renderGallery({ images: sampleImages(3), attributes: { interval: String(INTERVAL) } });
      const events = record(gallery.element, 'image-gallery-change');
      await tick(gallery, 10 * INTERVAL);
      expect(events).to.have.length(0);
      expect(gallery.element.index).to.equal(0);
      expect(playPause(gallery)).to.equal(null);
    });

    it('advances once per interval, not before', async () => {
      const { gallery, changes } = await autoplaying(5);
      await tick(gallery, INTERVAL - 1);
      expect(changes()).to.deep.equal([]);
      const ended = scrollEnd(gallery);
      await tick(gallery, 1);
      expect(changes()).to.deep.equal([1]);
      expect(gallery.element.index).to.equal(1);
      await ended();
      await tick(gallery, INTERVAL - 1);
      expect(changes()).to.deep.equal([1]);
      await tick(gallery, 1);
      expect(changes()).to.deep.equal([1, 2]);
    });

    it('waits 5000 ms by default', async () => {
      const gallery = await renderGallery({ images: sampleImages(3), attributes: { autoplay: '' } });
      const events = record(gallery.element, 'image-gallery-change');
      await tick(gallery, 4999);
      expect(events).to.have.length(0);
      await tick(gallery, 1);
      expect(events).to.have.length(1);
    });

    it('follows a new interval', async () => {
      const { gallery, changes } = await autoplaying(5);
      gallery.element.interval = 3000;
      await gallery.element.updateComplete;
      await tick(gallery, 2999);
      expect(changes()).to.deep.equal([]);
      await tick(gallery, 1);
      expect(changes()).to.deep.equal([1]);
    });

    it('gives every image a full interval, however it was reached', async () => {
      const { gallery, changes } = await autoplaying(5);
      await tick(gallery, 600);
      const ended = scrollEnd(gallery);
      gallery.element.goTo(3);
      await gallery.element.updateComplete;
      await ended();
      await tick(gallery, INTERVAL - 1);
      expect(changes()).to.deep.equal([3]);
      await tick(gallery, 1);
      expect(changes()).to.deep.equal([3, 4]);
    });

    it('wraps from the last image to the first, and stays there (the scroll back does not undo the wrap)', async () => {
      const { gallery, changes } = await autoplaying(3);
      for (let i = 0; i < 3; i++) await step(gallery);
      expect(changes()).to.deep.equal([1, 2, 0]);
      expect(gallery.element.index).to.equal(0);
      expect(inside(gallery.parts('slide')[0]!, gallery.part('viewport')!)).to.equal(true);
    });

    it('shows a visible pause button that stops it, then reads "Play slideshow" and starts it again', async () => {
      const { gallery, changes } = await autoplaying(5);
      const button = playPause(gallery)!;
      expect(button.localName).to.equal('button');
      expect(label(gallery)).to.equal('Pause slideshow');
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.above(20);
      expect(box.height).to.be.above(20);
      expect(getComputedStyle(button).visibility).to.equal('visible');
      button.click();
      await gallery.element.updateComplete;
      expect(label(gallery)).to.equal('Play slideshow');
      await tick(gallery, 10 * INTERVAL);
      expect(changes()).to.deep.equal([]);
      button.click();
      await gallery.element.updateComplete;
      expect(label(gallery)).to.equal('Pause slideshow');
      await tick(gallery, INTERVAL - 1);
      expect(changes()).to.deep.equal([]);
      await tick(gallery, 1);
      expect(changes()).to.deep.equal([1]);
    });

    it('pauses when the pause button is clicked with the mouse', async () => {
      const { gallery, changes } = await autoplaying(5);
      await sendMouse({ type: 'click', position: centre(playPause(gallery)!) });
      // Move the pointer away, so that it is the click, not the hover, that holds it.
      await sendMouse({ type: 'move', position: [0, window.innerHeight - 1] });
      await gallery.element.updateComplete;
      expect(label(gallery)).to.equal('Play slideshow');
      await tick(gallery, 10 * INTERVAL);
      expect(changes()).to.deep.equal([]);
    });

    it('holds while hovered, and gives a full interval after the pointer leaves', async () => {
      const { gallery, changes } = await autoplaying(5);
      const base = gallery.part('base')!;
      await tick(gallery, INTERVAL - 100);
      base.dispatchEvent(new PointerEvent('pointerenter'));
      await gallery.element.updateComplete;
      await tick(gallery, 10 * INTERVAL);
      expect(changes()).to.deep.equal([]);
      // Hovering holds, it does not pause: the button still offers to pause.
      expect(label(gallery)).to.equal('Pause slideshow');
      base.dispatchEvent(new PointerEvent('pointerleave'));
      await gallery.element.updateComplete;
      await tick(gallery, INTERVAL - 1);
      expect(changes()).to.deep.equal([]);
      await tick(gallery, 1);
      expect(changes()).to.deep.equal([1]);
    });

    it('stops when focus enters, and does not resume when it leaves', async () => {
      const { gallery, changes } = await autoplaying(5);
      gallery.part('next')!.focus();
      await gallery.element.updateComplete;
      expect(label(gallery)).to.equal('Play slideshow');
      await tick(gallery, 10 * INTERVAL);
      gallery.part('next')!.blur();
      await tick(gallery, 10 * INTERVAL);
      expect(changes()).to.deep.equal([]);
      expect(label(gallery)).to.equal('Play slideshow');
    });

    it('keeps playing when focus is on the play-pause button itself (so that it can be pressed)', async () => {
      const { gallery, changes } = await autoplaying(5);
      playPause(gallery)!.focus();
      await gallery.element.updateComplete;
      expect(label(gallery)).to.equal('Pause slideshow');
      await tick(gallery, INTERVAL);
      expect(changes()).to.deep.equal([1]);
    });

    it('does not start under prefers-reduced-motion, until the reader presses play', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { gallery, changes } = await autoplaying(5);
      expect(label(gallery)).to.equal('Play slideshow');
      await tick(gallery, 10 * INTERVAL);
      expect(changes()).to.deep.equal([]);
      expect(gallery.element.index).to.equal(0);
      playPause(gallery)!.click();
      await gallery.element.updateComplete;
      await tick(gallery, INTERVAL);
      expect(changes()).to.deep.equal([1]);
    });

    it('stops when autoplay is removed', async () => {
      const { gallery, changes } = await autoplaying(5);
      gallery.element.removeAttribute('autoplay');
      await gallery.element.updateComplete;
      await tick(gallery, 10 * INTERVAL);
      expect(changes()).to.deep.equal([]);
      expect(playPause(gallery)).to.equal(null);
    });

    it('stops when the element leaves the page', async () => {
      const { gallery, changes } = await autoplaying(5);
      gallery.element.remove();
      await tick(gallery, 10 * INTERVAL);
      expect(changes()).to.deep.equal([]);
      expect(clock.countTimers()).to.equal(0);
    });
  });
});
