import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';
import '../../src/define.js';
import { AdSlotElement, ImageGalleryElement, NewsArticleElement } from '../../src/index.js';
import { lightboxTokenStyles, tokenStyles } from '../../src/internal/tokens.styles.js';
import { fullArticle } from '../article/samples.js';
import { renderArticle, renderSrc } from '../components/news-article/helpers.js';
import { renderGallery, sampleImages, until, type Gallery } from '../components/image-gallery/helpers.js';

/*
 * The theming surface from the outside, for every element: page tokens (--ne-*), per-element
 * knobs and ::part() rules set in a page style, read back as computed styles inside the
 * shadow roots; no literal colour outside the token layer; light and dark, forced colours
 * and print through emulated media.
 */

const computed = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);

let style: HTMLStyleElement | undefined;
function pageStyle(css: string): void {
  style = Object.assign(document.createElement('style'), { textContent: css });
  document.head.append(style);
}

afterEach(async () => {
  style?.remove();
  style = undefined;
  document.documentElement.style.colorScheme = '';
  await emulateMedia({ media: 'screen', colorScheme: 'light' });
  await executeServerCommand('emulate-forced-colors', { value: 'none' });
});

/** An article in Gujarati with an Arabic paragraph (the last block of the full sample). */
const gujaratiArticle = () => ({ ...fullArticle(), lang: 'gu' });

async function openLightbox(gallery: Gallery): Promise<HTMLDialogElement> {
  gallery.element.open(0);
  await until(() => !!gallery.part<HTMLDialogElement>('lightbox')?.open, 3000, 'the lightbox to open');
  return gallery.part<HTMLDialogElement>('lightbox')!;
}

