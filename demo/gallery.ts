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
    caption: 'Lanterns go up along the quay for the first night market in six years. <a href="https://example.org/harbour-market">Programme</a>',
    credit: 'Stand-in image',
  },
  {
    src: 'images/stand-in-skyline-moon-800x1200.jpg',
    alt: 'Stand-in photo: a full moon above a city skyline with lit windows',
    width: 800,
    height: 1200,
    caption: 'Office towers stay lit for <em>Earth Hour</em> rehearsals. <a href="https://example.org/earth-hour">Which buildings will go dark</a>',
    credit: 'Stand-in image',
  },
  {
    src: 'images/stand-in-valley-panorama-1600x600.jpg',
    alt: 'Stand-in photo: a panorama of green hills under a low sun',
    width: 1600,
    height: 600,
    caption: 'The whole valley from the ridge, a panorama of 1600 × 600 pixels.',
    credit: 'Stand-in image',
  },
  {
    src: 'images/stand-in-spice-stall-960x1200.jpg',
    alt: 'Stand-in photo: baskets of orange, green and pale spices under awnings',
    width: 960,
    height: 1200,
    caption: 'Saffron prices have <strong>doubled</strong> since the spring harvest failed. <a href="https://example.org/saffron-prices">Why</a>',
    credit: 'Stand-in image',
  },
  {
    src: 'images/stand-in-city-night-1200x675.jpg',
    alt: 'Stand-in photo: lit windows in a row of city buildings at night, across the water',
    width: 1200,
    height: 675,
    caption: 'The harbour front after the new street lights were switched on.',
    credit: 'Stand-in image',
  },
  {
    src: 'images/stand-in-market-square-1000x1000.jpg',
    alt: 'Stand-in photo: striped awnings over round baskets of fruit and vegetables',
    width: 1000,
    height: 1000,
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
