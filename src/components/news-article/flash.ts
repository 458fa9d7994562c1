import type { ReactiveControllerHost } from 'lit';

/**
 * A message that shows for a while after a reader's action ("Link copied", "Content is
 * protected"): `on` for `ms` after the last `show()`, with a re-render of the host at each
 * change. `clear()` ends it at once (the host leaving the page).
 */
export class Flash {
  readonly #host: ReactiveControllerHost;
  readonly #ms: number;
  #timer?: ReturnType<typeof setTimeout>;
  on = false;

  constructor(host: ReactiveControllerHost, ms: number) {
    this.#host = host;
    this.#ms = ms;
  }

  show(): void {
    this.on = true;
    this.#host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.on = false;
      this.#host.requestUpdate();
    }, this.#ms);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.on = false;
  }
}
