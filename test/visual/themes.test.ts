import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/define.js';
import type { Article, ImageGalleryElement, NewsArticleElement } from '../../src/index.js';
import seed from '../../demo/articles/seed-gu.json';

/*
 * Screenshot comparisons of the demo themes (demo/themes/*.css), against the PNGs in
 * test/visual/baselines/Chrome/baseline/ (web-test-runner.config.mjs sets the tolerance).
 * Each picture is a fixed box 412 px wide (a phone), so a change of layout shows as changed
 * pixels, never as a picture of another size: the seed article's header (with its lead
 * figure) and first paragraphs in each theme, and a gallery in the high-contrast theme. No
 * ads, no focus, no animation, every image decoded before the picture is taken.
 *
 * After an intended change of look: `npx web-test-runner test/visual/themes.test.ts
 * --update-visual-baseline`, then look at the new baselines before committing them.
 */

const WIDTH = 412;

async function themeCss(theme: string): Promise<string> {
  const response = await fetch(`/demo/themes/${theme}.css`);
  if (!response.ok) throw new Error(`demo/themes/${theme}.css: ${response.status}`);
  return response.text();
}

/** The seed article's header and its first three blocks (two paragraphs and a heading): no ads. */
function seedStart(): Article {
  const { body, ...rest } = seed as unknown as Article;
  return { ...rest, body: body.slice(0, 3) };
}

/** Waits until every image in `root` (and the shadow roots in it) has loaded and decoded. */
async function imagesReady(root: Element | ShadowRoot): Promise<void> {
  const images: HTMLImageElement[] = [];
  const collect = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      // (An image with no source, such as the closed lightbox's, is not shown.)
      if (el instanceof HTMLImageElement && el.getAttribute('src')) images.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(root);
  for (const image of images) image.loading = 'eager';
  await Promise.all(images.map((image) => image.decode()));
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

let style: HTMLStyleElement | undefined;

before(async () => {
  // A phone's window; the box is pinned to its top left, so nothing scrolls.
  await setViewport({ width: WIDTH, height: 1500 });
});

afterEach(() => {
  style?.remove();
  style = undefined;
});

async function shoot(theme: string, height: number, content: (box: HTMLDivElement) => Promise<void>): Promise<HTMLDivElement> {
  style = Object.assign(document.createElement('style'), { textContent: await themeCss(theme) });
  document.head.append(style);
  const box = await fixture<HTMLDivElement>(html`<div
    style="position: fixed; inset: 0 auto auto 0; inline-size: ${WIDTH}px; block-size: ${height}px; overflow: hidden; box-sizing: border-box; padding: 16px; background: var(--ne-color-background, transparent)"
  ></div>`);
  await content(box);
  await imagesReady(box);
  return box;
}

async function articleIn(box: HTMLDivElement): Promise<void> {
  const element: NewsArticleElement = document.createElement('news-article');
  const loaded = new Promise((resolve) => element.addEventListener('news-article-load', resolve, { once: true }));
  element.article = seedStart();
  box.append(element);
  await loaded;
  await element.updateComplete;
}

async function galleryIn(box: HTMLDivElement): Promise<void> {
  box.lang = 'en';
  box.innerHTML = `<image-gallery thumbnails lightbox>
    <figure>
      <img src="images/stand-in-harbour-dusk-1200x800-480w.jpg" alt="A quay at dusk" width="480" height="320" />
      <figcaption>The restored quay at dusk. <a href="https://example.org/quay">About the market</a> <span part="credit">Photo: Stand-in</span></figcaption>
    </figure>
    <figure>
      <img src="images/stand-in-market-square-1000x1000-480w.jpg" alt="Awnings over baskets of fruit" width="480" height="480" />
      <figcaption>The market square.</figcaption>
    </figure>
    <figure>
      <img src="images/stand-in-city-night-1200x675-480w.jpg" alt="Lit windows at night" width="480" height="270" />
      <figcaption>Lit windows across the water.</figcaption>
    </figure>
  </image-gallery>`;
  await (box.firstElementChild as ImageGalleryElement).updateComplete;
}

describe('visual: the demo themes at 412 px', () => {
  for (const theme of ['default', 'broadsheet', 'contrast']) {
    it(`the seed article's header and first paragraphs in the ${theme} theme`, async () => {
      const box = await shoot(theme, 1000, articleIn);
      await visualDiff(box, `theme-${theme}-article`);
    });
  }

  it('a gallery in the contrast theme', async () => {
    const box = await shoot('contrast', 470, galleryIn);
    await visualDiff(box, 'theme-contrast-gallery');
  });
});
