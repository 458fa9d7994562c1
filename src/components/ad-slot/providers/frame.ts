import { currentAdSizes, type AdSize } from '../../../internal/ad-sizes.js';
import { belowViewport } from '../../../internal/viewport.js';
import type { AdContext, AdProvider, AdRenderedSize, AdResponse } from '../provider.js';

/** What the provider keeps for one slot. */
interface FrameState {
  iframe: HTMLIFrameElement;
  onMessage: (event: MessageEvent) => void;
}

const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';
const FALLBACK_FLUID_HEIGHT = 250;

const frames = new WeakMap<AdContext, FrameState>();

/** The creative URL for `ad`, with the consent parameters; throws for a missing or non-http(s) `src`. */
function creativeUrl(ad: AdContext): string {
  if (!ad.src) throw new Error('frame provider: the slot has no src (the creative URL)');
  let url: URL;
  try {
    url = new URL(ad.src, document.baseURI);
  } catch {
    throw new Error(`frame provider: src "${ad.src}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`frame provider: src "${ad.src}" is not an http(s) URL`);
  const { consent } = ad;
  if (consent.cmp) {
    url.searchParams.set('gdpr', consent.gdprApplies ? '1' : '0');
    url.searchParams.set('gdpr_consent', consent.tcString ?? '');
  }
  if (!consent.personalized) url.searchParams.set('npa', '1');
  return url.href;
}

/** The slot's reserved height, as `<ad-slot>` reports it (`reservedSize`), else the container's. */
function reservedHeight(ad: AdContext): number {
  const reserved: unknown = Reflect.get(ad.slot, 'reservedSize');
  if (typeof reserved === 'object' && reserved !== null) {
    const height: unknown = Reflect.get(reserved, 'height');
    if (typeof height === 'number' && height > 0) return height;
  }
  return ad.container.clientHeight || FALLBACK_FLUID_HEIGHT;
}

/**
 * The size to request now: of the applicable sizes the slot can show without moving the page
 * (`ad.fits`; the shortest when none does), the widest that fits the slot's width (the
 * shortest of that width), else the narrowest.
 */
function chooseSize(ad: AdContext): AdSize {
  const available = ad.slot.clientWidth || ad.container.clientWidth;
  const { sizes: applicable } = currentAdSizes([...ad.rules], (media) => matchMedia(media).matches);
  if (!applicable.length) return { width: available, height: reservedHeight(ad) };
  const fitting = applicable.filter((size) => ad.fits(size));
  const sizes = fitting.length ? fitting : [applicable.reduce((a, b) => (b.height < a.height ? b : a))];
  const ordered = [...sizes].sort((a, b) => a.width - b.width || a.height - b.height);
  const width = ordered.filter((size) => size.width <= available).pop()?.width ?? ordered[0]!.width;
  // Of that width the shortest: the slot reserved the smallest height, and a taller creative
  // would push what follows (a creative may still grow by resize, out of view).
  return { ...ordered.find((size) => size.width === width)! };
}

function isSize(value: unknown): value is AdSize {
  if (typeof value !== 'object' || value === null) return false;
  const { width, height } = value as Record<string, unknown>;
  return Number.isInteger(width) && Number.isInteger(height) && (width as number) > 0 && (height as number) > 0;
}

function sizeFrame(iframe: HTMLIFrameElement, { width, height }: AdSize): void {
  iframe.width = String(width);
  iframe.height = String(height);
  iframe.style.width = `${width}px`;
  iframe.style.height = `${height}px`;
}

/** Answers a creative's `ad-slot:resize`: only a declared size, only while the slot is entirely below the viewport. */
function resize(ad: AdContext, iframe: HTMLIFrameElement, event: MessageEvent): void {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>)['type'] !== 'ad-slot:resize' || !isSize(data)) return;
  const { width, height } = data;
  let reason: 'undeclared-size' | 'in-view' | undefined;
  if (!ad.sizes.some((size) => size.width === width && size.height === height)) reason = 'undeclared-size';
  else if (!belowViewport(ad.slot)) reason = 'in-view';
  if (!reason) sizeFrame(iframe, { width, height });
  iframe.contentWindow?.postMessage({ type: 'ad-slot:resize-result', accepted: !reason, width, height, ...(reason ? { reason } : {}) }, '*');
}

/** Removes the slot's iframe and stops listening to it. */
function remove(ad: AdContext): void {
  const state = frames.get(ad);
  if (!state) return;
  frames.delete(ad);
  removeEventListener('message', state.onMessage);
  state.iframe.remove();
}

async function request(ad: AdContext, signal: AbortSignal): Promise<AdResponse> {
  signal.throwIfAborted();
  const data = creativeUrl(ad);
  return { empty: false, size: chooseSize(ad), data };
}

async function render(ad: AdContext, response: AdResponse, signal: AbortSignal): Promise<AdRenderedSize> {
  signal.throwIfAborted();
  if (typeof response.data !== 'string') throw new Error('frame provider: the response has no creative URL');
  const size = isSize(response.size) ? { width: response.size.width, height: response.size.height } : chooseSize(ad);
  remove(ad);

  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', SANDBOX);
  iframe.title = ad.label;
  iframe.referrerPolicy = 'strict-origin-when-cross-origin';
  iframe.loading = 'eager';
  iframe.setAttribute('scrolling', 'no');
  iframe.style.border = '0';
  iframe.style.display = 'block';
  sizeFrame(iframe, size);
  iframe.src = response.data;

  const onMessage = (event: MessageEvent) => {
    if (event.source === iframe.contentWindow && iframe.contentWindow) resize(ad, iframe, event);
  };
  frames.set(ad, { iframe, onMessage });
  addEventListener('message', onMessage);

  const loaded = new Promise<AdRenderedSize>((resolve, reject) => {
    const onAbort = () => {
      if (frames.get(ad)?.iframe === iframe) remove(ad);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    iframe.addEventListener(
      'load',
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve(size);
      },
      { once: true },
    );
  });
  ad.container.append(iframe);
  return loaded;
}

/**
 * The `frame` provider: `<ad-slot provider="frame" src="https://ads.example/creative.html">`
 * shows the creative URL in a sandboxed iframe. Use it for house ads, direct-sold creatives
 * and ad servers that answer with an HTML page.
 *
 * The request is the URL: `src`, resolved against the document, http(s) only, with the
 * reader's consent appended as the IAB macros carry it:
 *   - `gdpr=1|0` and `gdpr_consent=<TC string>`, when the page has an IAB TCF CMP;
 *   - `npa=1` ("non-personalised ads"), when personalised ads may not be requested. This is
 *     the documented flag for non-personalised requests: a creative server that personalises
 *     must not do so for a request that carries it.
 *
 * The size is the widest of the sizes that apply at the current viewport that fits the slot's
 * width (of equal widths the shortest: the slot reserved the smallest height), else the
 * narrowest; in view (a refresh, or a slot filled in view) only sizes no taller than the
 * slot's box count. `fluid` alone renders at the slot's width and reserved height.
 *
 * The iframe is sandboxed without `allow-same-origin` (the creative gets an opaque origin,
 * even when it is served from the page's own origin), may run scripts and open pop-ups that
 * escape the sandbox (a click-through to the advertiser), and may navigate the top page only
 * on a user activation (a click): never on its own.
 *
 * A creative may ask to change size: `parent.postMessage({ type: 'ad-slot:resize', width,
 * height }, '*')`. The provider accepts only a size of `sizes`, and only while the slot is
 * entirely below the viewport (so the change cannot move what the reader sees), and answers
 * `{ type: 'ad-slot:resize-result', accepted, width, height, reason? }` (`reason`:
 * `'undeclared-size'` or `'in-view'`).
 */
export const frameProvider: AdProvider = {
  request,
  render,
  refresh: request,
  destroy(ad) {
    remove(ad);
    ad.container.replaceChildren();
  },
};
