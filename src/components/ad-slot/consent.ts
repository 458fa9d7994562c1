import type { AdConsent } from './provider.js';

/**
 * The consent gate for ads: what the reader decided, as the page's IAB TCF v2.2 CMP says. No
 * dependency: the TCF API is typed here as far as it is used (a test checks these types
 * against `@iabtcf/cmpapi`'s).
 *
 * The CMP is this window's `__tcfapi`, else (a page inside an iframe, TCF v2.2's "CMP in a
 * parent frame") the nearest ancestor window that holds a frame named `__tcfapiLocator`,
 * called by `postMessage`.
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

/** The answer to a `__tcfapiCall` message, as the CMP's frame posts it back. */
interface TcfReturn {
  readonly __tcfapiReturn?: { readonly returnValue: TcfData | null; readonly success: boolean; readonly callId: unknown };
}

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
 * Starts this copy's one listener on the page's CMP, if there is one (a loaded CMP answers at
 * once); whether it listens. One listener, never removed: it follows a reader who changes
 * their mind. The CMP is `window.__tcfapi`; else, walking `window.parent` up to the top, the
 * first window with a `__tcfapiLocator` frame (a cross-origin window that throws when read is
 * skipped), called by `postMessage` as TCF v2.2 describes: `{ __tcfapiCall: { command,
 * version, callId } }` to it, `{ __tcfapiReturn: { returnValue, success, callId } }` back.
 */
function listen(): boolean {
  const tcfapi = (globalThis as { __tcfapi?: TcfApi }).__tcfapi;
  if (typeof tcfapi == 'function') return tcfapi('addEventListener', 2, onTcData), true;
  for (let frame: Window = window; ; frame = frame.parent) {
    try {
      // `window.frames` is the window itself: a child frame's name is a property of it.
      if ((frame as unknown as Record<string, unknown>)['__tcfapiLocator']) {
        const callId = Math.random();
        addEventListener('message', ({ source, data }: MessageEvent<TcfReturn | null>) => {
          const answer = data?.__tcfapiReturn;
          if (source === frame && answer?.callId === callId) onTcData(answer.returnValue, answer.success);
        });
        frame.postMessage({ __tcfapiCall: { command: 'addEventListener', version: 2, callId } }, '*');
        return true;
      }
    } catch {
      // A cross-origin window that does not let us look: on to its parent.
    }
    if (frame === top) return false;
  }
}

/**
 * The reader's consent decision for ad requests. Without a CMP (looked for at each call until
 * one is found: a CMP may load after this script), `{ cmp: false, personalized: true }` at
 * once. With one, the decision the CMP reports with `tcloaded` or `useractioncomplete`: a call
 * made before it is known waits for it (also behind the IAB stub, until the CMP loads); later
 * calls get the latest decision, so a reader who changes their mind is followed by later
 * requests. Personalised means GDPR does not apply, or the reader consented to purpose 1.
 *
 * Aborting `signal` rejects a waiting call with `signal.reason`.
 */
export function adConsent(signal?: AbortSignal): Promise<AdConsent> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    if (!listening) listening = listen();
    if (latest) return resolve(latest);
    if (!listening) return resolve(NO_CMP);
    const onAbort = () => {
      waiting.delete(done);
      reject(signal!.reason);
    };
    const done = (consent: AdConsent) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(consent);
    };
    waiting.add(done);
    signal?.addEventListener('abort', onAbort);
  });
}
