import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

/**
 * The README's fallback rule for `<image-gallery>` (demo/image-gallery-fallback.css, which the
 * demo uses): a gallery whose script arrives after its children have loaded and painted takes
 * the same box before and after it upgrades, so nothing around it moves (CLS 0).
 *
 * Each case is a page of its own in an iframe (a fresh registry): the gallery's children and
 * the CSS, a paragraph after it; once the page has loaded (its images too) and painted, the
 * element's definition is imported, and the layout shifts of the whole page life are summed.
 * This file imports no element, so nothing is defined before that.
 */

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

type Gallery = HTMLElement & { updateComplete: Promise<boolean> };

/** demo/image-gallery-fallback.css, fetched before the tests. */
let RULE = '';

/** The demo's former rules (demo/demo.css), with the README's former advice (only the first child shown). */
const OLD_RULE = `
  image-gallery:not(:defined) { display: block; }
  image-gallery:not(:defined) figure { margin: 0 0 1.5rem; }
  image-gallery:not(:defined) img { display: block; max-inline-size: 100%; max-block-size: 60vh; inline-size: auto; block-size: auto; }
  image-gallery:not(:defined) figcaption { margin-block-start: 0.5rem; font-size: 0.875rem; }
  image-gallery:not(:defined) > :not(:first-child) { display: none; }
`;

/** A host page's own look, which the element does not inherit (and the fallback must not either). */
const PAGE = 'body { margin: 0; font: 17px/1.7 Georgia, serif; letter-spacing: 0.01em; } main { padding: 0 12px; }';

const IMAGES: [file: string, width: number, height: number][] = [
  ['stand-in-harbour-dusk-1200x800', 1200, 800],
  ['stand-in-lighthouse-675x1200', 675, 1200],
  ['stand-in-valley-panorama-1600x600', 1600, 600],
  ['stand-in-market-square-1000x1000', 1000, 1000],
  ['stand-in-spice-stall-960x1200', 960, 1200],
  ['stand-in-city-night-1200x675', 1200, 675],
];

const CAPTIONS = [
  'The restored quay at dusk. <a href="https://example.org/quay">About the quay</a>',
  'The lighthouse on North Point shone again on Saturday evening, forty years after its last keeper left. Volunteers spent three winters repairing the lantern room and rebuilding the clockwork that turns the lens. <a href="https://example.org/lighthouse">Visits</a>',
  'The valley from the ridge path.',
  'Fruit and vegetables under striped awnings in the market square.',
  'Chillies, turmeric and dried limes at a spice stall.',
  'Lit windows across the water.',
];

/** The gallery's children as a page writes them: figures (with a credit, as the README shows), or bare images. */
function children(count: number, { figures = true, captions = true, lazy = true } = {}): string {
  return Array.from({ length: count }, (_, i) => {
    const [file, width, height] = IMAGES[i % IMAGES.length]!;
    const img = `<img src="/images/${file}.jpg" alt="Photo ${i + 1}" width="${width}" height="${height}"${lazy && i > 0 ? ' loading="lazy"' : ''}>`;
    if (!figures) return img;
    const caption = captions ? `<figcaption>${CAPTIONS[i % CAPTIONS.length]} <span part="credit">Photo: Desk ${i + 1}</span></figcaption>` : '';
    return `<figure>${img}${caption}</figure>`;
  }).join('\n');
}

const frames = (win: Window, count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

/** Loads the page, lets it paint, then defines the element; returns the page's CLS and the gallery's box before and after. */
async function upgradeLate({ css, width, gallery }: { css: string; width: number; gallery: string }) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; inline-size: ${width}px; block-size: 1000px; border: 0`;
  // (A srcdoc page has this page's base URL: /images/ and /src/ are the test server's.)
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>${PAGE}</style><style>${css}</style></head>
    <body><main><h1>Photos</h1>${gallery}<p id="after" style="block-size: 300px">Text after the gallery.</p></main></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const element = doc.querySelector<Gallery>('image-gallery')!;
    await Promise.all(Array.from(doc.images, (image) => (image.complete ? image.decode().catch(() => undefined) : undefined)));
    await frames(win, 3);
    const before = element.getBoundingClientRect();

    let cls = 0;
    const add = (entries: PerformanceEntryList) => {
      for (const entry of entries as LayoutShift[]) if (!entry.hadRecentInput) cls += entry.value;
    };
    const observer = new win.PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });

    // The script arrives late.
    const script = doc.createElement('script');
    script.type = 'module';
    script.textContent = "import '/src/define.ts';";
    doc.head.append(script);
    await win.customElements.whenDefined('image-gallery');
    await element.updateComplete;
    const shown = Array.from(element.shadowRoot!.querySelectorAll<HTMLImageElement>('img[part~="image"][src]'));
    await Promise.all(shown.map((image) => image.decode().catch(() => undefined)));
    await frames(win, 3);
    add(observer.takeRecords());
    observer.disconnect();
    return { cls, before, after: element.getBoundingClientRect(), element };
  } finally {
    frame.remove();
  }
}

describe('<image-gallery> fallback rule', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 1000 });
    RULE = await (await fetch('/demo/image-gallery-fallback.css')).text();
  });

  it('is the rule the README documents', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme.includes(`\`\`\`css\n${RULE.trim()}\n\`\`\``), 'README.md holds demo/image-gallery-fallback.css in a css block').to.equal(true);
  });

  const cases: { name: string; width: number; gallery: string }[] = [
    { name: 'figures with captions of different lengths', width: 640, gallery: `<image-gallery>${children(6)}</image-gallery>` },
    { name: 'on a phone-sized page, with thumbnails, lightbox and loop', width: 375, gallery: `<image-gallery thumbnails lightbox loop>${children(4)}</image-gallery>` },
    { name: 'with more thumbnails than fit', width: 375, gallery: `<image-gallery thumbnails>${children(12)}</image-gallery>` },
    { name: 'with autoplay (the play button shares the controls row)', width: 480, gallery: `<image-gallery autoplay>${children(3)}</image-gallery>` },
    { name: 'with bare images', width: 560, gallery: `<image-gallery>${children(4, { figures: false })}</image-gallery>` },
    { name: 'with figures without captions', width: 560, gallery: `<image-gallery lightbox>${children(3, { captions: false })}</image-gallery>` },
    { name: 'right to left', width: 500, gallery: `<div dir="rtl" lang="ar"><image-gallery thumbnails>${children(3)}</image-gallery></div>` },
    {
      name: 'with the page’s own aspect ratio',
      width: 600,
      gallery: `<image-gallery style="--image-gallery-aspect-ratio: 16 / 9">${children(3)}</image-gallery>`,
    },
  ];

  for (const { name, width, gallery } of cases) {
    it(`keeps the upgraded box: ${name}`, async () => {
      const { cls, before, after, element } = await upgradeLate({ css: RULE, width, gallery });
      expect(element.shadowRoot!.querySelector('[part~="slide"]'), 'upgraded').to.exist;
      expect(after.height, 'height').to.be.closeTo(before.height, 1);
      expect(after.width, 'width').to.equal(before.width);
      expect(cls, 'CLS').to.equal(0);
    });
  }

  it('(control) sees the shift of the former rules', async () => {
    const { cls, before, after } = await upgradeLate({ css: OLD_RULE, width: 640, gallery: `<image-gallery thumbnails>${children(6)}</image-gallery>` });
    expect(Math.abs(after.height - before.height), 'height change').to.be.greaterThan(3);
    expect(cls, 'CLS').to.be.greaterThan(0.01);
  });
});
