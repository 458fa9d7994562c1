import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether the reader asked for less motion (checked when it matters, so a change applies from then on). */
export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface AutoplayOptions {
  /** Whether the host autoplays at all (its `autoplay` property). */
  enabled(): boolean;
  /** Milliseconds between images. */
  interval(): number;
  /** Whether there is another image to go to. */
  canAdvance(): boolean;
  /** Shows the next image, wrapping at the end (not announced: the reader did not act). */
  advance(): void;
}

/**
 * The gallery's autoplay: one timer, restarted after every update of the host, so that an
 * image always stays `interval` ms after it appeared, whatever moved to it.
 *
 * `playing` is the state the play/pause button shows. It starts on when autoplay is turned
 * on, except under `prefers-reduced-motion`; the button toggles it, and focus entering the
 * gallery turns it off for good (`stop()`). Hovering only holds the timer (`hold()`): the
 * button still offers to pause, and leaving starts a full interval again.
 */
export class AutoplayController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: AutoplayOptions;
  #enabled?: boolean;
  #playing = false;
  #held = false;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: AutoplayOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether it is playing (it may still be held by a hover). */
  get playing(): boolean {
    return this.#playing;
  }

  /** The play/pause button. */
  toggle(): void {
    this.#playing = !this.#playing;
    this.#host.requestUpdate();
  }

  /** Stops; only the play button starts it again. */
  stop(): void {
    if (!this.#playing) return;
    this.#playing = false;
    this.#host.requestUpdate();
  }

  /** Holds while `held` (the pointer is over the gallery), and starts a full interval after. */
  hold(held: boolean): void {
    this.#held = held;
    this.#host.requestUpdate();
  }

  /** Before the host renders: turning autoplay on starts playing, turning it off stops. */
  hostUpdate(): void {
    const enabled = this.#options.enabled();
    if (enabled === this.#enabled) return;
    this.#enabled = enabled;
    this.#playing = enabled && !reducedMotion();
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    if (this.#options.enabled() && this.#playing && !this.#held && this.#options.canAdvance()) {
      this.#timer = setTimeout(() => this.#options.advance(), this.#options.interval());
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
