import { expect } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import type { ImageGalleryChangeEvent } from '../../../src/index.js';
import { frames, inside, nextEvent, record, renderGallery, sampleImages, sleep, type Gallery } from './helpers.js';

// Real timers with short intervals: @sinonjs/fake-timers is only a CommonJS transitive dependency here.

const playPause = (gallery: Gallery) => gallery.part('play-pause');

/** Resolves once `count` change events have reached `gallery`, with their indices. */
function changes(gallery: Gallery, count: number, timeout = 4000): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const seen: number[] = [];
    const timer = setTimeout(() => reject(new Error(`only ${seen.length} of ${count} changes (${seen.join(', ')})`)), timeout);
    const listener = (event: Event) => {
      seen.push((event as ImageGalleryChangeEvent).index);
      if (seen.length === count) {
        clearTimeout(timer);
        gallery.element.removeEventListener('image-gallery-change', listener);
        resolve(seen);
      }
    };
    gallery.element.addEventListener('image-gallery-change', listener);
  });
}

function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('<image-gallery>', () => {
  describe('autoplay', () => {
    beforeEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    afterEach(async () => {
      await resetMouse();
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('does not move on its own without autoplay, and has no play-pause button', async () => {
      const gallery = await renderGallery({ images: sampleImages(3), attributes: { interval: '50' } });
      const events = record(gallery.element, 'image-gallery-change');
      await sleep(300);
      expect(events).to.have.length(0);
      expect(gallery.element.index).to.equal(0);
      expect(playPause(gallery)).to.equal(null);
    });

    it('advances every interval with autoplay', async () => {
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { autoplay: '', interval: '50' } });
      const started = performance.now();
      expect(await changes(gallery, 2)).to.deep.equal([1, 2]);
      expect(performance.now() - started).to.be.at.least(90);
    });

    it('wraps from the last image to the first', async () => {
      const gallery = await renderGallery({ images: sampleImages(3), attributes: { autoplay: '', interval: '50', start: '1' } });
      expect(await changes(gallery, 2)).to.deep.equal([2, 0]);
    });

    it('stays on the first image after wrapping (the scroll back does not undo the wrap)', async () => {
      const gallery = await renderGallery({ images: sampleImages(3), attributes: { autoplay: '', interval: '600' } });
      expect(await changes(gallery, 3, 5000)).to.deep.equal([1, 2, 0]);
      // Hold autoplay (hover) and let the smooth scroll back to the first slide finish.
      gallery.part('base')!.dispatchEvent(new PointerEvent('pointerenter'));
      const events = record<ImageGalleryChangeEvent>(gallery.element, 'image-gallery-change');
      await sleep(1000);
      expect(events.map((event) => event.index)).to.deep.equal([]);
      expect(gallery.element.index).to.equal(0);
      expect(inside(gallery.parts('slide')[0]!, gallery.part('viewport')!)).to.equal(true);
    });

    it('shows a visible pause button that stops it, then reads "Play slideshow"', async () => {
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { autoplay: '', interval: '50' } });
      const button = playPause(gallery)!;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-label')).to.equal('Pause slideshow');
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.above(20);
      expect(box.height).to.be.above(20);
      expect(getComputedStyle(button).visibility).to.equal('visible');
      button.click();
      await gallery.element.updateComplete;
      expect(button.getAttribute('aria-label')).to.equal('Play slideshow');
      const index = gallery.element.index;
      const events = record(gallery.element, 'image-gallery-change');
      await sleep(300);
      expect(events).to.have.length(0);
      expect(gallery.element.index).to.equal(index);
      button.click();
      await gallery.element.updateComplete;
      expect(button.getAttribute('aria-label')).to.equal('Pause slideshow');
      await changes(gallery, 1);
    });

    it('pauses when the pause button is clicked with the mouse', async () => {
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { autoplay: '', interval: '100' } });
      const button = playPause(gallery)!;
      await sendMouse({ type: 'click', position: centre(button) });
      await gallery.element.updateComplete;
      // Move the pointer away so hovering does not hold it.
      await sendMouse({ type: 'move', position: [0, window.innerHeight - 1] });
      await gallery.element.updateComplete;
      expect(button.getAttribute('aria-label')).to.equal('Play slideshow');
      const index = gallery.element.index;
      await sleep(400);
      expect(gallery.element.index).to.equal(index);
    });

    it('holds while hovered and resumes when the pointer leaves', async () => {
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { autoplay: '', interval: '80' } });
      const base = gallery.part('base')!;
      base.dispatchEvent(new PointerEvent('pointerenter'));
      await gallery.element.updateComplete;
      const events = record(gallery.element, 'image-gallery-change');
      await sleep(300);
      expect(events).to.have.length(0);
      // Hovering holds, it does not pause: the button still offers to pause.
      expect(playPause(gallery)!.getAttribute('aria-label')).to.equal('Pause slideshow');
      base.dispatchEvent(new PointerEvent('pointerleave'));
      await nextEvent(gallery.element, 'image-gallery-change', 2000);
    });

    it('stops when focus enters, and does not resume on its own', async () => {
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { autoplay: '', interval: '80' } });
      gallery.part('next')!.focus();
      await gallery.element.updateComplete;
      expect(playPause(gallery)!.getAttribute('aria-label')).to.equal('Play slideshow');
      const events = record(gallery.element, 'image-gallery-change');
      await sleep(300);
      gallery.part('next')!.blur();
      await sleep(300);
      expect(events).to.have.length(0);
      expect(playPause(gallery)!.getAttribute('aria-label')).to.equal('Play slideshow');
    });

    it('does not start under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { autoplay: '', interval: '50' } });
      expect(playPause(gallery)!.getAttribute('aria-label')).to.equal('Play slideshow');
      const events = record(gallery.element, 'image-gallery-change');
      await sleep(300);
      expect(events).to.have.length(0);
      expect(gallery.element.index).to.equal(0);
    });

    it('stops when autoplay is removed', async () => {
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { autoplay: '', interval: '60' } });
      gallery.element.removeAttribute('autoplay');
      await gallery.element.updateComplete;
      await frames(1);
      const events = record(gallery.element, 'image-gallery-change');
      await sleep(300);
      expect(events).to.have.length(0);
      expect(playPause(gallery)).to.equal(null);
    });

    it('stops when the element leaves the page', async () => {
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { autoplay: '', interval: '60' } });
      const events = record(gallery.element, 'image-gallery-change');
      gallery.element.remove();
      await sleep(300);
      expect(events).to.have.length(0);
    });
  });
});
