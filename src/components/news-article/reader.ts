import type { ReactiveControllerHost } from 'lit';
import { CopyController } from './copy.js';
import type { FooterOptions } from './footer.js';
import { JsonLdController } from './json-ld.js';
import { ProgressController } from './progress.js';
import { ShareController } from './share.js';
import type { ArticleView } from './view.js';

/** The host's attributes that switch the reader features. */
export interface ReaderHost extends ReactiveControllerHost, HTMLElement {
  syndicated?: boolean;
  copy?: string | null;
  share?: boolean;
}

/**
 * The reader features of `<news-article>`, as controllers of its host: NewsArticle JSON-LD
 * (unless `syndicated`), the `copy` modes, the `share` buttons and `news-article-progress`.
 * `view` gives the article as last rendered (`undefined` while there is none).
 */
export class ReaderFeatures {
  readonly #host: ReaderHost;
  readonly #copy: CopyController;
  readonly #share: ShareController;

  constructor(host: ReaderHost, view: () => ArticleView | undefined) {
    this.#host = host;
    new JsonLdController(host, view);
    new ProgressController(host, view);
    this.#copy = new CopyController(host, view);
    this.#share = new ShareController(host);
  }

  /** What the footer renders for these features: attribution, share buttons, the copy notice. */
  footer(): FooterOptions {
    const host = this.#host;
    return { syndicated: Boolean(host.syndicated), share: host.share ? this.#share : undefined, copy: this.#copy };
  }
}
