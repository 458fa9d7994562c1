/** Creatives larger than this many pixels need only 30 % in view (IAB/MRC large-ad rule). */
const LARGE_AD = 242_500;
/** Time in view that makes an impression viewable (IAB/MRC display rule). */
const VIEWABLE_MS = 1000;

export interface ViewabilityCallbacks {
  /** The creative met the rule: once per `watch()`. */
  viewable(): void;
  /** The creative has been in view (by the same rule, tab visible) for `refreshMs` in all since `watch()`. */
  refresh(): void;
}

/**
 * Measures one creative by the IAB/MRC rule: at least 50 % of its pixels in the viewport (30 %
 * for creatives over 242,500 px) for one continuous second, only while the tab is visible.
 * The same "in view" time, summed, drives `refresh`: it runs only while the creative is in
 * view and the tab visible. `watch()` starts an impression; `stop()` ends it.
 */
export class Viewability {
  readonly #callbacks: ViewabilityCallbacks;
  #observer?: IntersectionObserver;
  #threshold = 0.5;
  #ratio = 0;
  #refreshMs = 0;
  /** Time in view before the current stretch, and when the current stretch started. */
  #banked = 0;
  #since?: number;
  #viewable = false;
  #viewTimer?: ReturnType<typeof setTimeout>;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  readonly #onVisibility = () => this.#update();

  constructor(callbacks: ViewabilityCallbacks) {
    this.#callbacks = callbacks;
  }

  /** Starts an impression of `target`, whose creative is `area` pixels; `refreshMs` 0 for no refresh. */
  watch(target: Element, area: number, refreshMs: number): void {
    this.stop();
    this.#threshold = area > LARGE_AD ? 0.3 : 0.5;
    this.#refreshMs = refreshMs;
    this.#observer = new IntersectionObserver(
      (entries) => {
        this.#ratio = entries[entries.length - 1]!.intersectionRatio;
        this.#update();
      },
      { threshold: [0, 0.3, 0.5, 1] },
    );
    this.#observer.observe(target);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#viewTimer);
    clearTimeout(this.#refreshTimer);
    this.#ratio = this.#banked = 0;
    this.#since = undefined;
    this.#viewable = false;
  }

  #update(): void {
    const inView = this.#observer !== undefined && this.#ratio >= this.#threshold && document.visibilityState === 'visible';
    if (inView === (this.#since !== undefined)) return;
    const now = performance.now();
    if (inView) {
      this.#since = now;
      if (!this.#viewable) {
        this.#viewTimer = setTimeout(() => {
          this.#viewable = true;
          this.#callbacks.viewable();
        }, VIEWABLE_MS);
      }
      if (this.#refreshMs) this.#refreshTimer = setTimeout(() => this.#callbacks.refresh(), Math.max(0, this.#refreshMs - this.#banked));
    } else {
      this.#banked += now - this.#since!;
      this.#since = undefined;
      clearTimeout(this.#viewTimer);
      clearTimeout(this.#refreshTimer);
    }
  }
}
