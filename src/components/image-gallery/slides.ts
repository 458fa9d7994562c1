import { html, nothing, type TemplateResult } from 'lit';
import type { Image } from '../../article/types.js';
import { parseImages } from '../../article/validate.js';
import { directionFor, normalizeLang } from '../../internal/lang.js';
import { sanitizeInlineHtml } from '../../internal/sanitize-html.js';
import { onImageLoadOrError } from '../../internal/shared.styles.js';
import { safeSrcset } from '../../internal/srcset.js';
import { safeUrl } from '../../internal/url.js';

/** One image of a gallery, with its caption (a pristine copy: views clone it) and credit. */
export interface GallerySlide {
  image: Image;
  caption?: DocumentFragment;
  credit?: string;
}

/**
 * Reads the slides from the `images` property (Article JSON `Image[]`, or its JSON text): what
 * is invalid is dropped with a console warning, and captions pass the inline-HTML sanitizer.
 */
export function slidesFromImages(input: Image[] | string): GallerySlide[] {
  const { images, warnings } = parseImages(input);
  for (const warning of warnings) console.warn(`<image-gallery> images${warning.path}: ${warning.message}`);
  return images.map((image) => ({
    image,
    caption: image.caption ? sanitizeInlineHtml(image.caption).fragment : undefined,
    credit: image.credit,
  }));
}

const pixels = (value: string | null) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

/**
 * Reads the slides from the element's children: `<figure>`s with an `<img>` and an optional
 * `<figcaption>` (whose `[part~=credit]` or `.credit` element is the credit), or bare `<img>`s.
 * Children are the page's own markup, so the caption keeps its nodes; URLs still pass the
 * allow-list, like everything the element puts in its own shadow DOM.
 */
export function slidesFromChildren(host: Element): GallerySlide[] {
  const slides: GallerySlide[] = [];
  for (const child of host.children) {
    const img = child instanceof HTMLImageElement ? child : child.querySelector('img');
    const src = safeUrl(img?.getAttribute('src'), 'image');
    if (!img || !src) continue;
    const figcaption = child.localName === 'figure' ? child.querySelector('figcaption') : null;
    let caption: DocumentFragment | undefined;
    let credit: string | undefined;
    if (figcaption) {
      const copy = figcaption.cloneNode(true) as Element;
      const creditElement = copy.querySelector('[part~="credit"], .credit');
      creditElement?.querySelector('.visually-hidden')?.remove();
      credit = creditElement?.textContent?.trim() || undefined;
      creditElement?.remove();
      if (copy.textContent?.trim()) {
        caption = document.createDocumentFragment();
        caption.append(...copy.childNodes);
      }
    }
    const srcset = img.getAttribute('srcset');
    slides.push({
      image: {
        src,
        alt: img.alt,
        width: pixels(img.getAttribute('width')),
        height: pixels(img.getAttribute('height')),
        srcset: (srcset && safeSrcset(srcset)) || undefined,
        sizes: img.getAttribute('sizes') || undefined,
        lang: normalizeLang(figcaption?.getAttribute('lang')) ?? undefined,
      },
      caption,
      credit,
    });
  }
  return slides;
}

/**
 * Which slides' images may load: the current one and its neighbours, and every slide reached
 * so far (an image once loaded stays). Past the first and the last only when the gallery goes
 * round (`loop`, or autoplay, which wraps).
 */
export class SlideWindow {
  readonly #wanted = new Set<number>();

  /** Forgets every slide: the slides changed. */
  clear(): void {
    this.#wanted.clear();
  }

  /** The gallery is at `index` of `count`. */
  reach(index: number, count: number, wraps: boolean): void {
    for (const step of [-1, 0, 1]) {
      const i = index + step;
      if (wraps || (i >= 0 && i < count)) this.#wanted.add((i + count) % Math.max(count, 1));
    }
  }

  /** Every slide of `count` may load: printing shows them all. */
  all(count: number): void {
    for (let i = 0; i < count; i++) this.#wanted.add(i);
  }

