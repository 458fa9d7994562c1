import type { Article, ArticleIssue } from '../../article/types.js';

const init = { bubbles: true, composed: true } as const;

/** The article rendered; `warnings` lists what was dropped or fixed on the way. */
export class NewsArticleLoadEvent extends Event {
  static readonly eventName = 'news-article-load';
  constructor(
    readonly article: Article,
    readonly warnings: readonly ArticleIssue[],
  ) {
    super(NewsArticleLoadEvent.eventName, init);
  }
  /** The same data as `{ article, warnings }`, for listeners written for CustomEvent. */
  get detail(): { article: Article; warnings: readonly ArticleIssue[] } {
    return { article: this.article, warnings: this.warnings };
  }
}

/** The input could not be rendered at all; the element shows its error box. */
export class NewsArticleErrorEvent extends Event {
  static readonly eventName = 'news-article-error';
  constructor(readonly errors: readonly ArticleIssue[]) {
    super(NewsArticleErrorEvent.eventName, init);
  }
  get detail(): { errors: readonly ArticleIssue[] } {
    return { errors: this.errors };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-article-load': NewsArticleLoadEvent;
    'news-article-error': NewsArticleErrorEvent;
  }
}
