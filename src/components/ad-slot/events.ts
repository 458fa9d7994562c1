import type { AdSize } from '../../internal/ad-sizes.js';
import type { AdRenderedSize } from './provider.js';

const init = { bubbles: true, composed: true } as const;

/**
 * The slot is about to ask its provider for an ad (it is near the viewport and consent is
 * known). Cancelable: a page that cancels it fills the slot itself (into `slot.container`),
 * and the provider is not called.
 */
export class AdSlotRequestEvent extends Event {
  static readonly eventName = 'ad-slot-request';
  constructor(
    readonly provider: string,
    readonly unit: string | undefined,
    /** Every size of `sizes`, smallest first. */
    readonly sizes: readonly AdSize[],
    /** Personalised ads may be requested (see `AdConsent`). */
    readonly personalized: boolean,
  ) {
    super(AdSlotRequestEvent.eventName, { ...init, cancelable: true });
  }
  get detail(): { provider: string; unit?: string; sizes: readonly AdSize[]; personalized: boolean } {
    return { provider: this.provider, unit: this.unit, sizes: this.sizes, personalized: this.personalized };
  }
}

/** The provider answered and the slot is filled (`empty: false`, at `size`) or stays empty. */
export class AdSlotRenderEvent extends Event {
  static readonly eventName = 'ad-slot-render';
  constructor(
    readonly empty: boolean,
    readonly size: AdRenderedSize | null,
  ) {
    super(AdSlotRenderEvent.eventName, init);
  }
  get detail(): { empty: boolean; size: AdRenderedSize | null } {
    return { empty: this.empty, size: this.size };
  }
}

/**
 * The creative met the IAB/MRC viewability rule (once per fill): by the slot's own measure
 * (`source: 'slot'`), or by the provider's, when that came first (`'provider'`: GPT's
 * `impressionViewable`).
 */
export class AdSlotViewableEvent extends Event {
  static readonly eventName = 'ad-slot-viewable';
  constructor(readonly source: 'slot' | 'provider' = 'slot') {
    super(AdSlotViewableEvent.eventName, init);
  }
  get detail(): { source: 'slot' | 'provider' } {
    return { source: this.source };
  }
}

/** The provider threw, rejected, did not answer within `timeout`, or does not exist; the slot stays empty. */
export class AdSlotErrorEvent extends Event {
  static readonly eventName = 'ad-slot-error';
  constructor(
    readonly provider: string,
    readonly message: string,
    readonly error: unknown,
  ) {
    super(AdSlotErrorEvent.eventName, init);
  }
  get detail(): { provider: string; message: string; error: unknown } {
    return { provider: this.provider, message: this.message, error: this.error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ad-slot-request': AdSlotRequestEvent;
    'ad-slot-render': AdSlotRenderEvent;
    'ad-slot-viewable': AdSlotViewableEvent;
    'ad-slot-error': AdSlotErrorEvent;
  }
}
