import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdSize, AdSizeRule } from '../../internal/ad-sizes.js';
import { adConsent } from './consent.js';
import { AdSlotErrorEvent, AdSlotRenderEvent, AdSlotRequestEvent, AdSlotViewableEvent } from './events.js';
import { belowViewport } from '../../internal/viewport.js';
import { adProvider, MIN_REFRESH, type AdContext, type AdProvider, type AdRenderedSize, type AdResponse } from './provider.js';
import { Viewability } from './viewability.js';

/** Where a slot's fill stands: not asked yet, asking, filled, empty (or failed), or left to the page (it cancelled `ad-slot-request`). */
export type AdStatus = 'idle' | 'requesting' | 'filled' | 'empty' | 'page';

export interface FillHost extends ReactiveControllerHost, HTMLElement {
  provider?: string;
  unit?: string;
  src?: string;
  loading?: string;
  margin?: string;
  refresh?: number;
  timeout: number;
  targeting?: string;
  /** The light-DOM element the creative goes into. */
  readonly container: HTMLElement;
  /** The parsed `sizes`. */
  readonly rules: readonly AdSizeRule[];
  /** The label as shown. */
  readonly shownLabel: string;
  /** The height of the box the creative is shown in, now (the reservation, or the creative when taller). */
  readonly boxHeight: number;
}
const MARGIN = /^-?\d+(\.\d+)?(px|%)$/;

/**
 * The fill of one `<ad-slot>`: lazy until it is within `margin` of the viewport (or at once
 * with `loading="eager"`), then consent, `ad-slot-request`, the provider's request and
 * render within `timeout`, the IAB viewability measure, and refresh while viewable. A
 * provider that throws, rejects or never answers ends as an empty slot and `ad-slot-error`.
 * A slot in view asks only for sizes that fit its box (`AdContext.fits`), and the box keeps
 * the tallest height it has shown (`tallest`), so neither a fill nor a refresh moves the page.
 * Leaving the page destroys the provider's slot; coming back requests again. A change of
 * provider, unit, source, sizes, targeting or loading starts over.
 */
export class AdFill implements ReactiveController {
  status: AdStatus = 'idle';
  size: AdRenderedSize | null = null;
  viewable = false;
  /** The tallest box a creative of this fill has made, in px: the box keeps it, so a shorter refresh does not pull up what follows. */
  tallest = 0;
  /** The widest creative of this fill, in px: the box keeps that width too, so a narrower one does not move its edges. */
  widest = 0;

