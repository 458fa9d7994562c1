import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { nextEvent, renderGallery, sampleImages, type Gallery } from './helpers.js';

const STATES = ['open', 'playing'] as const;

/** The custom states `gallery` is in, of the two it documents. */
const statesOf = (gallery: Gallery) => STATES.filter((state) => gallery.element.matches(`:state(${state})`));

const INTERVAL = 1000;

describe('<image-gallery> custom states', () => {
  describe('open', () => {
    it('is open while the lightbox is, closed by close(), Esc or the close button', async () => {
      const gallery = await renderGallery({ images: sampleImages(3), attributes: { lightbox: '' } });
      expect(statesOf(gallery)).to.deep.equal([]);
      for (const close of [
        () => gallery.element.close(),
        () => void sendKeys({ press: 'Escape' }),
        () => gallery.part('close')!.click(),
      ]) {
        const opened = nextEvent(gallery.element, 'image-gallery-open');
        gallery.element.open(1);
        await opened;
        expect(statesOf(gallery), 'opened').to.deep.equal(['open']);
        const closed = nextEvent(gallery.element, 'image-gallery-close');
        close();
        await closed;
        expect(statesOf(gallery), 'closed').to.deep.equal([]);
      }
    });

    it('is open when a reader clicks an image, and stays open while the photo changes', async () => {
      const gallery = await renderGallery({ images: sampleImages(3), attributes: { lightbox: '' } });
      const opened = nextEvent(gallery.element, 'image-gallery-open');
      gallery.part('image-button')!.click();
      await opened;
      expect(statesOf(gallery)).to.deep.equal(['open']);
      gallery.part('lightbox-next')!.click();
      await gallery.element.updateComplete;
      expect(gallery.element.index).to.equal(1);
      expect(statesOf(gallery)).to.deep.equal(['open']);
      const closed = nextEvent(gallery.element, 'image-gallery-close');
      gallery.element.close();
      await closed;
    });

    it("is not open when a gallery nested in its children opens its lightbox", async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML = `<image-gallery id="outer"><img src="${sampleImages(1)[0]!.src}" alt="Outer" /><image-gallery id="inner" lightbox><img src="${sampleImages(1)[0]!.src}" alt="Inner" /></image-gallery></image-gallery>`;
      const outer = page.querySelector<HTMLElementTagNameMap['image-gallery']>('#outer')!;
      const inner = page.querySelector<HTMLElementTagNameMap['image-gallery']>('#inner')!;
      await Promise.all([outer.updateComplete, inner.updateComplete]);
      const opened = nextEvent(outer, 'image-gallery-open');
      inner.open();
      await opened; // it bubbles through the outer gallery
      expect(inner.matches(':state(open)')).to.equal(true);
      expect(outer.matches(':state(open)')).to.equal(false);
      inner.close();
    });
  });

  describe('playing (fake timers)', () => {
    let clock: sinon.SinonFakeTimers;

    beforeEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });

    afterEach(async () => {
      clock.restore();
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    const autoplaying = () => renderGallery({ images: sampleImages(4), attributes: { autoplay: '', interval: String(INTERVAL) } });

    it('is not playing without autoplay', async () => {
      const gallery = await renderGallery({ images: sampleImages(4) });
      expect(statesOf(gallery)).to.deep.equal([]);
    });

    it('is playing while autoplay plays (also as it advances), not after pause, and again after play', async () => {
      const gallery = await autoplaying();
      expect(statesOf(gallery)).to.deep.equal(['playing']);
      await clock.tickAsync(INTERVAL);
      await gallery.element.updateComplete;
      expect(gallery.element.index).to.equal(1);
      expect(statesOf(gallery)).to.deep.equal(['playing']);
      gallery.part('play-pause')!.click();
      await gallery.element.updateComplete;
      expect(statesOf(gallery), 'paused').to.deep.equal([]);
      gallery.part('play-pause')!.click();
      await gallery.element.updateComplete;
      expect(statesOf(gallery), 'played').to.deep.equal(['playing']);
    });

    it('stays playing while a hover holds it', async () => {
      const gallery = await autoplaying();
      gallery.part('base')!.dispatchEvent(new PointerEvent('pointerenter'));
      await gallery.element.updateComplete;
      expect(statesOf(gallery)).to.deep.equal(['playing']);
      gallery.part('base')!.dispatchEvent(new PointerEvent('pointerleave'));
    });

    it('stops playing when focus enters the gallery', async () => {
      const gallery = await autoplaying();
      gallery.part('next')!.focus();
      await gallery.element.updateComplete;
      expect(statesOf(gallery)).to.deep.equal([]);
    });

    it('does not play under prefers-reduced-motion until the reader presses play', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const gallery = await autoplaying();
      expect(statesOf(gallery)).to.deep.equal([]);
      gallery.part('play-pause')!.click();
      await gallery.element.updateComplete;
      expect(statesOf(gallery)).to.deep.equal(['playing']);
    });

    it('stops playing when autoplay is removed', async () => {
      const gallery = await autoplaying();
      gallery.element.removeAttribute('autoplay');
      await gallery.element.updateComplete;
      expect(statesOf(gallery)).to.deep.equal([]);
    });
  });
});
