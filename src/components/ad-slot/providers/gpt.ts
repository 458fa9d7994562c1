/// <reference types="google-publisher-tag" />
import type { AdSize } from '../../../internal/ad-sizes.js';
import type { AdContext, AdProvider, AdRenderedSize, AdResponse } from '../provider.js';

export interface GptOptions {
  /** Load GPT from this URL when the page has not loaded it (default: never load it; publishers keep control of their tag). */
  script?: string;
}

/** What a page holds in `window.googletag` before GPT loads: the command queue of its tag snippet. */
interface GptGlobal {
  cmd: Array<(this: typeof globalThis) => void> | googletag.CommandArray;
  apiReady?: boolean;
}

/** A request waiting for its slot's next `slotRenderEnded`. */
interface Waiter {
  resolve(response: AdResponse): void;
  reject(reason: unknown): void;
}

/** What the provider holds for one `<ad-slot>` while GPT knows its slot. */
interface SlotState {
  readonly ad: AdContext;
  readonly slot: googletag.Slot;
  /** The sizes the slot is defined with (those that fitted the slot then), as `300x250 336x280`. */
  readonly sizes: string;
  /** `display` was called: later requests are refreshes. */
  displayed: boolean;
  readonly waiters: Set<Waiter>;
}

/** `(min-width: 768px)`, optionally `and (min-height: 600px)`: what a GPT size mapping can express. */
const VIEWPORT = /^\(\s*min-width\s*:\s*(\d+)px\s*\)(?:\s+and\s+\(\s*min-height\s*:\s*(\d+)px\s*\))?$/i;

/**
 * The `gpt` ad provider: each `<ad-slot>` becomes a Google Publisher Tag slot on the page's own
 * `googletag` (defined with its sizes, a size mapping from per-viewport `sizes`, its targeting and
 * the reader's consent as `nonPersonalizedAds`), displayed, refreshed and destroyed with the
 * element. Everything goes through `googletag.cmd`, so slots wait for the page's GPT tag to load;
 * the provider never loads GPT itself unless `options.script` says where from. A slot asks
 * only for the sizes that fit it now (`AdContext.fits`: in view, none taller than its box), so
 * neither a first fill in view nor a refresh moves the page; when those change, the GPT slot
 * is defined again with them.
 *
 * Under Trusted Types, `options.script` is set through a policy named `news-elements-gpt`
 * (only when the page refuses a plain URL); a page that lists its policies in CSP must list it.
 */
export function gptProvider(options: GptOptions = {}): AdProvider {
  return new GptProvider(options);
}

class GptProvider implements AdProvider {
  readonly #script: string | undefined;
  readonly #states = new WeakMap<AdContext, SlotState>();
  /** The live slots, for dispatching GPT's page-wide events. */
  readonly #bySlot = new Map<googletag.Slot, SlotState>();
  readonly #viewable = new WeakMap<AdContext, Set<() => void>>();
  readonly #warned = new Set<string>();
  /** The service the listeners below are on, while any slot is live. */
  #pubads: googletag.PubAdsService | undefined;

  constructor(options: GptOptions) {
    this.#script = options.script;
  }