async function renderAds(): Promise<AdSlotElement[]> {
  const container = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">
    <ad-slot sizes="300x250"></ad-slot>
    <ad-slot class="knobs" sizes="300x250"></ad-slot>
  </div>`);
  const slots = Array.from(container.querySelectorAll('ad-slot'));
  await Promise.all(slots.map((slot) => slot.updateComplete));
  return slots;
}

const partOf = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('theming: tokens, knobs and parts from the page', () => {
  it('<news-article> reads colour, font (per script), spacing, radius and size tokens, knobs and ::part() rules', async () => {
    pageStyle(`
      news-article {
        --ne-color-text: rgb(1, 2, 3);
        --ne-color-accent: rgb(0, 90, 0);
        --ne-color-background: rgb(250, 240, 230);
        --ne-space-m: 30px;
        --ne-font-body-gujarati: "Test Gujarati";
        --ne-font-body-arabic: "Test Arabic";
        --ne-font-heading: "Test Heading";
        --ne-font-ui-gujarati: "Test Gujarati UI";
        --news-article-font-size: 20px;
      }
      news-article::part(headline) { letter-spacing: 3px; }
    `);
    const { element, part, parts } = await renderArticle(gujaratiArticle());
    const [gujarati, arabic] = parts('paragraph');
    expect(computed(gujarati!).color).to.equal('rgb(1, 2, 3)');
    expect(computed(part('kicker')!).color).to.equal('rgb(0, 90, 0)');
    expect(computed(element).backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(computed(gujarati!).marginBlockEnd).to.equal('30px');
    expect(computed(part('article')!).fontSize).to.equal('20px');
    expect(computed(part('headline')!).letterSpacing).to.equal('3px');
    // A script token first, the built-in script stack still after it (glyph fallback).
    expect(computed(gujarati!).fontFamily).to.match(/^"Test Gujarati", "Noto Serif Gujarati"/);
    expect(arabic!.lang).to.equal('ar');
    expect(computed(arabic!).fontFamily).to.match(/^"Test Arabic", "Noto Naskh Arabic"/);
    expect(computed(part('heading')!).fontFamily).to.match(/^"Test Heading", "Noto Serif Gujarati"/);
    expect(computed(part('meta')!).fontFamily).to.match(/^"Test Gujarati UI", "Noto Sans Gujarati"/);
    // Arabic script is set a little larger than the article around it, Gujarati at the knob's size.
    expect(parseFloat(computed(arabic!).fontSize)).to.be.closeTo(22, 0.1);
    expect(parseFloat(computed(arabic!).lineHeight) / parseFloat(computed(arabic!).fontSize)).to.be.closeTo(1.9, 0.01);
  });

  it("<news-article>'s error box takes the error colour, radius and spacing tokens", async () => {
    pageStyle('news-article { --ne-color-error: rgb(200, 0, 0); --ne-radius: 9px; --ne-space-m: 13px; }');
    const { part } = await renderArticle({ lang: 'en' });
    const error = computed(part('error')!);
    expect(error.borderTopColor).to.equal('rgb(200, 0, 0)');
    expect(error.borderTopLeftRadius).to.equal('9px');
    expect(error.paddingTop).to.equal('13px');
  });

  it('<image-gallery> reads tokens (script-aware UI font), its knobs and ::part() rules, and the lightbox its own', async () => {
    pageStyle(`
      image-gallery {
        --ne-color-muted: rgb(4, 5, 6);
        --ne-color-background: rgb(250, 240, 230);
        --image-gallery-accent: rgb(7, 8, 9);
        --image-gallery-background: rgb(1, 1, 1);
        --ne-space-s: 11px;
        --ne-radius: 9px;
        --ne-font-ui-gujarati: "Test Gujarati UI";
        --ne-font-ui-arabic: "Test Arabic UI";
        --image-gallery-lightbox-background: rgb(10, 20, 30);
        --image-gallery-lightbox-color: rgb(240, 230, 220);
        --image-gallery-lightbox-accent: rgb(100, 200, 250);
      }
      image-gallery::part(counter) { letter-spacing: 2px; }
    `);
    const images = sampleImages(3, (i) => (i === 1 ? { lang: 'ar', caption: 'تعليق <a href="https://example.org/x">رابط</a>' } : {}));
    const gallery = await renderGallery({ images, attributes: { lightbox: '', thumbnails: '' }, around: { lang: 'gu' } });
    const [gujarati, arabic] = gallery.parts('caption');
    expect(computed(gallery.element).backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(computed(gujarati!).color).to.equal('rgb(4, 5, 6)');
    expect(computed(gujarati!.parentElement!).rowGap).to.equal('11px');
    expect(computed(gujarati!).fontFamily).to.match(/^"Test Gujarati UI", "Noto Sans Gujarati"/);
    expect(computed(arabic!).fontFamily).to.match(/^"Test Arabic UI", "Noto Sans Arabic"/);
    expect(computed(arabic!.querySelector('a')!).color).to.equal('rgb(7, 8, 9)');
    expect(computed(gallery.part('previous')!).color).to.equal('rgb(7, 8, 9)');
    expect(computed(gallery.part('frame')!).backgroundColor).to.equal('rgb(1, 1, 1)');
    expect(computed(gallery.part('thumbnail')!).borderTopLeftRadius).to.equal('9px');
    expect(computed(gallery.part('counter')!).letterSpacing).to.equal('2px');
    const dialog = await openLightbox(gallery);
    expect(computed(dialog).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(computed(dialog).color).to.equal('rgb(240, 230, 220)');
    gallery.element.goTo(1);
    await until(() => !!dialog.querySelector('[part="lightbox-caption"] a'), 3000, 'the Arabic caption in the lightbox');
    const caption = dialog.querySelector<HTMLElement>('[part="lightbox-caption"]')!;
    expect(computed(caption.querySelector('a')!).color).to.equal('rgb(100, 200, 250)');
    expect(computed(caption).fontFamily).to.match(/^"Test Arabic UI", "Noto Sans Arabic"/);
    gallery.element.close();
  });

  it("the lightbox's built-in palette is dark whatever the page's scheme", async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const gallery = await renderGallery({ images: sampleImages(2), attributes: { lightbox: '' } });
    const dialog = await openLightbox(gallery);
    expect(computed(dialog).backgroundColor).to.equal('rgb(11, 11, 11)');
    expect(computed(dialog).color).to.equal('rgb(242, 242, 242)');
    expect(computed(dialog.querySelector('[part="close"]')!).borderTopColor).to.match(/0\.55\)$/);
    await emulateMedia({ colorScheme: 'dark' });
    expect(computed(dialog).backgroundColor).to.equal('rgb(11, 11, 11)');
    gallery.element.close();
  });

  it('<ad-slot> reads tokens (script-aware UI font, spacing), its knobs over them, and ::part() rules', async () => {
    pageStyle(`
      ad-slot {
        --ne-color-muted: rgb(4, 5, 6);
        --ne-color-surface: rgb(9, 9, 9);
        --ne-space-l: 33px;
        --ne-font-ui-arabic: "Test Arabic UI";
      }
      ad-slot.knobs { --ad-slot-background: rgb(1, 1, 1); --ad-slot-label-color: rgb(2, 2, 2); --ad-slot-margin: 7px; }
      ad-slot::part(label) { letter-spacing: 5px; }
    `);
    const [plain, knobs] = await renderAds();
    expect(computed(partOf(plain!, 'label')).color).to.equal('rgb(4, 5, 6)');
    expect(computed(partOf(plain!, 'container')).backgroundColor).to.equal('rgb(9, 9, 9)');
    expect(computed(plain!).marginTop).to.equal('33px');
    expect(computed(partOf(plain!, 'label')).fontFamily).to.match(/^"Test Arabic UI", "Noto Sans Arabic"/);
    expect(computed(partOf(plain!, 'label')).letterSpacing).to.equal('5px');
    expect(computed(partOf(knobs!, 'label')).color).to.equal('rgb(2, 2, 2)');
    expect(computed(partOf(knobs!, 'container')).backgroundColor).to.equal('rgb(1, 1, 1)');
    expect(computed(knobs!).marginTop).to.equal('7px');
  });

  it('every element gets the built-in Latin, Gujarati, Devanagari and Arabic stacks without configuration', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <ad-slot lang="en"></ad-slot><ad-slot lang="gu"></ad-slot><ad-slot lang="hi"></ad-slot><ad-slot lang="ar"></ad-slot>
    </div>`);
    const slots = Array.from(container.querySelectorAll('ad-slot'));
    await Promise.all(slots.map((slot) => slot.updateComplete));
    const fonts = slots.map((slot) => computed(partOf(slot, 'label')).fontFamily);
    expect(fonts).to.deep.equal(['system-ui, sans-serif', '"Noto Sans Gujarati", "Noto Sans Gujarati", sans-serif', '"Noto Sans Devanagari", "Noto Sans Devanagari", sans-serif', '"Noto Sans Arabic", "Noto Sans Arabic", sans-serif']);
    const gallery = await renderGallery({ images: sampleImages(1), around: { lang: 'hi' } });
    expect(computed(gallery.part('caption')!).fontFamily).to.contain('Noto Sans Devanagari');
    const { part } = await renderArticle({ ...fullArticle(), lang: 'hi' });
    expect(computed(part('paragraph')!).fontFamily).to.contain('Noto Serif Devanagari');
    expect(parseFloat(computed(part('paragraph')!).lineHeight) / parseFloat(computed(part('paragraph')!).fontSize)).to.be.closeTo(1.8, 0.01);
  });

  it('starts a credit that wraps flush with the caption, and keeps it apart from a caption on the same line', async () => {
    const caption = 'A caption, then its credit';
    const { element, part } = await renderArticle({ ...fullArticle(), image: { ...fullArticle().image!, caption, credit: 'Photo: A. Photographer' } });
    const gallery = await renderGallery({ images: sampleImages(1, () => ({ caption, credit: 'Photo: Stand-in' })) });
    for (const [host, figcaption] of [[element, part('caption')!], [gallery.element, gallery.part('caption')!]] as const) {
      const credit = figcaption.querySelector<HTMLElement>('[part~="credit"]')!;
      const box = () => credit.getBoundingClientRect();
      // On one line: the caption's text ends, then a gap before the credit (the text node with the en space).
      const walker = document.createTreeWalker(figcaption, NodeFilter.SHOW_TEXT);
      let space: Text | undefined;
      while (walker.nextNode()) if ((walker.currentNode as Text).data.includes('\u2002')) space = walker.currentNode as Text;
      expect(space, `<${host.localName}>: a space before the credit`).to.exist;
      const before = document.createRange();
      before.setStart(figcaption, 0);
      before.setEnd(space!, space!.data.indexOf('\u2002'));
      const rects = Array.from(before.getClientRects()).filter((rect) => rect.width > 0);
      const gap = box().left - Math.max(...rects.map((rect) => rect.right));
      expect(Math.abs(box().top - rects.at(-1)!.top), `<${host.localName}>: one line`).to.be.below(4);
      expect(gap, `<${host.localName}>: the gap`).to.be.within(4, 12);
      // Only just room for the credit: it wraps, and starts where the caption's lines start.
      host.style.inlineSize = `${box().width + 8}px`;
      expect(box().top, `<${host.localName}>: wrapped`).to.be.above(figcaption.getBoundingClientRect().top + 4);
      expect(box().left - figcaption.getBoundingClientRect().left, `<${host.localName}>: flush`).to.be.closeTo(0, 0.5);
    }
  });

  it("sets links' underlines below the vowel signs and descenders under the baseline in Gujarati, Devanagari and Arabic", async () => {
    const link = (lang: string) => ({ type: 'paragraph' as const, lang, html: '<a href="https://example.org/">x</a>' });
    const { parts } = await renderArticle({ ...fullArticle(), lang: 'gu', body: [link('en'), link('gu'), link('hi'), link('ar')] });
    const offsets = parts('paragraph').map((p) => {
      const a = p.querySelector('a')!;
      return parseFloat(computed(a).textUnderlineOffset) / parseFloat(computed(a).fontSize);
    });
    expect(offsets[0]).to.be.closeTo(0.15, 0.01);
    for (const [i, lang] of ['gu', 'hi', 'ar'].entries()) expect(offsets[i + 1], lang).to.be.at.least(0.3);
  });
});

