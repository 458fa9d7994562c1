import { nothing } from 'lit';
import { onImageLoadOrError } from '../../../internal/shared.styles.js';
import type { Block, Image } from '../../../article/types.js';
import { directionFor } from '../../../i18n/localize.js';
import { setBlockAttributes } from './block-attributes.js';
import type { RenderContext } from './context.js';

/*
 * Figures are plain elements, made once per article as paragraphs are, not Lit templates:
 * an image took five templates with a dozen bindings and two directives, which cost more to
 * prepare and fill on a first render than making the elements does. Every value is set as
 * an attribute, as text or through the CSSOM (inline style stays CSP-safe), never as markup.
 * Templates that hold a figure (the header's lead image, a gallery's slides) render it as a node.
 */

/** A new `tag` element with the attributes that have a value. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | number | undefined>): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) created.setAttribute(name, String(value));
  return created;
}

/**
 * An image in a frame that reserves its aspect ratio before it loads (from width/height,
 * else 3:2 with the image contained), crops around `focalPoint` when a theme changes the
 * ratio, and shows its alt text if it fails.
 */
export function renderImage(image: Image, options: { lead?: boolean; part?: string } = {}): HTMLElement {
  const { width, height, focalPoint } = image;
  const ratio = width && height ? `${width} / ${height}` : undefined;
  const frame = element('div', { class: 'frame', part: 'image-frame', 'data-alt': image.alt });
  if (ratio) frame.style.setProperty('--_ratio', ratio);
  const img = element('img', {
    part: options.part ?? 'image',
    src: image.src,
    srcset: image.srcset,
    sizes: image.sizes,
    alt: image.alt,
    width,
    height,
    lang: image.lang,
    loading: options.lead ? 'eager' : 'lazy',
    fetchpriority: options.lead ? 'high' : undefined,
    decoding: 'async',
  });
  if (focalPoint) img.style.setProperty('object-position', `${focalPoint.x * 100}% ${focalPoint.y * 100}%`);
  if (!ratio) img.style.setProperty('object-fit', 'contain');
  img.addEventListener('error', onImageLoadOrError);
  img.addEventListener('load', onImageLoadOrError);
  frame.append(img);
  return frame;
}

/** Caption (inline HTML) and credit under an image; nothing when it has neither. */
export function renderCaption(image: Image, path: string, context: RenderContext): HTMLElement | typeof nothing {
  if (!image.caption && !image.credit) return nothing;
  const lang = image.lang;
  const caption = element('figcaption', { part: 'caption', lang, dir: directionFor(lang) });
  if (image.caption) {
    caption.append(context.rich(image.caption, `${path}.caption`, element('span', { class: 'caption-text' })));
    // An en space, not a margin: it hangs at the end of the line when the credit wraps, so the credit starts flush.
    if (image.credit) caption.append('\u2002');
  }
  if (image.credit) {
    const label = element('span', { class: 'visually-hidden' });
    label.textContent = `${context.strings.credit} `;
    const credit = element('span', { part: 'credit' });
    credit.append(label, image.credit);
    caption.append(credit);
  }
  return caption;
}

/** An image with its caption; a body image block's `id`, `lang` and `dir` go on the `<figure>`. */
export function renderFigure(image: Image, path: string, context: RenderContext, lead = false, block?: Block): HTMLElement {
  const figure = element('figure', { part: lead ? 'figure lead-figure' : 'figure' });
  if (block) setBlockAttributes(figure, block);
  figure.append(renderImage(image, { lead }));
  const caption = renderCaption(image, path, context);
  if (caption !== nothing) figure.append(caption);
  return figure;
}
