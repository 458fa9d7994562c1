import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import type { Article } from '../src/article/types.js';
import type { AdSlotElement, ImageGalleryElement, NewsArticleElement } from '../src/index.js';
import { fullArticle } from './article/samples.js';

/*
 * A publisher page we do not control: inherited properties that make text invisible or
 * resized, a root font size of 62.5 %, and rules aimed at the element's light DOM. Whatever
 * the page does to its own elements (and through `::part()` and the tokens) is its business;
 * what it passes down by inheritance must stop at our elements.
 */
const HOSTILE = `
  .hostile {
    color: transparent;
    -webkit-text-fill-color: transparent;
    -webkit-text-stroke: 2px red;
    -webkit-text-security: disc;
    text-shadow: 0 0 4px red;
    visibility: hidden;
    font: italic small-caps 100 0/0 monospace;
    font-feature-settings: 'smcp';
    font-kerning: none;
    font-synthesis: none;
    letter-spacing: 10px;
    word-spacing: 20px;
    text-indent: -9999px;
    text-transform: uppercase;
    text-align: right;
    white-space: pre;
    word-break: break-all;
    hyphens: auto;
    direction: rtl;
    cursor: wait;
    list-style: square inside;
    quotes: '«' '»';
    tab-size: 2;
    text-underline-offset: 6px;
    text-emphasis: filled red;
    --_ratio: 1 / 9;
  }
  *, ::before, ::after { box-sizing: border-box; }
  p, h1, h2, h3, li, figure, figcaption { margin: 0; padding: 0; font-size: 40px; }
  news-article > * { display: none; visibility: hidden; opacity: 0; }
`;

let pageStyle: HTMLStyleElement | undefined;