/*
 * Literal colours: none in any element stylesheet but the token layer's. Checked on the CSSOM
 * (declaration values only), for the classes' elementStyles and for the sheets the elements
 * adopt later (the lightbox's, the copy notice's).
 */
const SYSTEM_COLORS = new Set(['canvas', 'canvastext', 'linktext', 'buttontext', 'buttonface', 'highlight', 'highlighttext', 'graytext', 'mark', 'marktext', 'accentcolor', 'accentcolortext']);
const KEYWORDS = new Set(['transparent', 'currentcolor', 'inherit', 'initial', 'unset', 'revert', 'revert-layer']);

function declarationValues(rules: CSSRuleList): string[] {
  const values: string[] = [];
  for (const rule of Array.from(rules)) {
    if ('style' in rule) {
      const declarations = (rule as CSSStyleRule).style;
      for (let i = 0; i < declarations.length; i++) values.push(`${declarations[i]}: ${declarations.getPropertyValue(declarations[i]!)}`);
      // Shorthands with var() keep their text on the shorthand only.
      values.push(declarations.cssText);
    }
    if ('cssRules' in rule) values.push(...declarationValues((rule as CSSGroupingRule).cssRules));
  }
  return values;
}

/** The literal colours in `sheet`'s declarations (hex, colour functions, named colours). */
function literalColors(sheet: CSSStyleSheet): string[] {
  const found = new Set<string>();
  for (const declaration of declarationValues(sheet.cssRules)) {
    const value = declaration
      .replace(/"[^"]*"|'[^']*'/g, '')
      .replace(/--[\w-]+/g, '')
      .replace(/^[a-z-]+:/gm, '')
      .replace(/(^|;\s*)[a-z-]+:/g, '$1');
    for (const match of value.matchAll(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi)) found.add(match[0]);
    for (const [word] of value.matchAll(/[a-z][\w-]*/gi)) {
      const lower = word.toLowerCase();
      if (!KEYWORDS.has(lower) && !SYSTEM_COLORS.has(lower) && CSS.supports('color', word)) found.add(word);
    }
  }
  return [...found];
}