  readonly #host: FillHost;
  /** What the current fill was made from. */
  #key?: string;
  #run?: AbortController;
  #lazy?: IntersectionObserver;
  #provider?: AdProvider;
  #context?: AdContext;
  readonly #viewability = new Viewability({
    viewable: () => this.#viewed('slot'),
    refresh: () => void this.#refresh(),
  });

  constructor(host: FillHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#reset();
  }

  hostUpdated(): void {
    if (this.#host.isConnected && this.#keyOf() !== this.#key) {
      this.#reset();
      this.#schedule();
    }
  }

  #keyOf(): string {
    const { provider, unit, src, loading, margin, targeting, rules } = this.#host;
    return JSON.stringify([provider, unit, src, loading, margin, targeting, rules]);
  }

  #schedule(): void {
    this.#key = this.#keyOf();
    const host = this.#host;
    if (host.loading === 'eager') return void this.#start();
    let margin = host.margin?.trim() || '100%';
    if (!MARGIN.test(margin)) {
      console.warn(`<ad-slot>: margin="${host.margin}" is not a length in px or %; using one viewport (100%).`);
      margin = '100%';
    }
    this.#lazy = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#lazy?.disconnect();
        this.#lazy = undefined;
        void this.#start();
      },
      { rootMargin: `${margin} 0px` },
    );
    this.#lazy.observe(host);
  }

  #reset(): void {
    this.#run?.abort(new DOMException('the slot was reset', 'AbortError'));
    this.#run = undefined;
    this.#lazy?.disconnect();
    this.#lazy = undefined;
    this.#viewability.stop();
    this.#destroy();
    this.#key = undefined;
    this.tallest = this.widest = 0;
    this.#set('idle', null);
  }

  /** The fill's one `ad-slot-viewable`: by the slot's measure or the provider's, whichever comes first. */
  #viewed(source: 'slot' | 'provider'): void {
    if (this.viewable || this.status !== 'filled') return;
    this.viewable = true;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new AdSlotViewableEvent(source));
  }

  #destroy(): void {
    const provider = this.#provider;
    const context = this.#context;
    this.#provider = this.#context = undefined;
    if (!provider || !context) return;
    try {
      provider.destroy(context);
    } catch (error) {
      console.warn(`<ad-slot>: the provider's destroy() failed: ${String(error)}`);
    }
  }

  #set(status: AdStatus, size: AdRenderedSize | null): void {
    this.status = status;
    this.size = size;
    this.viewable = false;
    this.#host.requestUpdate();
  }

  async #start(): Promise<void> {
    const host = this.#host;
    const run = new AbortController();
    this.#run = run;
    const name = host.provider?.trim() || 'none';
    try {
      // Nothing is requested before the reader's choice is known (where a CMP exists).
      const consent = await adConsent(run.signal);
      const context = this.#contextFor(consent);
      const request = new AdSlotRequestEvent(name, host.unit, context.sizes, consent.personalized);
      if (!host.dispatchEvent(request)) return this.#set('page', null);
      this.#set('requesting', null);
      const provider = await adProvider(name);
      if (!provider) throw new Error(`no ad provider is registered as "${name}"`);
      if (run.signal.aborted) return;
      this.#provider = provider;
      this.#context = context;
      provider.onViewable?.(context, () => {
        if (this.#context === context) this.#viewed('provider');
      });
      await this.#fill(run, (signal) => provider.request(context, signal));
    } catch (error) {
      this.#fail(run, name, error);
    }
  }

  async #refresh(): Promise<void> {
    const run = this.#run;
    const provider = this.#provider;
    const context = this.#context;
    if (!run || !provider || !context || this.status !== 'filled') return;
    this.#viewability.stop();
    try {
      await this.#fill(run, (signal) => (provider.refresh ? provider.refresh(context, signal) : provider.request(context, signal)));
    } catch (error) {
      this.#fail(run, this.#host.provider?.trim() || 'none', error);
    }
  }

  /** Asks (`ask`), then renders, within `timeout` ms for both; then reports and measures the fill. */
  async #fill(run: AbortController, ask: (signal: AbortSignal) => Promise<AdResponse>): Promise<void> {
    const host = this.#host;
    const step = new AbortController();
    const stop = () => step.abort(run.signal.reason);
    run.signal.addEventListener('abort', stop, { once: true });
    const ms = host.timeout > 0 ? host.timeout : 10000;
    const timer = setTimeout(() => step.abort(new DOMException(`the provider gave no answer within ${ms} ms`, 'TimeoutError')), ms);
    try {
      const response = await within(ask(step.signal), step.signal);
      if (response.empty) {
        this.#set('empty', null);
        host.dispatchEvent(new AdSlotRenderEvent(true, null));
        return;
      }
      const size = await within(this.#provider!.render(this.#context!, response, step.signal), step.signal);
      this.#set('filled', size);
      this.tallest = Math.max(this.tallest, host.boxHeight);
      if (size !== 'fluid') this.widest = Math.max(this.widest, size.width);
      host.dispatchEvent(new AdSlotRenderEvent(false, size));
      const area = size === 'fluid' ? host.container.offsetWidth * host.container.offsetHeight : size.width * size.height;
      const refresh = Number(host.refresh) >= MIN_REFRESH ? Number(host.refresh) * 1000 : 0;
      // The creative itself where it is a frame (the container may be larger: it fills the box).
      this.#viewability.watch(host.container.querySelector('iframe') ?? host.container, area, refresh);
    } finally {
      clearTimeout(timer);
      run.signal.removeEventListener('abort', stop);
    }
  }

  /** A failed fill: an empty slot and `ad-slot-error`, unless the slot itself gave up (reset, removal). */
  #fail(run: AbortController, name: string, error: unknown): void {
    if (run.signal.aborted || this.#run !== run) return;
    this.#viewability.stop();
    this.#destroy();
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`<ad-slot${this.#host.id ? ` id="${this.#host.id}"` : ''}>: provider "${name}" failed: ${message}`);
    this.#set('empty', null);
    this.#host.dispatchEvent(new AdSlotErrorEvent(name, message, error));
  }

  #contextFor(consent: AdContext['consent']): AdContext {
    const host = this.#host;
    const sizes: AdSize[] = [];
    for (const rule of host.rules) {
      for (const size of rule.sizes) if (!sizes.some((s) => s.width === size.width && s.height === size.height)) sizes.push(size);
    }
    sizes.sort((a, b) => a.width * a.height - b.width * b.height);
    return {
      slot: host,
      container: host.container,
      unit: host.unit || undefined,
      src: host.src || undefined,
      sizes,
      rules: host.rules,
      fluid: host.rules.some((rule) => rule.fluid),
      targeting: parseTargeting(host.targeting),
      consent,
      label: host.shownLabel,
      fits: (size) => size.height <= host.boxHeight || belowViewport(host),
    };
  }
}

/** `promise`, or a rejection with `signal.reason` as soon as `signal` aborts (a provider that ignores its signal cannot hold the slot). */
function within<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

/** `targeting` (a JSON object of key-values): strings and arrays of strings; numbers and booleans as text; anything else is dropped with a warning. */
export function parseTargeting(text: string | undefined): Record<string, string | string[]> {
  if (!text?.trim()) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    console.warn(`<ad-slot>: targeting is not valid JSON; no targeting is sent.`);
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    console.warn(`<ad-slot>: targeting must be a JSON object of key-values; no targeting is sent.`);
    return {};
  }
  const out: Record<string, string | string[]> = {};
  const asText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined);
  for (const [key, value] of Object.entries(data)) {
    const values = Array.isArray(value) ? value.map(asText) : [asText(value)];
    if (values.some((v) => v === undefined)) {
      console.warn(`<ad-slot>: targeting "${key}" is not a string, number, boolean or a list of them; dropped.`);
      continue;
    }
    out[key] = Array.isArray(value) ? (values as string[]) : values[0]!;
  }
  return out;
}
