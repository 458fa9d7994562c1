import { html, nothing, type TemplateResult } from 'lit';
import type { Block, ParagraphBlock } from '../../../article/types.js';
import { blockAttributes } from './block-attributes.js';
import type { RenderContext } from './context.js';
import { renderEmbed } from './embed.js';
import { renderFigure } from './figure.js';
import { renderGallery } from './gallery.js';

/**
 * One body block as one element (its `id`, `lang` and `dir` on that element). Paragraphs,
 * the most common block by far, are not here: the view makes them plain elements straight
 * from the sanitizer's output, with no template instance each.
 */
export function renderBlock(block: Exclude<Block, ParagraphBlock>, path: string, context: RenderContext): TemplateResult | HTMLElement {
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
      return renderFigure(block, path, context, false, block);
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
      const items = block.items.map((item, i) => html`<li part="list-item">${context.rich(item, `${path}.items[${i}]`)}</li>`);
      return block.ordered ? html`<ol part="list" ${attributes}>${items}</ol>` : html`<ul part="list" ${attributes}>${items}</ul>`;
    }
    case 'embed':
      return renderEmbed(block, context, attributes);
    case 'divider':
      return html`<hr part="divider" ${attributes} />`;
  }
}