  request(ad: AdContext, signal: AbortSignal): Promise<AdResponse> {
    if (this.#script) insertScript(this.#script);
    return this.#fetch(ad, signal);
  }

  async render(ad: AdContext, response: AdResponse, signal: AbortSignal): Promise<AdRenderedSize> {
    // GPT has put the creative in place by the time it reports `slotRenderEnded`.
    signal.throwIfAborted();
    return response.size ?? frameSize(ad.container) ?? 'fluid';
  }

  refresh(ad: AdContext, signal: AbortSignal): Promise<AdResponse> {
    return this.#fetch(ad, signal);
  }

  destroy(ad: AdContext): void {
    this.#viewable.delete(ad);
    const state = this.#states.get(ad);
    if (state) {
      this.#states.delete(ad);
      this.#bySlot.delete(state.slot);
      for (const waiter of state.waiters) waiter.reject(new Error('the ad slot was destroyed'));
      if (!this.#bySlot.size) this.#unlisten();
      // Through the queue: the page may have replaced or removed `googletag` meanwhile.
      commandQueue().push(() => void googletag.destroySlots([state.slot]));
    }
    ad.container.replaceChildren();
  }

  onViewable(ad: AdContext, callback: () => void): void {
    let callbacks = this.#viewable.get(ad);
    if (!callbacks) this.#viewable.set(ad, (callbacks = new Set()));
    callbacks.add(callback);
  }

  /** Defines (first time) or refreshes `ad`'s slot once GPT is there; resolves with its next render. */
  #fetch(ad: AdContext, signal: AbortSignal): Promise<AdResponse> {
    return new Promise<AdResponse>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      let state: SlotState | undefined;
      const waiter: Waiter = {
        resolve: (response) => settle(() => resolve(response)),
        reject: (reason) => settle(() => reject(reason)),
      };
      const settle = (action: () => void) => {
        signal.removeEventListener('abort', abort);
        state?.waiters.delete(waiter);
        action();
      };
      const abort = () => waiter.reject(signal.reason);
      signal.addEventListener('abort', abort);
      commandQueue().push(() => {
        if (signal.aborted) return;
        try {
          state = this.#state(ad);
          state.waiters.add(waiter);
          this.#ask(state);
        } catch (error) {
          waiter.reject(error);
        }
      });
    });
  }

  /**
   * `ad`'s slot state, defining its GPT slot when there is none (first request, or after
   * `destroy`), or when the sizes that fit the slot now (`ad.fits`) are not those it was
   * defined with: a GPT slot cannot change its sizes, so it is destroyed and defined again
   * (the next request is then its first `display`).
   */
  #state(ad: AdContext): SlotState {
    const fitting = ad.sizes.filter((size) => ad.fits(size));
    const sizes = fitting.length ? fitting : ad.sizes.slice(0, 1);
    const key = sizes.map(({ width, height }) => `${width}x${height}`).join(' ');
    const existing = this.#states.get(ad);
    if (existing?.sizes === key) return existing;
    if (!ad.unit) throw new Error('<ad-slot provider="gpt"> needs a unit (the ad unit path)');
    if (!ad.container.id) throw new Error('<ad-slot provider="gpt"> needs a container with an id');
    if (existing) {
      this.#bySlot.delete(existing.slot);
      googletag.destroySlots([existing.slot]);
    }
    const allowed = (size: AdSize) => sizes.some((s) => s.width === size.width && s.height === size.height);
    const slot = googletag.defineSlot(ad.unit, gptSizes(sizes, ad.fluid), ad.container.id);
    if (!slot) throw new Error(`GPT did not define a slot for "${ad.unit}" in #${ad.container.id} (is one defined there already?)`);
    slot.addService(googletag.pubads());
    const mapping = this.#sizeMapping(ad, allowed);
    if (mapping) slot.defineSizeMapping(mapping);
    for (const [name, value] of Object.entries(ad.targeting)) slot.setTargeting(name, typeof value === 'string' ? value : [...value]);
    const state: SlotState = { ad, slot, sizes: key, displayed: false, waiters: existing?.waiters ?? new Set() };
    this.#states.set(ad, state);
    this.#bySlot.set(slot, state);
    this.#listen();
    return state;
  }

  /** Sends the request for `state`'s slot with the reader's consent: the first `display`, then refreshes. */
  #ask(state: SlotState): void {
    const pubads = googletag.pubads();
    pubads.setPrivacySettings({ nonPersonalizedAds: !state.ad.consent.personalized });
    googletag.enableServices();
    if (state.displayed) return pubads.refresh([state.slot]);
    state.displayed = true;
    googletag.display(state.slot);
    if (pubads.isInitialLoadDisabled()) pubads.refresh([state.slot]);
  }

  /**
   * GPT's size mapping for per-viewport `sizes`: `(min-width: Npx)` [`and (min-height: Mpx)`]
   * becomes viewport `[N, M]`, the query-less rule `[0, 0]`. `sizes` takes the first rule that
   * matches, so a rule that an earlier one always shadows is left out. `null`: no mapping.
   */
  #sizeMapping(ad: AdContext, allowed: (size: AdSize) => boolean): googletag.SizeMappingArray | null {
    if (ad.rules.every((rule) => rule.media === null)) return null;
    const builder = googletag.sizeMapping();
    const viewports: googletag.SingleSizeArray[] = [];
    for (const rule of ad.rules) {
      const viewport: googletag.SingleSizeArray | null = rule.media === null ? [0, 0] : viewportOf(rule.media);
      if (!viewport) {
        this.#warnOnce(rule.media!);
        return null;
      }
      if (viewports.some(([width, height]) => width <= viewport[0] && height <= viewport[1])) continue;
      viewports.push(viewport);
      builder.addSize(viewport, gptSizes(rule.sizes.filter(allowed), rule.fluid));
    }
    // Where no rule matches, the element falls back to the last one; so does the mapping.
    const last = ad.rules[ad.rules.length - 1]!;
    if (last.media !== null) builder.addSize([0, 0], gptSizes(last.sizes.filter(allowed), last.fluid));
    return builder.build();
  }

  #warnOnce(media: string): void {
    if (this.#warned.has(media)) return;
    this.#warned.add(media);
    console.warn(`<ad-slot provider="gpt">: GPT size mappings cannot express "${media}"; requesting every size at every viewport`);
  }

  readonly #onRenderEnded = (event: googletag.events.SlotRenderEndedEvent) => {
    const state = this.#bySlot.get(event.slot);
    if (!state) return;
    const size = eventSize(event.size);
    const response: AdResponse = event.isEmpty || !size ? { empty: event.isEmpty } : { empty: false, size };
    for (const waiter of [...state.waiters]) waiter.resolve(response);
  };

  readonly #onImpressionViewable = (event: googletag.events.ImpressionViewableEvent) => {
    const state = this.#bySlot.get(event.slot);
    if (!state) return;
    for (const callback of this.#viewable.get(state.ad) ?? []) callback();
  };

  /** One listener per event for all slots, on the page's current `pubads()`. */
  #listen(): void {
    const pubads = googletag.pubads();
    if (pubads === this.#pubads) return;
    this.#unlisten();
    pubads.addEventListener('slotRenderEnded', this.#onRenderEnded);
    pubads.addEventListener('impressionViewable', this.#onImpressionViewable);
    this.#pubads = pubads;
  }

  #unlisten(): void {
    this.#pubads?.removeEventListener('slotRenderEnded', this.#onRenderEnded);
    this.#pubads?.removeEventListener('impressionViewable', this.#onImpressionViewable);
    this.#pubads = undefined;
  }
}

