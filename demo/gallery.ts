/// <reference types="vite/client" />
import '../src/define.js';
import type { Image as ArticleImage } from '../src/index.js';

// The themed gallery gets its images from script: Article JSON `Image` objects, as a
// `gallery` block of an article would carry them (caption is inline HTML, credit plain text).
const images: ArticleImage[] = [
  {
    src: 'images/stand-in-harbour-dusk-1200x800.jpg',
    alt: 'Stand-in photo: a low waterfront silhouette against a dusk sky over calm water',
    width: 1200,
    height: 800,
    srcset: 'images/stand-in-harbour-dusk-1200x800-480w.jpg 480w, images/stand-in-harbour-dusk-1200x800-800w.jpg 800w, images/stand-in-harbour-dusk-1200x800.jpg 1200w',
    sizes: '(max-width: 58.5rem) calc(100vw - 4rem), 54.5rem',
    caption: 'Lanterns go up along the quay for the first night market in six years. <a href="https://example.org/harbour-market">Programme</a>',
    credit: 'Stand-in image',
  },
  {
    src: 'images/stand-in-skyline-moon-800x1200.jpg',
    alt: 'Stand-in photo: a full moon above a city skyline with lit windows',
    width: 800,
    height: 1200,
    srcset: 'images/stand-in-skyline-moon-800x1200-480w.jpg 480w, images/stand-in-skyline-moon-800x1200.jpg 800w',
    sizes: '(max-width: 58.5rem) calc((100vw - 4rem) * 0.444), 24.2rem',
    caption: 'Office towers stay lit for <em>Earth Hour</em> rehearsals. <a href="https://example.org/earth-hour">Which buildings will go dark</a>',
    credit: 'Stand-in image',
  },
  {
    src: 'images/stand-in-valley-panorama-1600x600.jpg',
    alt: 'Stand-in photo: a panorama of green hills under a low sun',
    width: 1600,
    height: 600,
    srcset: 'images/stand-in-valley-panorama-1600x600-480w.jpg 480w, images/stand-in-valley-panorama-1600x600-800w.jpg 800w, images/stand-in-valley-panorama-1600x600-1200w.jpg 1200w, images/stand-in-valley-panorama-1600x600.jpg 1600w',
    sizes: '(max-width: 58.5rem) calc(100vw - 4rem), 54.5rem',
    caption: 'The whole valley from the ridge, a panorama of 1600 × 600 pixels.',
    credit: 'Stand-in image',
  },
  {
    src: 'images/stand-in-spice-stall-960x1200.jpg',
    alt: 'Stand-in photo: baskets of orange, green and pale spices under awnings',
    width: 960,
    height: 1200,
    srcset: 'images/stand-in-spice-stall-960x1200-480w.jpg 480w, images/stand-in-spice-stall-960x1200-800w.jpg 800w, images/stand-in-spice-stall-960x1200.jpg 960w',
    sizes: '(max-width: 58.5rem) calc((100vw - 4rem) * 0.533), 29.05rem',
    caption: 'Saffron prices have <strong>doubled</strong> since the spring harvest failed. <a href="https://example.org/saffron-prices">Why</a>',
    credit: 'Stand-in image',
  },
  {
    src: 'images/stand-in-city-night-1200x675.jpg',
    alt: 'Stand-in photo: lit windows in a row of city buildings at night, across the water',
    width: 1200,
    height: 675,
    srcset: 'images/stand-in-city-night-1200x675-480w.jpg 480w, images/stand-in-city-night-1200x675-800w.jpg 800w, images/stand-in-city-night-1200x675.jpg 1200w',
    sizes: '(max-width: 58.5rem) calc(100vw - 4rem), 54.5rem',
    caption: 'The harbour front after the new street lights were switched on.',
    credit: 'Stand-in image',
  },
  {
    src: 'images/stand-in-market-square-1000x1000.jpg',
    alt: 'Stand-in photo: striped awnings over round baskets of fruit and vegetables',
    width: 1000,
    height: 1000,
    srcset: 'images/stand-in-market-square-1000x1000-480w.jpg 480w, images/stand-in-market-square-1000x1000-800w.jpg 800w, images/stand-in-market-square-1000x1000.jpg 1000w',
    sizes: '(max-width: 58.5rem) calc((100vw - 4rem) * 0.667), 36.35rem',
    caption: 'Saturday in the market square. <a href="https://example.org/market-square">Opening hours</a>',
    credit: 'Stand-in image',
  },
];

// Typed locally so that this page does not depend on the element's class being exported yet.
const themed = document.querySelector<HTMLElement & { images?: ArticleImage[] }>('#themed')!;
themed.images = images;

// A debug line with the last gallery event. Capture phase, so it sees every gallery's
// events whether or not they bubble out of their shadow roots.
const status = document.querySelector<HTMLOutputElement>('#last-event')!;
for (const type of ['image-gallery-change', 'image-gallery-open', 'image-gallery-close']) {
  document.addEventListener(
    type,
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const where = target?.id ? `#${target.id}` : (target?.localName ?? '?');
      const index = (event as Event & { detail?: { index?: number } }).detail?.index;
      status.value = `${type} on ${where}${index === undefined ? '' : ` · index ${index}`} · ${new Date().toLocaleTimeString('en-GB')}`;
    },
    { capture: true },
  );
}
