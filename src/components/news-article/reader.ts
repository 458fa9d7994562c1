import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Lazy } from '../../internal/lazy.js';
import type { CopyController } from './copy.js';
import type { FooterOptions } from './footer.js';
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
 *
 * Only the share buttons are part of the first render. The other features load their code
 * after it, when they are needed: JSON-LD, progress and the reader-view copy (light-copy.ts)
 * once an article has rendered and the browser is idle (crawlers run scripts and wait for them), the copy modes once `copy` is set. Each feature's
 * controller starts from what is rendered when it arrives.
 */
export class ReaderFeatures implements ReactiveController {
  readonly #host: ReaderHost;
  readonly #view: () => ArticleView | undefined;
  readonly #share: ShareController;
  readonly #jsonLd: Lazy<unknown>;
  readonly #progress: Lazy<unknown>;
  readonly #copy: Lazy<CopyController>;
  readonly #lightCopy: Lazy<unknown>;
  /** An idle callback is pending for the JSON-LD and progress code. */
  #idle = false;

  constructor(host: ReaderHost, view: () => ArticleView | undefined) {
    this.#host = host;
    this.#view = view;
    this.#share = new ShareController(host);
    this.#jsonLd = new Lazy('<news-article>', 'JSON-LD', () => import('./json-ld.js').then(({ JsonLdController }) => new JsonLdController(host, view)));
    this.#progress = new Lazy('<news-article>', 'reading progress', () => import('./progress.js').then(({ ProgressController }) => new ProgressController(host, view)));
    this.#copy = new Lazy('<news-article>', 'copy', () => import('./copy.js').then(({ CopyController }) => new CopyController(host, view)));
    // An article from JSON gets a light-DOM copy in semantic HTML, for reader views; one from HTML children is its own.
    const fromJson = () => {
      const shown = view();
      return shown && !shown.fromChildren ? shown.article : undefined;
    };
    this.#lightCopy = new Lazy('<news-article>', 'reader-view copy', () => import('./light-copy.js').then(({ LightCopyController }) => new LightCopyController(host, fromJson)));
    host.addController(this);
  }

  hostUpdated(): void {
    const host = this.#host;
    // Not in the first render's task: JSON-LD and progress wait for the browser to be idle
    // (within 2 s), so the article paints first (measured: 2 to 3 ms less per first render).
    const wanted = (!host.syndicated && !this.#jsonLd.value) || !this.#progress.value || (!this.#lightCopy.value && !this.#view()?.fromChildren);
    if (this.#view() && wanted && !this.#idle) {
      this.#idle = true;
      whenIdle(() => {
        this.#idle = false;
        if (!this.#view()) return;
        if (!host.syndicated) void this.#jsonLd.get();
        void this.#progress.get();
        if (!this.#view()?.fromChildren) void this.#lightCopy.get();
      });
    }
    if (host.copy === 'attribute' || host.copy === 'protect') void this.#copy.get();
  }

  /**
   * What the footer renders for these features: attribution, share buttons, and with
   * `copy="protect"` the notice's live region (there from the first render, so it is known
   * before it speaks; the copy code fills it).
   */
  footer(view: ArticleView): FooterOptions {
    const host = this.#host;
    return {
      syndicated: Boolean(host.syndicated),
      share: host.share ? this.#share : undefined,
      notice: host.copy === 'protect' ? (this.#copy.value?.notice(view) ?? '') : undefined,
    };
  }
}

/** `run` when the browser is idle, or after 2 s at the latest (a task soon where there is no `requestIdleCallback`: Safari). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 1);
}