/** The page's GPT command queue, created as GPT's own tag snippet does when the page has none yet. */
function commandQueue(): GptGlobal['cmd'] {
  const page = window as { googletag?: GptGlobal };
  page.googletag = page.googletag || { cmd: [] };
  return page.googletag.cmd;
}

function gptSizes(sizes: readonly AdSize[], fluid: boolean): googletag.MultiSize {
  const result: googletag.MultiSize = sizes.map(({ width, height }) => [width, height]);
  if (fluid) result.push('fluid');
  return result;
}

function viewportOf(media: string): googletag.SingleSizeArray | null {
  const match = VIEWPORT.exec(media.trim());
  return match ? [Number(match[1]), Number(match[2] ?? 0)] : null;
}

/** `slotRenderEnded`'s size: pixels, or `fluid` for GPT's `"fluid"` and `[0, 0]`; `undefined` when it has none. */
function eventSize(size: number[] | string | null): AdRenderedSize | undefined {
  if (typeof size === 'string') return 'fluid';
  if (!size) return undefined;
  const [width = 0, height = 0] = size;
  return width > 0 && height > 0 ? { width, height } : 'fluid';
}

/** The size of the iframe GPT rendered into `container`, when it has one with a pixel size. */
function frameSize(container: HTMLElement): AdRenderedSize | undefined {
  const frame = container.querySelector('iframe');
  if (!frame) return undefined;
  const width = Number(frame.getAttribute('width')) || frame.offsetWidth;
  const height = Number(frame.getAttribute('height')) || frame.offsetHeight;
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** Inserts `<script async src>` for GPT once per page: not when GPT is there, nor when a script already has that URL. */
function insertScript(url: string): void {
  if ((window as { googletag?: GptGlobal }).googletag?.apiReady) return;
  const src = new URL(url, document.baseURI).href;
  if (Array.from(document.scripts).some((script) => script.src === src)) return;
  const script = document.createElement('script');
  script.async = true;
  setScriptSrc(script, src);
  document.head.append(script);
}

/** The slice of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;

/**
 * Sets `script.src`, through the `news-elements-gpt` Trusted Types policy when the page requires
 * TrustedScriptURL. The policy passes URLs through; it is safe only because it never leaves this
 * module and its one caller passes the publisher's own `script` option.
 */
function setScriptSrc(script: HTMLScriptElement, src: string): void {
  try {
    script.src = src;
  } catch (error) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    if (!factory) throw error;
    policy ??= factory.createPolicy('news-elements-gpt', { createScriptURL: (input) => input });
    script.src = policy.createScriptURL(src) as string;
  }
}
