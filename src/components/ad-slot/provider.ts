import type { AdSize, AdSizeRule } from '../../internal/ad-sizes.js';

/**
 * What the reader decided about consent, as the page's IAB TCF v2.2 CMP (`__tcfapi`) says.
 * A page without a CMP gets `{ cmp: false, personalized: true }`: ads load as they always did.
 */
export interface AdConsent {
  /** A CMP answered. */
  readonly cmp: boolean;
  /** The CMP's `gdprApplies`; `undefined` without a CMP. */
  readonly gdprApplies?: boolean;
  /** The TC string, for ad requests that carry it (`gdpr_consent`); `undefined` without a CMP or when GDPR does not apply. */
  readonly tcString?: string;
  /** Personalised ads may be requested: no CMP, GDPR does not apply, or the reader consented to purpose 1. */
  readonly personalized: boolean;
}

/** The size a creative rendered at: pixels, or `fluid` (the width of the slot, the creative's own height). */
export type AdRenderedSize = AdSize | 'fluid';

/** One slot, as a provider sees it. The same object for the slot's whole life on the page (until it is disconnected). */
export interface AdContext {
  /** The `<ad-slot>` element. */
  readonly slot: HTMLElement;
  /**
   * The element the creative goes into: a `<div>` in the document's light DOM (a child of the
   * slot), with a page-unique `id`, so that ad and verification scripts find and measure it.
   */
  readonly container: HTMLElement;
  /** The ad unit path (`unit`). */
  readonly unit?: string;
  /** The creative URL (`src`, for the `frame` provider). */
  readonly src?: string;
  /** Every size of `sizes`, for a slot definition, smallest first. */
  readonly sizes: readonly AdSize[];
  /** `sizes` as parsed, each rule with its media condition (`null`: any viewport): for a size mapping. */
  readonly rules: readonly AdSizeRule[];
  /** `sizes` names `fluid`. */
  readonly fluid: boolean;
  /** Key-values from `targeting`. */
  readonly targeting: Readonly<Record<string, string | readonly string[]>>;
  /** The reader's consent decision, known before any request. */
  readonly consent: AdConsent;
  /** The slot's label as shown (`label`, else "Advertisement" in the slot's language): a name for an iframe. */
  readonly label: string;
  /**
   * Whether a creative of `size` can be shown now without moving what the reader sees: any
   * size while the slot is entirely below the viewport, else one no taller than the slot's box
   * (a box never shrinks once filled). Providers request only sizes that fit: for a refresh
   * (which happens in view) and for a slot filled in view.
   */
  fits(size: AdSize): boolean;
}

/** What the ad server answered: a creative to render, or nothing (`empty`). */
export interface AdResponse {
  readonly empty: boolean;
  /** The creative's size, when the provider knows it before rendering. */
  readonly size?: AdRenderedSize;
  /** Anything the provider needs between `request` and `render`. */
  readonly data?: unknown;
}

/**
 * An ad stack behind `<ad-slot provider="…">`. One object serves every slot of its name; it
 * keeps per-slot state keyed by the `AdContext` (or its `container`).
 *
 * The slot calls `request`, then `render` unless the response is empty; `refresh` later (the
 * `refresh` attribute, only while the slot is viewable), then `render` again; `destroy` when
 * the slot leaves the page (a slot that comes back is requested again). A method that throws,
 * rejects, or takes longer than the slot's timeout ends as an empty slot and an
 * `ad-slot-error`; the page around it is not affected.
 */
export interface AdProvider {
  /** Asks for an ad for `ad`. `signal` aborts when the slot gives up (timeout, removal). */
  request(ad: AdContext, signal: AbortSignal): Promise<AdResponse>;
  /** Puts `response`'s creative into `ad.container`; resolves with the size it rendered at, once it is in place. */
  render(ad: AdContext, response: AdResponse, signal: AbortSignal): Promise<AdRenderedSize>;
  /** Asks for a new ad for a slot that was filled. Default: `request` again. */
  refresh?(ad: AdContext, signal: AbortSignal): Promise<AdResponse>;
  /** Releases everything the provider holds for `ad` and empties `ad.container`. */
  destroy(ad: AdContext): void;
  /**
   * Optional: the provider reports when the creative is viewable by its own measure (GPT's
   * `impressionViewable`). The slot measures viewability itself in any case; whichever of the
   * two comes first makes the fill's one `ad-slot-viewable` (its `source` says which).
   */
  onViewable?(ad: AdContext, callback: () => void): void;
}

/** The least time between refreshes, in seconds (what ad servers and policies accept). */
export const MIN_REFRESH = 30;

/** A provider, or a function that loads one (a lazy chunk: it loads when a slot first needs it). */
export type AdProviderSource = AdProvider | (() => Promise<AdProvider>);

/**
 * The providers of this copy of the library, by name. `none` is built in: it requests
 * nothing and renders nothing (the labelled, reserved box, for previews, and for pages that
 * fill slots themselves on `ad-slot-request`). `frame` and `gpt` are registered by the
 * element's module as lazy chunks.
 */
const providers = new Map<string, AdProviderSource>();

export const noneProvider: AdProvider = {
  request: async () => ({ empty: true }),
  render: async () => {
    throw new Error('the none provider renders nothing');
  },
  destroy: () => {},
};
providers.set('none', noneProvider);

/**
 * Registers an ad provider under `name` for `<ad-slot provider="name">` (and `<news-article
 * ad-provider="name">`): an `AdProvider`, or a function returning a promise of one (loaded
 * when a slot first needs it). A later registration of the same name replaces the earlier
 * one for requests made after it.
 */
export function registerAdProvider(name: string, provider: AdProviderSource): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new TypeError(`registerAdProvider: "${name}" is not a provider name (lowercase letters, digits and dashes)`);
  providers.set(name, provider);
}

/** The provider registered as `name`, loaded; `undefined` when there is none. Rejects when its code does not load. */
export async function adProvider(name: string): Promise<AdProvider | undefined> {
  const source = providers.get(name);
  if (!source) return undefined;
  if (typeof source !== 'function') return source;
  const provider = await source();
  // Keep the loaded provider, unless the name was registered again meanwhile.
  if (providers.get(name) === source) providers.set(name, provider);
  return provider;
}
