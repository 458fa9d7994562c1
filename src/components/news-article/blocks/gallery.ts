import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { GalleryBlock } from '../../../article/types.js';
import { tagOf } from '../../../internal/define.js';
import { ImageGalleryElement } from '../../image-gallery/image-gallery.js';
import { blockAttributes } from './block-attributes.js';
import type { RenderContext } from './context.js';
import { renderCaption, renderImage } from './figure.js';

/** The gallery's parts, re-exported from the article as `gallery-*` (`news-article::part(gallery-caption)`). */
const EXPORTPARTS = ['base', 'viewport', 'slide', 'frame', 'image', 'image-button', 'caption', 'credit', 'controls', 'previous', 'next', 'counter', 'thumbnails', 'thumbnail', 'play-pause', 'lightbox', 'lightbox-controls', 'lightbox-counter', 'lightbox-stage', 'lightbox-image', 'lightbox-caption', 'lightbox-credit', 'lightbox-previous', 'lightbox-next', 'close']
  .map((name) => `${name}: gallery-${name}`)
  .join(', ');

/**
 * A gallery block: captioned figures inside this copy's gallery element, under the tag it is
 * registered with (a page may have defined it as, say, `x-gallery`). A static tag, so Lit
 * keeps one template per tag; the tag comes from the custom element registry, which only
 * holds valid element names.
 */
export function renderGallery(block: GalleryBlock, path: string, context: RenderContext): TemplateResult {
  const tag = unsafeStatic(tagOf(ImageGalleryElement, 'image-gallery'));
  // The gallery upgrades these figures; until then (or without JS) they read as a plain list of figures.
  return html`<figure part="gallery-figure" class="gallery" ${blockAttributes(block)}>
    ${block.title ? html`<figcaption part="gallery-title" class="gallery-title">${block.title}</figcaption>` : nothing}
    <${tag}
      part="gallery"
      lightbox
      label=${block.title ?? nothing}
      exportparts=${EXPORTPARTS}
    >
      ${block.images.map(
        (image, i) => html`<figure>
          ${renderImage(image)} ${renderCaption(image, `${path}.images[${i}]`, context)}
        </figure>`,
      )}
    </${tag}>
    ${block.caption
      ? html`<p part="gallery-description" class="gallery-caption">${context.rich(block.caption, `${path}.caption`)}</p>`
      : nothing}
  </figure>`;
}
