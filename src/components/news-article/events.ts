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

/**
 * Why an article could not be shown: `empty` (no article given), `network`, `timeout`,
 * `http` (a status outside 200–299), `too-large`, `not-json`, or `invalid` (JSON, but not an
 * article: the fatal validation errors are in `errors`).
 */
export type NewsArticleErrorKind = 'empty' | 'network' | 'timeout' | 'http' | 'too-large' | 'not-json' | 'invalid';

/** The input could not be rendered at all; the element shows its error box. */
export class NewsArticleErrorEvent extends Event {
  static readonly eventName = 'news-article-error';
  constructor(
    readonly kind: NewsArticleErrorKind,
    readonly errors: readonly ArticleIssue[],
    /** The HTTP status, for kind `http`. */
    readonly status?: number,
  ) {
    super(NewsArticleErrorEvent.eventName, init);
  }
  get detail(): { kind: NewsArticleErrorKind; status?: number; errors: readonly ArticleIssue[] } {
    return { kind: this.kind, ...(this.status === undefined ? {} : { status: this.status }), errors: this.errors };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-article-load': NewsArticleLoadEvent;
    'news-article-error': NewsArticleErrorEvent;
  }
}
