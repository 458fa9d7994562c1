import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Block, GalleryBlock } from '../../../article/types.js';
import { directionOf } from '../../../i18n/localize.js';
import type { RenderContext } from './context.js';
import { renderEmbed } from './embed.js';
import { renderCaption, renderFigure, renderImage } from './figure.js';

/** `lang` and `dir` of a block: its own, with `dir` derived from its `lang` when only that is given. */
function direction(block: Block): 'ltr' | 'rtl' | undefined {
  return block.dir ?? (block.lang ? directionOf(block.lang) : undefined);
}

function renderGallery(block: GalleryBlock, path: string, context: RenderContext): TemplateResult {
  // <image-gallery> upgrades these captioned figures; until then (or without JS) they
  // read as a plain list of figures.
  return html`<figure part="gallery-figure" class="gallery">
    ${block.title ? html`<figcaption part="gallery-title" class="gallery-title">${block.title}</figcaption>` : nothing}
    <image-gallery
      part="gallery"
      exportparts="image, caption, credit, figure, counter, previous, next, slide, thumbnail, lightbox"
    >
      ${block.images.map(
        (image, i) => html`<figure>
          ${renderImage(image)} ${renderCaption(image, `${path}.images[${i}]`, context)}
        </figure>`,
      )}
    </image-gallery>
    ${block.caption
      ? html`<p part="gallery-caption" class="gallery-caption">${context.rich(block.caption, `${path}.caption`)}</p>`
      : nothing}
  </figure>`;
}

function renderContent(block: Block, path: string, context: RenderContext): TemplateResult {
  switch (block.type) {
    case 'paragraph':
      return html`<p part="paragraph">${context.rich(block.html, `${path}.html`)}</p>`;
    case 'heading': {
      const level = block.level ?? 2;
      return level === 2
        ? html`<h2 part="heading">${block.text}</h2>`
        : level === 3
          ? html`<h3 part="heading">${block.text}</h3>`
          : html`<h4 part="heading">${block.text}</h4>`;
    }
    case 'image':
      return renderFigure(block, path, context);
    case 'gallery':
      return renderGallery(block, path, context);
    case 'ad':
      return html`<div part="ad" class="ad"><slot name=${context.adSlotName(block)}></slot></div>`;
    case 'quote':
      return html`<figure part="quote" class="quote">
        <blockquote>${context.rich(block.html, `${path}.html`)}</blockquote>
        ${block.cite ? html`<figcaption part="quote-cite">${block.cite}</figcaption>` : nothing}
      </figure>`;
    case 'list': {
      const items = block.items.map((item, i) => html`<li>${context.rich(item, `${path}.items[${i}]`)}</li>`);
      return block.ordered ? html`<ol part="list">${items}</ol>` : html`<ul part="list">${items}</ul>`;
    }
    case 'embed':
      return renderEmbed(block, context);
    case 'divider':
      return html`<hr part="divider" />`;
  }
}

/** One body block, wrapped so that its `id`, `lang` and `dir` apply to all of it. */
export function renderBlock(block: Block, path: string, context: RenderContext): TemplateResult {
  return html`<div class="block ${block.type}" id=${ifDefined(block.id)} lang=${ifDefined(block.lang)} dir=${ifDefined(direction(block))}>
    ${renderContent(block, path, context)}
  </div>`;
}