const sheetOf = (result: CSSResult) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(result.cssText);
  return sheet;
};
const TOKEN_LAYER = [tokenStyles, lightboxTokenStyles] as CSSResult[];
const elementStylesOf = (constructor: unknown) => (constructor as { elementStyles: CSSResult[] }).elementStyles;

describe('theming: no literal colour outside the token layer', () => {
  it('finds literal colours where there are some (the check works, and the token layer has them)', () => {
    const sample = new CSSStyleSheet();
    sample.replaceSync(':host { color: red; background: #fff; --x: rgb(1 2 3); border-color: CanvasText; outline-color: currentColor; font: 1em "Red Hat", serif }');
    // (The CSSOM keeps hex colours of ordinary properties as rgb().)
    const found = literalColors(sample);
    expect(found).to.include('red');
    expect(found).to.include('rgb(');
    expect(found.map((word) => word.toLowerCase())).not.to.include.members(['canvastext', 'currentcolor']);
    expect(found).to.have.length(2);
    expect(literalColors(sheetOf(tokenStyles))).to.include('#1b1b1b');
    expect(literalColors(sheetOf(lightboxTokenStyles))).to.include('#0b0b0b');
  });

  it('none in the three elements’ styles, the lightbox’s or the copy notice’s', async () => {
    for (const [tag, constructor] of Object.entries({ 'news-article': NewsArticleElement, 'image-gallery': ImageGalleryElement, 'ad-slot': AdSlotElement })) {
      const results = elementStylesOf(constructor);
      for (const layer of TOKEN_LAYER.slice(0, 1)) expect(results, `${tag} includes the token layer`).to.include(layer);
      const others = results.filter((result) => !TOKEN_LAYER.includes(result));
      expect(others.flatMap((result) => literalColors(sheetOf(result))), tag).to.deep.equal([]);
    }
    // The sheets adopted later: open a lightbox, protect an article's copy.
    const gallery = await renderGallery({ images: sampleImages(2), attributes: { lightbox: '' } });
    await openLightbox(gallery);
    const { element } = await renderArticle(fullArticle(), { copy: 'protect' });
    await until(() => element.shadowRoot!.adoptedStyleSheets.length > elementStylesOf(NewsArticleElement).length, 3000, 'the copy notice styles');
    const tokenSheets = TOKEN_LAYER.map((result) => result.styleSheet);
    for (const root of [gallery.root, element.shadowRoot!]) {
      const sheets = root.adoptedStyleSheets.filter((sheet) => !tokenSheets.includes(sheet));
      expect(sheets.length).to.be.greaterThan(1);
      expect(sheets.flatMap(literalColors), root.host.localName).to.deep.equal([]);
    }
    gallery.element.close();
  });
});

