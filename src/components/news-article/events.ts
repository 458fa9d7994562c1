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

/** How far the body has been read: the point at this share of its height has come into view. */
export type NewsArticleProgressPercent = 25 | 50 | 75 | 100;

/** The reader reached 25, 50, 75 or 100 % of the body; once each per article, in order. */
export class NewsArticleProgressEvent extends Event {
  static readonly eventName = 'news-article-progress';
  constructor(readonly percent: NewsArticleProgressPercent) {
    super(NewsArticleProgressEvent.eventName, init);
  }
  get detail(): { percent: NewsArticleProgressPercent } {
    return { percent: this.percent };
  }
}

/** Where the reader chose to share: the Web Share sheet (`native`), a network's link, e-mail, or copying the link. */
export type NewsArticleShareNetwork = 'native' | 'whatsapp' | 'x' | 'facebook' | 'telegram' | 'email' | 'copy';

/**
 * The reader activated a share control, before anything happens. Cancelable: cancelling it
 * stops the share (the link is not followed, the share sheet does not open, nothing is copied).
 */
export class NewsArticleShareEvent extends Event {
  static readonly eventName = 'news-article-share';
  constructor(readonly network: NewsArticleShareNetwork) {
    super(NewsArticleShareEvent.eventName, { ...init, cancelable: true });
  }
  get detail(): { network: NewsArticleShareNetwork } {
    return { network: this.network };
  }
}

/** The `copy` attribute's modes. */
export type NewsArticleCopyMode = 'attribute' | 'protect';

/**
 * The reader copied body text and the `copy` mode is about to act on it: `attribute` appends
 * the link, `protect` cancels the copy. Cancelable: cancelling it lets the copy through as is.
 */
export class NewsArticleCopyEvent extends Event {
  static readonly eventName = 'news-article-copy';
  constructor(readonly mode: NewsArticleCopyMode) {
    super(NewsArticleCopyEvent.eventName, { ...init, cancelable: true });
  }
  get detail(): { mode: NewsArticleCopyMode } {
    return { mode: this.mode };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-article-progress': NewsArticleProgressEvent;
    'news-article-share': NewsArticleShareEvent;
    'news-article-copy': NewsArticleCopyEvent;
  }
}
