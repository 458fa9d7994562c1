import type { AdConsent } from './provider.js';

/**
 * The consent gate for ads: what the page's IAB TCF v2.2 CMP (`window.__tcfapi`) says the
 * reader decided. No dependency: the TCF API is typed here as far as it is used (a test
 * checks these types against `@iabtcf/cmpapi`'s).
 *
 * Not covered: a CMP in a parent frame reached through the `__tcfapiLocator` frame and
 * `postMessage`; a page whose CMP lives only there counts as a page without a CMP.
 */

/** The fields of the TCF `TCData` that the gate reads. */
export interface TcfData {
  readonly gdprApplies?: boolean;
  /** `tcloaded` and `useractioncomplete`: the choice is known; `cmpuishown`: the CMP's UI is up. */
  readonly eventStatus?: 'tcloaded' | 'cmpuishown' | 'useractioncomplete';
  readonly tcString?: string;
  /** Consent by purpose id; undefined when GDPR does not apply. */
  readonly purpose?: { readonly consents: Readonly<Record<number, boolean>> | string };
}

/** `__tcfapi` as the gate calls it: a CMP, or the IAB stub that queues calls until the CMP loads. */
export type TcfApi = (command: 'addEventListener', version: 2, callback: (tcData: TcfData | null, success: boolean) => void) => void;

const NO_CMP: AdConsent = { cmp: false, personalized: true };

/** The latest known decision of this copy of the library's one listener. */
let latest: AdConsent | undefined;
let listening = false;
let warned = false;
const waiting = new Set<(consent: AdConsent) => void>();

function onTcData(tcData: TcfData | null, success: boolean): void {
  if (!success) {
    // Keep waiting: nothing is requested before consent is known.
    if (!warned) console.warn("<ad-slot>: the CMP's __tcfapi addEventListener failed; ads wait for consent.");
    warned = true;
    return;
  }
  const status = tcData?.eventStatus;
  // `cmpuishown`: the reader has not decided yet, or is changing a known decision (it stands until then).
  if (status !== 'tcloaded' && status !== 'useractioncomplete') return;
  latest =
    tcData!.gdprApplies === false
      ? { cmp: true, gdprApplies: false, personalized: true }
      : { cmp: true, gdprApplies: true, tcString: tcData!.tcString, personalized: tcData!.purpose?.consents[1] === true };
  for (const resolve of waiting) resolve(latest);
  waiting.clear();
}

/**
 * The reader's consent decision for ad requests. Without a `__tcfapi` (checked at each call: a
 * CMP may load after this script), `{ cmp: false, personalized: true }` at once. With one,
 * the decision the CMP reports with `tcloaded` or `useractioncomplete`: a call made before it
 * is known waits for it (also behind the IAB stub, until the CMP loads); later calls get the
 * latest decision, so a reader who changes their mind is followed by later requests.
 * Personalised means GDPR does not apply, or the reader consented to purpose 1.
 *
 * Aborting `signal` rejects a waiting call with `signal.reason`.
 */
export function adConsent(signal?: AbortSignal): Promise<AdConsent> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const tcfapi = (globalThis as { __tcfapi?: TcfApi }).__tcfapi;
    if (typeof tcfapi != 'function') return resolve(NO_CMP);
    if (latest) return resolve(latest);
    waiting.add(resolve);
    signal?.addEventListener('abort', () => {
      waiting.delete(resolve);
      reject(signal.reason);
    });
    if (!listening) {
      // After `waiting.add`: a loaded CMP answers at once. One listener per copy of the library, never removed.
      tcfapi('addEventListener', 2, onTcData);
      listening = true;
    }
  });
}