describe('theming: media', () => {
  it('follows dark mode (emulated) when the page allows both schemes, in every element', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const { part } = await renderArticle(fullArticle());
    const gallery = await renderGallery({ images: sampleImages(2) });
    const [slot] = await renderAds();
    const colours = () => [
      computed(part('paragraph')!).color,
      computed(part('image-frame')!).backgroundColor,
      computed(gallery.part('caption')!).color,
      computed(gallery.part('frame')!).backgroundColor,
      computed(partOf(slot!, 'label')).color,
      computed(partOf(slot!, 'container')).backgroundColor,
    ];
    const light = colours();
    expect(light).to.deep.equal(['rgb(27, 27, 27)', 'rgb(244, 244, 244)', 'rgb(89, 89, 89)', 'rgb(244, 244, 244)', 'rgb(89, 89, 89)', 'rgb(244, 244, 244)']);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours()).to.deep.equal(['rgb(236, 236, 236)', 'rgb(35, 35, 35)', 'rgb(176, 176, 176)', 'rgb(35, 35, 35)', 'rgb(176, 176, 176)', 'rgb(35, 35, 35)']);
    await emulateMedia({ colorScheme: 'light' });
    expect(colours()).to.deep.equal(light);
  });

  it("keeps every focus ring when a theme's focus tokens are invalid (a typo loses one longhand, not the ring)", async () => {
    pageStyle(':root { --ne-focus-width: wide; --ne-color-focus: blurple; --image-gallery-accent: blurple }');
    const { part, parts } = await renderArticle({ ...fullArticle(), body: [{ type: 'paragraph', html: '<a href="https://example.org/">a link</a>' }] }, { share: '' });
    const gallery = await renderGallery({ images: sampleImages(2) });
    for (const control of [parts('paragraph')[0]!.querySelector('a')!, part('share-button') ?? part('share-link')!, gallery.part('next')!]) {
      control.focus({ focusVisible: true } as FocusOptions);
      await until(() => control.matches(':focus-visible'), 2000, 'focus-visible');
      const ring = computed(control);
      expect(ring.outlineStyle, control.getAttribute('part') ?? 'a').to.equal('solid');
      expect(parseFloat(ring.outlineWidth), control.getAttribute('part') ?? 'a').to.be.at.least(2);
    }
  });

  it('uses system colours under forced colours, keeps frames outlined and focus rings visible', async () => {
    const { part } = await renderArticle(fullArticle(), { share: '' });
    const gallery = await renderGallery({ images: sampleImages(2) });
    const [slot] = await renderAds();
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    const probe = await fixture<HTMLDivElement>(html`<div style="color: CanvasText; background-color: Canvas"></div>`);
    const canvasText = computed(probe).color;
    expect(computed(part('paragraph')!).color).to.equal(canvasText);
    expect(computed(gallery.part('caption')!).color).to.equal(canvasText);
    expect(computed(partOf(slot!, 'label')).color).to.equal(canvasText);
    expect(computed(part('image-frame')!).borderTopStyle).to.equal('solid');
    expect(computed(gallery.part('frame')!).outlineStyle).to.equal('solid');
    expect(computed(partOf(slot!, 'container')).outlineStyle).to.equal('solid');
    for (const button of [gallery.part('next')!, part('share-button') ?? part('share-link')!]) {
      button.focus();
      const ring = computed(button);
      expect(ring.outlineStyle, button.getAttribute('part')!).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(1);
      expect(ring.outlineColor).not.to.equal(computed(probe).backgroundColor);
    }
  });

  it('prints without ads or buttons, every gallery image as a grid of captioned figures, and link URLs', async () => {
    const images = sampleImages(5, (i) => ({ caption: `Caption ${i + 1} <a href="https://example.org/photo-${i + 1}">source</a>` }));
    const gallery = await renderGallery({ images, attributes: { thumbnails: '', lightbox: '' } });
    const article = await renderArticle({ ...fullArticle(), body: [...fullArticle().body, { type: 'paragraph', html: 'See <a href="https://example.org/x">this</a>.' }] }, { share: '' });
    const [slot] = await renderAds();
    await emulateMedia({ media: 'print' });
    // No ads: a page's own slot, and the article's (the slot in its light DOM and its place).
    expect(computed(slot!).display).to.equal('none');
    expect(computed(article.element.querySelector('ad-slot')!).display).to.equal('none');
    expect(computed(article.part('ad')!).display).to.equal('none');
    // No buttons.
    for (const name of ['controls', 'thumbnails']) expect(computed(gallery.part(name)!).display, name).to.equal('none');
    for (const name of ['share', 'follow']) expect(computed(article.part(name)!).display, name).to.equal('none');
    // No embedded player: on paper it would be an empty box.
    expect(article.part('embed'), 'the full article has an embed').to.exist;
    expect(computed(article.part('embed')!).display).to.equal('none');
    // Every slide shown, side by side in a grid, with its caption and credit.
    const viewport = gallery.part('viewport')!;
    expect(computed(viewport).display).to.equal('grid');
    const slides = gallery.parts('slide');
    expect(slides).to.have.length(5);
    const box = viewport.getBoundingClientRect();
    for (const slide of slides) {
      const rect = slide.getBoundingClientRect();
      expect(rect.width).to.be.greaterThan(0);
      expect(rect.height).to.be.greaterThan(0);
      expect(rect.left).to.be.at.least(box.left - 1);
      expect(rect.right).to.be.at.most(box.right + 1);
      expect(computed(slide.querySelector('[part="caption"]')!).display).not.to.equal('none');
      expect(computed(slide.querySelector('[part="credit"]')!).display).not.to.equal('none');
    }
    expect(slides[1]!.getBoundingClientRect().top).to.equal(slides[0]!.getBoundingClientRect().top);
    // URLs after the links: the article's body, the gallery's captions.
    const bodyLink = article.parts('paragraph').at(-1)!.querySelector('a')!;
    expect(computed(bodyLink, '::after').content).to.contain('https://example.org/x');
    expect(computed(gallery.part('caption')!.querySelector('a')!, '::after').content).to.contain('https://example.org/photo-1');
    // Credits kept in the article too.
    expect(computed(article.part('credit')!).display).not.to.equal('none');
    // A heading stays with what follows it, a figure in one piece.
    for (const name of ['headline', 'heading']) expect(computed(article.part(name)!).breakAfter, name).to.equal('avoid');
    expect(computed(article.part('figure')!).breakInside).to.equal('avoid');
  });

  it("prints without the error box's retry button and in black text, whatever the scheme", async () => {
    document.documentElement.style.colorScheme = 'dark';
    const { part } = await renderSrc('/fetch/status/500');
    expect(part('retry-button')).to.exist;
    await emulateMedia({ media: 'print' });
    expect(computed(part('retry-button')!).display).to.equal('none');
    expect(computed(part('error')!).color).to.equal('rgb(0, 0, 0)');
  });
});
