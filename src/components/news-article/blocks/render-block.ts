import { html, nothing, type TemplateResult } from 'lit';
import type { Block, GalleryBlock, ParagraphBlock } from '../../../article/types.js';
import { blockAttributes } from './block-attributes.js';
import type { RenderContext } from './context.js';
import { renderEmbed } from './embed.js';
import { renderCaption, renderFigure, renderImage } from './figure.js';

function renderGallery(block: GalleryBlock, path: string, context: RenderContext): TemplateResult {
  // <image-gallery> upgrades these captioned figures; until then (or without JS) they
  // read as a plain list of figures.
  return html`<figure part="gallery-figure" class="gallery" ${blockAttributes(block)}>
    ${block.title ? html`<figcaption part="gallery-title" class="gallery-title">${block.title}</figcaption>` : nothing}
    <image-gallery
      part="gallery"
      lightbox
      label=${block.title ?? nothing}
      exportparts="base: gallery-base, viewport: gallery-viewport, slide: gallery-slide, frame: gallery-frame, image: gallery-image, image-button: gallery-image-button, caption: gallery-caption, credit: gallery-credit, controls: gallery-controls, previous: gallery-previous, next: gallery-next, counter: gallery-counter, thumbnails: gallery-thumbnails, thumbnail: gallery-thumbnail, play-pause: gallery-play-pause, lightbox: gallery-lightbox, lightbox-image: gallery-lightbox-image, lightbox-caption: gallery-lightbox-caption, lightbox-previous: gallery-lightbox-previous, lightbox-next: gallery-lightbox-next, close: gallery-close"
    >
      ${block.images.map(
        (image, i) => html`<figure>
          ${renderImage(image)} ${renderCaption(image, `${path}.images[${i}]`, context)}
        </figure>`,
      )}
    </image-gallery>
    ${block.caption
      ? html`<p part="gallery-description" class="gallery-caption">${context.rich(block.caption, `${path}.caption`)}</p>`
      : nothing}
  </figure>`;
}

/**
 * One body block as one element (its `id`, `lang` and `dir` on that element). Paragraphs,
 * the most common block by far, are not here: the view makes them plain elements straight
 * from the sanitizer's output, with no template instance each.
 */
export function renderBlock(block: Exclude<Block, ParagraphBlock>, path: string, context: RenderContext): TemplateResult {
  const attributes = blockAttributes(block);
  switch (block.type) {
    case 'heading': {
      const level = block.level ?? 2;
      return level === 2
        ? html`<h2 part="heading" ${attributes}>${block.text}</h2>`
        : level === 3
          ? html`<h3 part="heading" ${attributes}>${block.text}</h3>`
          : html`<h4 part="heading" ${attributes}>${block.text}</h4>`;
    }
    case 'image':
      return renderFigure(block, path, context, false, attributes);
    case 'gallery':
      return renderGallery(block, path, context);
    case 'ad':
      return html`<div part="ad" class="ad" ${attributes}><slot name=${context.adSlotName(block)}></slot></div>`;
    case 'quote':
      return html`<figure part="quote" class="quote" ${attributes}>
        <blockquote>${context.rich(block.html, `${path}.html`)}</blockquote>
        ${block.cite ? html`<figcaption part="quote-cite">${block.cite}</figcaption>` : nothing}
      </figure>`;
    case 'list': {
      const items = block.items.map((item, i) => html`<li>${context.rich(item, `${path}.items[${i}]`)}</li>`);
      return block.ordered ? html`<ol part="list" ${attributes}>${items}</ol>` : html`<ul part="list" ${attributes}>${items}</ul>`;
    }
    case 'embed':
      return renderEmbed(block, context, attributes);
    case 'divider':
      return html`<hr part="divider" ${attributes} />`;
  }
}
