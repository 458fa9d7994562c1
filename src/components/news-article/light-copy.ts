import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { renderArticleHTML } from '../../article/render-html.js';
import type { Article } from '../../article/types.js';
import { parseInert } from '../../internal/sanitize-html.js';
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
    let markup: string;
    try {
      markup = renderArticleHTML(article);
    } catch {
      return undefined; // not an article any more: nothing to copy
    }
    // Our own markup, escaped and sanitized as it was written; parsed inertly.
    const copy = parseInert(markup)?.firstElementChild;
    copy?.setAttribute(COPY_ATTRIBUTE, '');
    return copy ?? undefined;
  }
}
