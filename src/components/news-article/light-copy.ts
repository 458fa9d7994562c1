import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { articleMarkup } from '../../article/render-html.js';
import type { Article, Image } from '../../article/types.js';
import { parseInert, sanitizeAll } from '../../internal/sanitize-html.js';
import { COPY_ATTRIBUTE } from './article-input.js';


/**
 * Keeps the article as semantic HTML in the host's light DOM (renderArticleHTML's markup),
 * for reader views and tools that read a copy of the document, which holds no shadow roots.
 * Unslotted, it is never shown and is not in the accessibility tree, so assistive technology
 * meets the text once; its images are lazy and never load. Written when the browser is idle
 * after an article from JSON renders, replaced when the article changes, removed when there
 * is none (an article from HTML children is its own copy).
 */
export class LightCopyController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: () => Article | undefined;
  #copy?: Element;
  #of?: Article;

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => Article | undefined) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  #sync(): void {
    const article = this.#source();
    if (article === this.#of) return;
    this.#of = article;
    const copy = article ? this.#build(article) : undefined;
    if (copy && this.#copy?.parentNode === this.#host) this.#copy.replaceWith(copy);
    else {
      this.#copy?.remove();
      if (copy) this.#host.append(copy);
    }
    this.#copy = copy;
  }

  #build(article: Article): Element | undefined {
    const markup = articleMarkup(sanitized(article));
    // Our own markup, escaped, from sanitized fields; parsed inertly.
    const copy = parseInert(markup)?.firstElementChild;
    copy?.setAttribute(COPY_ATTRIBUTE, '');
    return copy ?? undefined;
  }
}

/**
 * `article` (validated as the element renders it: inline HTML not yet sanitized) with every
 * inline-HTML field sanitized, in one batch (`sanitizeAll`: one parse for all the plain
 * fields), as parseArticle would give it.
 */
function sanitized(article: Article): Article {
  const fields: string[] = [];
  const image = (i: Image) => (i.caption !== undefined && fields.push(i.caption), i);
  if (article.image) image(article.image);
  for (const block of article.body) {
    if (block.type === 'paragraph' || block.type === 'quote') fields.push(block.html);
    else if (block.type === 'list') fields.push(...block.items);
    else if (block.type === 'image') image(block);
    else if (block.type === 'gallery') {
      block.images.forEach(image);
      if (block.caption !== undefined) fields.push(block.caption);
    }
  }
  const template = document.createElement('template');
  const clean = sanitizeAll(fields).map(({ content }) => {
    template.content.replaceChildren(...content.childNodes);
    return template.innerHTML;
  });
  let next = 0;
  const take = () => clean[next++]!;
  const cleanImage = (i: Image): Image => (i.caption !== undefined ? { ...i, caption: take() } : i);
  return {
    ...article,
    image: article.image && cleanImage(article.image),
    body: article.body.map((block) => {
      if (block.type === 'paragraph' || block.type === 'quote') return { ...block, html: take() };
      if (block.type === 'list') return { ...block, items: block.items.map(take) };
      if (block.type === 'image') return cleanImage(block) as typeof block;
      if (block.type === 'gallery') {
        const images = block.images.map(cleanImage);
        return { ...block, images, ...(block.caption !== undefined ? { caption: take() } : {}) };
      }
      return block;
    }),
  };
}
