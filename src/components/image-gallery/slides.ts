import type { Image } from '../../article/types.js';
import { normalizeLang } from '../../internal/lang.js';
import { safeSrcset } from '../../internal/srcset.js';
import { safeUrl } from '../../internal/url.js';

/** One image of a gallery, with its caption (a pristine copy: views clone it) and credit. */
export interface GallerySlide {
  image: Image;
  caption?: DocumentFragment;
  credit?: string;
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
