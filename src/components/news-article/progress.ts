import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NewsArticleProgressEvent, type NewsArticleProgressPercent } from './events.js';
import type { ArticleView } from './view.js';

const PERCENTS: readonly NewsArticleProgressPercent[] = [25, 50, 75, 100];

/**
 * `news-article-progress`: 25, 50, 75 and 100 % of the body read, once each per article, in
 * order. Four invisible markers lie over the body, each from its share of the body's height
 * down to the body's end (the last one a line at the very end); a marker that comes into
 * view means the reader's screen has reached that point. An IntersectionObserver watches
 * them, so nothing runs while the page scrolls, and scroll containers and frames work.
 *
 * The markers' box is an `aria-hidden`, absolutely positioned sibling just before the body,
 * so it sits where the body starts without any positioned ancestor, and nothing is added to
 * the body itself (outside what the element's template renders, so re-renders leave it
 * alone). A ResizeObserver gives it the body's height; markers are watched once it has one.
 */
export class ProgressController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #view: () => ArticleView | undefined;
  readonly #box = createMarkers();
  #body?: Element;
  #article?: unknown;
  #reached = 0;
  #measured = false;
  #intersection?: IntersectionObserver;
  #resize?: ResizeObserver;

  constructor(host: ReactiveControllerHost & HTMLElement, view: () => ArticleView | undefined) {
    this.#host = host;
    this.#view = view;
    host.addController(this);
  }

  /** Starts from what is rendered: when the host comes back, and when this controller arrives after the first render. */
  hostConnected(): void {
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.#stop();
    this.#body = undefined; // measured again when the host comes back
  }

  hostUpdated(): void {
    const view = this.#view();
    const body = view?.body.length ? this.#host.shadowRoot?.querySelector('[part~="body"]') : null;
    if (!view || !body) {
      this.#stop();
      this.#box.remove();
      this.#body = this.#article = undefined;
      return;
    }
    if (this.#box.nextSibling !== body) body.before(this.#box);
    const fresh = view.article !== this.#article;
    if (fresh) {
      this.#article = view.article;
      this.#reached = 0;
    }
    if (body !== this.#body) {
      this.#body = body;
      this.#stop();
      this.#measure(body);
    } else if (fresh && this.#measured) {
      this.#watch(); // a new article in the same body: watching again reports what is in view now
    }
  }

  /** Sizes the box to the body, now and whenever the body changes size; the first size starts the watch. */
  #measure(body: Element): void {
    this.#resize ??= new ResizeObserver((entries) => {
      const size = entries[entries.length - 1]!.borderBoxSize[0]!.blockSize;
      this.#box.style.setProperty('--_progress-size', `${size}px`);
      if (!this.#measured) {
        this.#measured = true;
        this.#watch();
      }
    });
    this.#resize.observe(body);
  }

  #watch(): void {
    this.#intersection ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) this.#reach(Number((entry.target as HTMLElement).dataset['percent']));
      }
    });
    this.#intersection.disconnect();
    for (const marker of this.#box.children) this.#intersection.observe(marker);
  }

  #stop(): void {
    this.#resize?.disconnect();
    this.#intersection?.disconnect();
    this.#measured = false;
  }

  /** Fires every point up to `percent` not fired yet, in order. */
  #reach(percent: number): void {
    for (const point of PERCENTS) {
      if (point > percent || point <= this.#reached) continue;
      this.#reached = point;
      this.#host.dispatchEvent(new NewsArticleProgressEvent(point));
    }
  }
}

/**
 * The markers' box, styled through the CSSOM (which a strict `style-src` allows), so that
 * this code brings its own styles: an empty box just before the body (its margins collapse
 * through it, so it sits where the body starts and moves nothing), holding invisible boxes
 * from each quarter of the body down to its end. `--_progress-size` is the body's height.
 */
function createMarkers(): HTMLElement {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  Object.assign(box.style, { position: 'relative', blockSize: '0', inlineSize: '1px', visibility: 'hidden', pointerEvents: 'none' });
  const size = 'var(--_progress-size, 0px)';
  for (const percent of PERCENTS) {
    const marker = document.createElement('div');
    marker.dataset['percent'] = String(percent);
    const last = percent === 100;
    Object.assign(marker.style, {
      position: 'absolute',
      insetInlineStart: '0',
      inlineSize: '1px',
      insetBlockStart: last ? `calc(${size} - 1px)` : `calc(${size} * ${percent / 100})`,
      blockSize: last ? '1px' : `calc(${size} * ${1 - percent / 100})`,
    });
    box.append(marker);
  }
  return box;
}