  /** Whether slide `i`'s image may load. */
  has(i: number): boolean {
    return this.#wanted.has(i);
  }
}

/** What a slide's template needs from its gallery. */
export interface SlideView {
  /** The label ("2 of 5", localized). */
  label: string;
  /** Whether it is the current slide (the others are `inert`). */
  current: boolean;
  /** Whether its image may load (see `SlideWindow`). */
  load: boolean;
  /** The caption as shown inline: the gallery's own copy of `slide.caption`. */
  caption?: Node;
  /** With `lightbox`: the image is a button with this label that calls `open`. */
  open?: { label: string; open(): void };
}

/** One slide of the inline view: a labelled group around a `<figure>` that reserves its image's space. */
export function renderSlide(slide: GallerySlide, view: SlideView): TemplateResult {
  const { image } = slide;
  const { load, open } = view;
  const frame = html`<div part="frame" class="frame" data-alt=${image.alt}><img
    part="image"
    src=${load ? image.src : nothing}
    srcset=${load && image.srcset ? image.srcset : nothing}
    sizes=${image.sizes ?? nothing}
    alt=${image.alt}
    width=${image.width ?? nothing}
    height=${image.height ?? nothing}
    decoding="async"
    @error=${onImageLoadOrError}
    @load=${onImageLoadOrError}
  /></div>`;
  return html`<div part="slide" role="group" aria-roledescription="slide" aria-label=${view.label} ?inert=${!view.current}><figure>
    ${open ? html`<button part="image-button" class="image-button" aria-label=${open.label} @click=${open.open}>${frame}</button>` : frame}
    ${slide.caption || slide.credit
      ? // An en space before the credit, not a margin: it hangs at the end of the line when the credit wraps.
        html`<figcaption part="caption" lang=${image.lang ?? nothing} dir=${directionFor(image.lang) ?? nothing}>
          ${view.caption}${slide.caption && slide.credit ? '\u2002' : nothing}${slide.credit ? html`<span part="credit">${slide.credit}</span>` : nothing}
        </figcaption>`
      : nothing}
  </figure></div>`;
}

/** Scrolls `viewport` to its slide `index`. */
export function scrollToSlide(viewport: HTMLElement, index: number, behavior: ScrollBehavior): void {
  const slide = viewport.querySelectorAll('[part="slide"]')[index];
  if (!slide) return;
  const delta = slide.getBoundingClientRect().left - viewport.getBoundingClientRect().left;
  // An absolute position: a relative scrollBy() is a directional scroll, which cannot pass
  // the slides' scroll-snap-stop and would land one slide away.
  if (Math.abs(delta) > 1) viewport.scrollTo({ left: viewport.scrollLeft + delta, behavior });
}

/** The index of the slide that `viewport` shows (right to left, scrollLeft counts down from 0). */
export function slideInView(viewport: HTMLElement): number {
  return Math.round(Math.abs(viewport.scrollLeft) / viewport.clientWidth);
}

/**
 * A thumbnail is a 4em square that crops its image (`object-fit: cover`): twice its side
 * leaves room for the crop of a wide image, so a srcset's small candidate is chosen.
 */
const THUMBNAIL_SIZES = '8em';

/** The thumbnail strip: a button per slide, the current one `aria-current`. */
export function renderThumbnails(slides: readonly GallerySlide[], current: number, label: (i: number) => string, pick: (i: number) => void): TemplateResult {
  return html`<div part="thumbnails" class="thumbnails">
    ${slides.map(
      (slide, i) => html`<button part="thumbnail" aria-label=${label(i)} aria-current=${i === current ? 'true' : nothing} @click=${() => pick(i)}>
        <img src=${slide.image.src} srcset=${slide.image.srcset ?? nothing} sizes=${slide.image.srcset ? THUMBNAIL_SIZES : nothing} alt="" loading="lazy" decoding="async" />
      </button>`,
    )}
  </div>`;
}
