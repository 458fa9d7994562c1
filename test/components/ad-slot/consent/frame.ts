// A page with ads inside an iframe from the second local origin (test/fixtures/ad-slot-consent-frame.html):
// it has no __tcfapi of its own and finds the CMP of this page, if any, by the TCF v2.2
// `__tcfapiLocator` frame and postMessage. What it tells this page is recorded here.
import { executeServerCommand } from '@web/test-runner-commands';

const second = await executeServerCommand<string, undefined>('second-origin');

/** The frame's `ad-slot-request`: its detail, and whether the frame had a `__tcfapi` of its own. */
export interface FrameRequest {
  type: 'ad-slot-request';
  detail: { provider: string; unit?: string; sizes: { width: number; height: number }[]; personalized: boolean };
  tcfapi: string;
}
/** The URL query of a creative the frame's slot showed: the consent its ad request carried. */
export interface FrameCreative {
  type: 'creative';
  search: string;
}
/** A TCF call the frame posted to this window (as to the window holding the `__tcfapiLocator` frame). */
export interface FrameTcfCall {
  type: 'tcfapi-call';
  call: { command: string; version: number; callId: unknown; parameter?: unknown };
}
type FromFrame = FrameRequest | FrameCreative | FrameTcfCall;

export interface AdsInFrame {
  iframe: HTMLIFrameElement;
  /** Everything the frame posted to this window, in order. */
  messages: FromFrame[];
  /** The frame's document has loaded (the library with it). */
  loaded: Promise<unknown>;
  /** The `count`-th message of `type`: at once if it came already. */
  next<T extends FromFrame['type']>(type: T, count?: number): Promise<Extract<FromFrame, { type: T }>>;
  /** Messages of `type` so far. */
  all<T extends FromFrame['type']>(type: T): Extract<FromFrame, { type: T }>[];
  /** Asks the frame for one more `<ad-slot>`. */
  addSlot(): void;
  remove(): void;
}

/** Puts the page with ads into an iframe on this page and records what it posts here. */
export function adsInFrame(): AdsInFrame {
  const iframe = document.createElement('iframe');
  iframe.title = 'A page with ads';
  iframe.style.cssText = 'width: 400px; height: 700px; border: 0';
  iframe.src = `${second}/test/fixtures/ad-slot-consent-frame.html`;
  const messages: FromFrame[] = [];
  const waiting: (() => void)[] = [];
  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow) return;
    const data = event.data as { __tcfapiCall?: FrameTcfCall['call'] } | FromFrame;
    if ('__tcfapiCall' in data) messages.push({ type: 'tcfapi-call', call: data.__tcfapiCall! });
    else messages.push(data as FromFrame);
    for (const check of waiting.splice(0)) check();
  };
  addEventListener('message', onMessage);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  const all = <T extends FromFrame['type']>(type: T) => messages.filter((message): message is Extract<FromFrame, { type: T }> => message.type === type);
  return {
    iframe,
    messages,
    loaded,
    all,
    next: (type, count = 1) =>
      new Promise((resolve) => {
        const check = () => {
          const matching = all(type);
          if (matching.length >= count) resolve(matching[count - 1]!);
          else waiting.push(check);
        };
        check();
      }),
    addSlot: () => iframe.contentWindow!.postMessage({ type: 'add-slot' }, '*'),
    remove: () => {
      removeEventListener('message', onMessage);
      iframe.remove();
    },
  };
}

/** A creative's URL query as the consent parameters the frame provider adds (`gdpr`, `gdpr_consent`, `npa`). */
export function consentParameters(search: string): Record<string, string> {
  const parameters = new URLSearchParams(search);
  return Object.fromEntries(['gdpr', 'gdpr_consent', 'npa'].filter((name) => parameters.has(name)).map((name) => [name, parameters.get(name)!]));
}

/** Waits `ms` real milliseconds. */
export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
