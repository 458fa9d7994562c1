import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { frames, sleep, wrap, type Gallery, type Image, type ImageGalleryElement } from './helpers.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Sums the layout shifts (without recent input) from now until `stop()`. */
function watchLayoutShifts(): { stop(): Promise<number> } {
  let total = 0;
  const add = (entries: PerformanceEntryList) => {
    for (const entry of entries as LayoutShift[]) if (!entry.hadRecentInput) total += entry.value;
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: false });
  return {
    async stop() {
      await frames(2);
      add(observer.takeRecords());
      observer.disconnect();
      return total;
    },
  };
}

// Mixed shapes, fetched fresh for each test so that they load after the first render.
const FILES = [
  'stand-in-harbour-dusk-1200x800.jpg',
  'stand-in-lighthouse-675x1200.jpg',
  'stand-in-market-square-1000x1000.jpg',
  'stand-in-valley-panorama-1600x600.jpg',
  'stand-in-portrait-window-800x1067.jpg',
];
let run = 0;
const url = (file: string) => `/images/${file}?run=${run}`;

const CAPTIONS = [
  'Boats at the harbour.',
  'The lighthouse on the point, photographed from the beach at low tide, with the old keeper’s cottage behind it and the new radar mast that replaced its lamp.',
  'The market square.',
  'The valley at dawn.',
  'A window in the old town.',
];

/** Waits until every image of the gallery that has a src has loaded (or failed) and decoded. */
async function imagesSettled(gallery: Gallery): Promise<void> {
  const images = gallery.parts<HTMLImageElement>('image').filter((image) => image.hasAttribute('src'));
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  await frames(2);
}

async function mount(content: ReturnType<typeof html>): Promise<{ gallery: Gallery; after: HTMLElement }> {
  const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 600px">${content}<p id="after">Text after the gallery.</p></div>`);
  const element = container.querySelector('image-gallery')!;
  await element.updateComplete;
  return { gallery: wrap(element), after: container.querySelector<HTMLElement>('#after')! };
}

describe('<image-gallery>', () => {
  describe('layout shift', () => {
    beforeEach(() => {
      run++;
    });

    afterEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('does not shift while upgrading from figure children and loading mixed-size images', async () => {
      expect(customElements.get('image-gallery')).to.be.a('function');
      const shifts = watchLayoutShifts();
      const host = document.createElement('div');
      host.style.inlineSize = '600px';
      host.innerHTML = `<image-gallery>${FILES.map(
        (file, i) => `<figure><img src="${url(file)}" alt="Photo ${i + 1}"><figcaption>${CAPTIONS[i]} <span part="credit">Photo: Desk ${i + 1}</span></figcaption></figure>`,
      ).join('')}</image-gallery><p id="after">Text after the gallery.</p>`;
      document.body.append(host);
      try {
        const element = host.querySelector<ImageGalleryElement>('image-gallery')!;
        await element.updateComplete;
        const gallery = wrap(element);
        expect(gallery.parts('slide')).to.have.length(5);
        await imagesSettled(gallery);
        expect(await shifts.stop()).to.equal(0);
      } finally {
        host.remove();
      }
    });

    it('does not shift while moving between slides, whatever their captions', async () => {
      const images: Image[] = FILES.map((file, i) => ({ src: url(file), alt: `Photo ${i + 1}`, caption: CAPTIONS[i], credit: `Desk ${i + 1}` }));
      const { gallery, after } = await mount(html`<image-gallery .images=${images}></image-gallery>`);
      await imagesSettled(gallery);
      const top = after.getBoundingClientRect().top;
      const height = gallery.element.getBoundingClientRect().height;
      const shifts = watchLayoutShifts();
      for (let i = 0; i < 4; i++) {
        gallery.element.next();
        await gallery.element.updateComplete;
        await sleep(120);
        await imagesSettled(gallery);
        expect(after.getBoundingClientRect().top, `after next() ${i + 1}`).to.equal(top);
        expect(gallery.element.getBoundingClientRect().height).to.equal(height);
      }
      expect(await shifts.stop()).to.equal(0);
    });

    it('does not shift when images of other shapes replace the images', async () => {
      const first: Image[] = FILES.slice(0, 3).map((file, i) => ({ src: url(file), alt: `A ${i + 1}`, caption: 'Same caption', credit: 'Desk' }));
      const { gallery, after } = await mount(html`<image-gallery .images=${first}></image-gallery>`);
      await imagesSettled(gallery);
      const top = after.getBoundingClientRect().top;
      const shifts = watchLayoutShifts();
      const second: Image[] = [FILES[1]!, FILES[4]!, FILES[3]!].map((file, i) => ({ src: `${url(file)}&second`, alt: `B ${i + 1}`, caption: 'Same caption', credit: 'Desk' }));
      gallery.element.images = second;
      await gallery.element.updateComplete;
      await imagesSettled(gallery);
      expect(after.getBoundingClientRect().top).to.equal(top);
      expect(await shifts.stop()).to.equal(0);
    });

    it('does not shift when the lazily loaded neighbours arrive', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const images: Image[] = FILES.map((file, i) => ({ src: url(file), alt: `Photo ${i + 1}` }));
      const { gallery, after } = await mount(html`<image-gallery thumbnails .images=${images}></image-gallery>`);
      const top = after.getBoundingClientRect().top;
      const shifts = watchLayoutShifts();
      await imagesSettled(gallery);
      await Promise.all(
        Array.from(gallery.root.querySelectorAll<HTMLImageElement>('[part~="thumbnail"] img')).map((image) => image.decode().catch(() => undefined)),
      );
      await frames(2);
      expect(after.getBoundingClientRect().top).to.equal(top);
      expect(await shifts.stop()).to.equal(0);
    });
  });
});