/** Puts the hostile page in place: its stylesheet and `html { font-size: 62.5% }`. */
function makeHostile(css = HOSTILE): void {
  pageStyle = Object.assign(document.createElement('style'), { textContent: css });
  document.head.append(pageStyle);
  document.documentElement.style.fontSize = '62.5%';
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A fixed-width wrapper (hostile or not), so layout-dependent values match. */
const wrapper = (hostile: boolean) => fixture<HTMLDivElement>(html`<div class=${hostile ? 'hostile' : ''} style="inline-size: 800px"></div>`);

/** The test article without its embed (an iframe to a host the tests cannot reach), and with an image of unknown size last. */
const article = (): Article => {
  const full = fullArticle();
  const unsized = { type: 'image' as const, src: 'https://images.example/unsized.jpg', alt: 'Unsized' };
  return { ...full, body: [...full.body.filter((block) => block.type !== 'embed'), unsized] };
};

/** Renders `data` in a `<news-article>` inside `container`, and waits for it and its gallery and ad slots. */
async function renderArticle(container: HTMLElement, data: unknown = article()): Promise<NewsArticleElement> {
  const element = document.createElement('news-article');
  const done = new Promise((resolve) => {
    element.addEventListener('news-article-load', resolve, { once: true });
    element.addEventListener('news-article-error', resolve, { once: true });
  });
  element.article = data as Article;
  container.append(element);
  await done;
  await element.updateComplete;
  const nested = [...element.shadowRoot!.querySelectorAll<ImageGalleryElement>('[part~="gallery"]'), ...element.querySelectorAll<AdSlotElement>('[slot]')];
  await Promise.all(nested.map((child) => child.updateComplete));
  await nextFrame();
  return element;
}

/** What a reader sees of the article, by name. */
function articlePieces(element: NewsArticleElement): Record<string, Element | null | undefined> {
  const root = element.shadowRoot!;
  const q = (selector: string) => root.querySelector(selector);
  const gallery = q('[part~="gallery"]')?.shadowRoot;
  const ad = element.querySelector<AdSlotElement>('[slot]')?.shadowRoot;
  return {
    kicker: q('[part="kicker"]'),
    'kicker link': q('[part="kicker"] a'),
    headline: q('[part="headline"]'),
    subheadline: q('[part="subheadline"]'),
    byline: q('[part="byline"]'),
    date: q('[part="date"]'),
    'reading time': q('[part="reading-time"]'),
    'lead caption': q('[part~="lead-figure"] [part="caption"]'),
    'lead credit': q('[part~="lead-figure"] [part="credit"]'),
    paragraph: q('[part="paragraph"]'),
    'paragraph emphasis': q('[part="paragraph"] em'),
    heading: q('[part="heading"]'),
    'image caption': q('[part="body"] > [part="figure"] [part="caption"]'),
    'unsized image frame': q('[part="body"] > figure:last-of-type [part="image-frame"]'),
    'gallery title': q('[part="gallery-title"]'),
    'gallery description': q('[part="gallery-description"]'),
    'gallery caption': gallery?.querySelector('[part~="caption"]'),
    'gallery credit': gallery?.querySelector('[part~="credit"]'),
    'gallery counter': gallery?.querySelector('[part~="counter"]'),
    'gallery button': gallery?.querySelector('[part~="next"]'),
    quote: q('blockquote'),
    'quote cite': q('[part="quote-cite"]'),
    'list item': q('[part="list"] li'),
    tag: q('[part="tag"]'),
    'follow link': q('[part="follow-link"]'),
    copyright: q('[part="copyright"]'),
    'ad label': ad?.querySelector('[part="label"]'),
    'ad container': ad?.querySelector('[part="container"]'),
  };
}

type Snapshot = Record<string, Record<string, string>>;

/** Every computed property of every piece. */
function snapshot(pieces: Record<string, Element | null | undefined>): Snapshot {
  const out: Snapshot = {};
  for (const [name, element] of Object.entries(pieces)) {
    if (!element) throw new Error(`no ${name}`);
    const style = getComputedStyle(element);
    out[name] = Object.fromEntries(Array.from(style, (property) => [property, style.getPropertyValue(property)]));
  }
  return out;
}

/** "piece: property neutral → hostile" for every value that differs. */
function differences(neutral: Snapshot, hostile: Snapshot): string[] {
  const out: string[] = [];
  for (const [name, values] of Object.entries(neutral)) {
    for (const [property, value] of Object.entries(values)) {
      const other = hostile[name]![property];
      if (other !== value) out.push(`${name}: ${property} ${value} → ${other}`);
    }
  }
  return out;
}

/** How an ad slot (a light-DOM child the page can target) shows: its box and visibility. */
function adBox(slot: Element) {
  const { display, visibility, opacity } = getComputedStyle(slot);
  const { width, height } = slot.getBoundingClientRect();
  return { display, visibility, opacity, width, height, visible: slot.checkVisibility({ opacityProperty: true, visibilityProperty: true }) };
}

const px = (element: Element | null | undefined) => parseFloat(getComputedStyle(element!).fontSize);

/** The reader's default font size: what `font-size: medium` computes to. */
async function mediumSize(): Promise<number> {
  const probe = await fixture<HTMLDivElement>(html`<div style="font-size: medium"></div>`);
  return px(probe);
}

describe('isolation on a host page', () => {
  afterEach(async () => {
    pageStyle?.remove();
    pageStyle = undefined;
    document.documentElement.style.fontSize = '';
    await executeServerCommand('set-font-sizes', { standard: 16 });
  });

  describe('hostile inherited styles', () => {
    it('renders the article the same as on a neutral page', async () => {
      const neutral = await renderArticle(await wrapper(false));
      const expected = snapshot(articlePieces(neutral));
      const expectedAds = Array.from(neutral.querySelectorAll('[slot]'), adBox);
      makeHostile();
      const hostile = await renderArticle(await wrapper(true));
      expect(differences(expected, snapshot(articlePieces(hostile)))).to.deep.equal([]);
      expect(Array.from(hostile.querySelectorAll('[slot]'), adBox)).to.deep.equal(expectedAds);
      expect(expectedAds[0]).to.include({ display: 'block', visible: true });
    });

    it('renders the error box the same as on a neutral page', async () => {
      const pieces = (element: NewsArticleElement) => ({
        error: element.shadowRoot!.querySelector('[part="error"]'),
        title: element.shadowRoot!.querySelector('.error-title'),
      });
      const expected = snapshot(pieces(await renderArticle(await wrapper(false), { version: 1 })));
      makeHostile();
      const hostile = await renderArticle(await wrapper(true), { version: 1 });
      expect(differences(expected, snapshot(pieces(hostile)))).to.deep.equal([]);
    });

    it('renders the lightbox the same as on a neutral page', async () => {
      async function openLightbox(element: NewsArticleElement) {
        const gallery = element.shadowRoot!.querySelector<ImageGalleryElement>('[part~="gallery"]')!;
        const opened = new Promise((resolve) => gallery.addEventListener('image-gallery-open', resolve, { once: true }));
        gallery.open(0);
        await opened;
        const root = gallery.shadowRoot!;
        const pieces = snapshot({
          caption: root.querySelector('[part="lightbox-caption"]'),
          counter: root.querySelector('.lb-bar span'),
          close: root.querySelector('[part="close"]'),
        });
        gallery.close();
        return pieces;
      }
      const expected = await openLightbox(await renderArticle(await wrapper(false)));
      makeHostile();
      const hostile = await openLightbox(await renderArticle(await wrapper(true)));
      expect(differences(expected, hostile)).to.deep.equal([]);
    });

    it('renders a standalone <image-gallery> and <ad-slot> the same as on a neutral page', async () => {
      const { images } = article().body.find((block) => block.type === 'gallery') as { images: ImageGalleryElement['images'] };
      async function render(container: HTMLElement) {
        const gallery = Object.assign(document.createElement('image-gallery'), { images });
        const ad = document.createElement('ad-slot');
        container.append(gallery, ad);
        await Promise.all([gallery.updateComplete, ad.updateComplete]);
        const g = gallery.shadowRoot!;
        return snapshot({
          'gallery caption': g.querySelector('[part~="caption"]'),
          'gallery counter': g.querySelector('[part~="counter"]'),
          'gallery button': g.querySelector('[part~="next"]'),
          'ad label': ad.shadowRoot!.querySelector('[part="label"]'),
          'ad container': ad.shadowRoot!.querySelector('[part="container"]'),
        });
      }
      const expected = await render(await wrapper(false));
      makeHostile();
      const hostile = await render(await wrapper(true));
      // Standalone, they take the page's direction (a gallery on an Arabic page mirrors); nothing else.
      expect(differences(expected, hostile).filter((difference) => !difference.includes(': direction '))).to.deep.equal([]);
      expect(hostile['gallery button']!.direction).to.equal('rtl');
    });
  });

  describe("the page's styling API", () => {
    it('still reaches the element: rules for the element itself, tokens, knobs and color-scheme from ancestors, parts', async () => {
      makeHostile(`
        .themed { --ne-color-accent: rgb(0, 90, 0); --news-article-font-size: 20px; color-scheme: dark; }
        news-article { margin-block: 7px; color: rgb(1, 2, 3); }
        news-article::part(headline) { letter-spacing: 3px; }
      `);
      const container = await wrapper(false);
      container.className = 'themed';
      const element = await renderArticle(container);
      const { kicker, headline, paragraph } = articlePieces(element);
      expect(getComputedStyle(element).marginBlockStart).to.equal('7px');
      expect(getComputedStyle(headline!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(headline!).letterSpacing).to.equal('3px');
      expect(getComputedStyle(headline!).colorScheme).to.equal('dark');
      expect(getComputedStyle(kicker!).color).to.equal('rgb(0, 90, 0)');
      expect(px(paragraph)).to.equal(20);
    });
  });

  describe('font size', () => {
    it("follows the reader's default font size", async () => {
      for (const standard of [16, 20]) {
        await executeServerCommand('set-font-sizes', { standard });
        const medium = await mediumSize();
        expect(medium).to.equal(standard);
        const element = await renderArticle(await wrapper(false));
        const pieces = articlePieces(element);
        expect(px(pieces.paragraph)).to.be.closeTo(1.125 * medium, 0.01);
        expect(px(pieces.kicker)).to.be.closeTo(0.8125 * medium, 0.01);
        expect(px(pieces['lead caption'])).to.be.closeTo(0.875 * medium, 0.01);
        expect(px(pieces['gallery caption'])).to.be.closeTo(0.875 * medium, 0.01);
        expect(px(pieces['ad label'])).to.be.closeTo(0.75 * medium, 0.01);
      }
    });

    it("does not follow the page's root font size", async () => {
      const expected = snapshot(articlePieces(await renderArticle(await wrapper(false))));
      document.documentElement.style.fontSize = '62.5%';
      const element = await renderArticle(await wrapper(false));
      expect(px(element)).to.equal(await mediumSize());
      expect(differences(expected, snapshot(articlePieces(element)))).to.deep.equal([]);
    });

    it('uses no root-relative units in its stylesheets (the lightbox included)', async () => {
      const element = await renderArticle(await wrapper(false));
      const gallery = element.shadowRoot!.querySelector<ImageGalleryElement>('[part~="gallery"]')!;
      const opened = new Promise((resolve) => gallery.addEventListener('image-gallery-open', resolve, { once: true }));
      gallery.open(0);
      await opened;
      gallery.close();
      const roots = [element.shadowRoot!, gallery.shadowRoot!, element.querySelector('[slot]')!.shadowRoot!];
      const rules = roots.flatMap((root) => root.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)));
      expect(rules.length).to.be.above(50);
      expect(rules.filter((rule) => /[\d.]r(em|lh|cap|ch|ex|ic)\b/.test(rule))).to.deep.equal([]);
    });
  });

  describe('light DOM', () => {
    it('keeps its ad slots shown when page rules, even important ones, hide its children', async () => {
      const neutral = await renderArticle(await wrapper(false));
      const expected = Array.from(neutral.querySelectorAll('[slot]'), adBox);
      makeHostile('news-article > * { display: none !important; visibility: hidden !important; opacity: 0 !important; }');
      const hostile = await renderArticle(await wrapper(true));
      expect(Array.from(hostile.querySelectorAll('[slot]'), adBox)).to.deep.equal(expected);
    });

    it('still lets the page hide a standalone <ad-slot>, and `hidden` hide any', async () => {
      makeHostile('ad-slot.page-hidden { display: none; }');
      const container = await wrapper(false);
      container.innerHTML = '<ad-slot class="page-hidden"></ad-slot>';
      expect(container.querySelector('ad-slot')!.checkVisibility()).to.equal(false);
      const element = await renderArticle(await wrapper(false));
      const slot = element.querySelector('[slot]')!;
      slot.toggleAttribute('hidden', true);
      expect(slot.checkVisibility()).to.equal(false);
    });

    it('never shows its JSON scripts, even when the page displays its children', async () => {
      makeHostile('news-article > * { display: block !important; }');
      const json = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>';
      // Before an article is given, the children are the fallback: the script is slotted.
      const container = await wrapper(false);
      container.innerHTML = `<news-article>${json}<p>Fallback</p></news-article>`;
      const waiting = container.querySelector<NewsArticleElement>('news-article')!;
      await waiting.updateComplete;
      expect(waiting.querySelector('p')!.checkVisibility()).to.equal(true);
      expect(waiting.querySelector('script')!.checkVisibility()).to.equal(false);
      // With an article, the JSON-LD beside it is never slotted.
      const element = await renderArticle(await wrapper(false));
      if (!element.querySelector('script')) element.insertAdjacentHTML('beforeend', json);
      for (const script of element.querySelectorAll('script')) expect(script.checkVisibility()).to.equal(false);
    });
  });

  describe('the page', () => {
    it('is not styled by anything of ours', async () => {
      const html0 = document.documentElement.getAttribute('style');
      const body0 = document.body.getAttribute('style');
      const element = await renderArticle(await wrapper(false));
      const container = await wrapper(false);
      container.innerHTML = '<image-gallery lightbox><img src="data:," alt="x" /></image-gallery><ad-slot></ad-slot>';
      const gallery = element.shadowRoot!.querySelector<ImageGalleryElement>('[part~="gallery"]')!;
      const opened = new Promise((resolve) => gallery.addEventListener('image-gallery-open', resolve, { once: true }));
      gallery.open(0);
      await opened;
      expect(document.documentElement.getAttribute('style')).to.equal(html0);
      expect(document.body.getAttribute('style')).to.equal(body0);
      gallery.close();
      expect(document.adoptedStyleSheets).to.have.length(0);
      const ours = /news-article|image-gallery|ad-slot|:host|--ne-|\[part/;
      const documentRules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText));
      expect(documentRules.filter((rule) => ours.test(rule))).to.deep.equal([]);
    });
  });
});
