import { registerAdProvider, type AdContext, type AdProvider, type AdRenderedSize, type AdResponse } from '../../../src/index.js';
import type { AdSize } from '../../../src/internal/ad-sizes.js';

export interface Recording {
  /** The name it is registered under (unique per call: the registry is page-wide). */
  name: string;
  /** `request`, `render`, `refresh`, `destroy`, in order. */
  calls: string[];
  /** The contexts the provider saw, one per request. */
  contexts: AdContext[];
  /** The sizes each refresh asked for (those of `AdContext.sizes` that `fits()` at the time), one list per refresh. */
  refreshed: AdSize[][];
}

export interface RecordingOptions {
  /** The creative's size; `null` answers empty. Default 300x250. */
  fill?: AdSize | null;
  /** The size of refreshed creatives (default: `fill`); a function picks one from the sizes the refresh asks for, as an ad server does. */
  refill?: AdSize | null | ((asked: readonly AdSize[]) => AdSize | null);
  /** Milliseconds before `request` answers. */
  delay?: number;
  /** `throw` throws in request, `reject` rejects, `hang` never answers. */
  fail?: 'throw' | 'reject' | 'hang';
}

let registered = 0;

/**
 * Registers an in-page provider that records what the slot asks of it and renders a plain
 * coloured box of the chosen size into the slot's container (the way a real ad stack writes
 * an iframe there). A provider of our own interface, not a double of a third-party API.
 */
export function recordingProvider(options: RecordingOptions = {}): Recording {
  const name = `test-${++registered}`;
  const recording: Recording = { name, calls: [], contexts: [], refreshed: [] };
  const answer = (size: AdSize | null | undefined): AdResponse => (size === null ? { empty: true } : { empty: false, size: size ?? { width: 300, height: 250 } });
  const provider: AdProvider = {
    async request(ad, signal) {
      recording.calls.push('request');
      recording.contexts.push(ad);
      if (options.fail === 'throw') throw new Error('the ad server is down');
      if (options.delay || options.fail === 'hang') {
        await new Promise((resolve, reject) => {
          if (options.fail !== 'hang') setTimeout(resolve, options.delay);
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
      }
      if (options.fail === 'reject') return Promise.reject(new Error('no bids'));
      return answer(options.fill);
    },
    async render(ad, response): Promise<AdRenderedSize> {
      recording.calls.push('render');
      const size = response.size as AdSize;
      const creative = document.createElement('div');
      creative.className = 'creative';
      creative.style.cssText = `width: ${size.width}px; height: ${size.height}px; background: #7a7`;
      ad.container.replaceChildren(creative);
      return size;
    },
    async refresh(ad) {
      recording.calls.push('refresh');
      // As the contract asks of a provider: only the sizes that fit the slot now.
      const asked = ad.sizes.filter((size) => ad.fits(size)).map((size) => ({ ...size }));
      recording.refreshed.push(asked);
      const { refill } = options;
      return answer(typeof refill === 'function' ? refill(asked) : refill === undefined ? options.fill : refill);
    },
    destroy(ad) {
      recording.calls.push('destroy');
      ad.container.replaceChildren();
    },
  };
  registerAdProvider(name, provider);
  return recording;
}

/** The next `type` event from `target`. */
export const next = <K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K) =>
  new Promise<GlobalEventHandlersEventMap[K]>((resolve) => target.addEventListener(type, (e) => resolve(e as GlobalEventHandlersEventMap[K]), { once: true }));

/** Two animation frames (no timers: safe under fake timers); intersection observers report in between. */
export const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Two frames and a task: layout, observers and their callbacks have run. */
export const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

const describeNode = (node: Node | null | undefined) =>
  node instanceof Element ? `<${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('part') ? ` part=${node.getAttribute('part')}` : ''}>` : String(node?.nodeName);
const rect = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}x${r.height}`;

/** The `layout-shift` entries (without recent input) while `run` runs, plus a settle: their sum, and what moved (for assertion messages). */
export async function layoutShiftDuring(run: () => Promise<unknown>): Promise<{ sum: number; moved: string[] }> {
  const result = { sum: 0, moved: [] as string[] };
  await frames(); // what the previous test left behind has been laid out and is not counted
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) {
      if (entry.hadRecentInput) continue;
      result.sum += entry.value;
      for (const source of entry.sources) result.moved.push(`${describeNode(source.node)} ${rect(source.previousRect)} -> ${rect(source.currentRect)}`);
    }
  });
  observer.observe({ type: 'layout-shift', buffered: false });
  await run();
  await settle();
  observer.disconnect();
  return result;
}

const AD_EVENTS = ['ad-slot-request', 'ad-slot-render', 'ad-slot-viewable', 'ad-slot-error'] as const;
type AdEventType = (typeof AD_EVENTS)[number];

export interface Mounted {
  page: HTMLDivElement;
  slots: HTMLElementTagNameMap['ad-slot'][];
  /** The first slot. */
  slot: HTMLElementTagNameMap['ad-slot'];
  /** Every ad event from the page, in order, since before the slots were connected. */
  events: Event[];
  /** The `count`-th `type` event of `target` (default: the first slot): at once if it came already. */
  seen<K extends AdEventType>(type: K, target?: Element, count?: number): Promise<GlobalEventHandlersEventMap[K]>;
}

/** Puts `markup` into a fixture container, recording the ad events from before the slots connect (eager slots fill in microtasks). */
export function mount(page: HTMLDivElement, markup: string): Mounted {
  const events: Event[] = [];
  const waiting: (() => void)[] = [];
  for (const type of AD_EVENTS) {
    page.addEventListener(type, (event) => {
      events.push(event);
      for (const check of waiting.splice(0)) check();
    });
  }
  page.innerHTML = markup;
  const slots = Array.from(page.querySelectorAll('ad-slot'));
  const seen = <K extends AdEventType>(type: K, target: Element = slots[0]!, count = 1) =>
    new Promise<GlobalEventHandlersEventMap[K]>((resolve) => {
      const check = () => {
        const matching = events.filter((event) => event.type === type && event.target === target);
        if (matching.length >= count) resolve(matching[count - 1] as GlobalEventHandlersEventMap[K]);
        else waiting.push(check);
      };
      check();
    });
  return { page, slots, slot: slots[0]!, events, seen };
}
