/// <reference types="google-publisher-tag" />
/**
 * A Google Publisher Tag test double, type-checked against `@types/google-publisher-tag`.
 *
 *   const gpt = installGoogletag();                 // GPT loaded
 *   const gpt = installGoogletag({ loaded: false }); // the page's tag has not loaded yet
 *   gpt.fill('/1234/news', { size: [728, 90], delay: 20, viewable: true });
 *   gpt.fill('/1234/sport', { empty: true });
 *   gpt.load();                                      // runs the queued commands
 *   expect(gpt.requests[0]).to.include({ unit: '/1234/news' });
 *   gpt.uninstall();
 *
 * A request fires, each in its own task, `slotRequested`, `slotResponseReceived`,
 * `slotRenderEnded` (after putting a creative-sized iframe into the slot's div), `slotOnload`,
 * then `impressionViewable` when the fill says `viewable`. What it covers is a subset of GPT:
 * the objects are cast to the real types only where the real API is larger.
 */

type EventMap = googletag.events.EventTypeMap;
type Listener<K extends keyof EventMap> = (event: EventMap[K]) => void;
type PixelOrFluid = googletag.SingleSizeArray | 'fluid';

/** How the double answers requests for an ad unit. `delay`: ms before the response (default 0). */
export type FillDecision =
  | { size: PixelOrFluid; /** A fluid creative's height (default 250). */ height?: number; delay?: number; viewable?: boolean }
  | { empty: true; delay?: number }
  /** Requested, never answered. */
  | { never: true };

/** One ad request, as the ad server would have seen it. */
export interface RecordedRequest {
  readonly unit: string;
  readonly div: string;
  /** The sizes the slot was defined with. */
  readonly sizes: googletag.GeneralSize;
  readonly sizeMapping: googletag.SizeMappingArray | null;
  /** The sizes requested at the current viewport (after the size mapping). */
  readonly viewportSizes: PixelOrFluid[];
  readonly targeting: Readonly<Record<string, string[]>>;
  /** The page's privacy settings when the request was made. */
  readonly privacy: Readonly<googletag.PrivacySettingsConfig>;
  readonly via: 'display' | 'refresh';
}

export interface InstallOptions {
  /** GPT has loaded (default `true`); `false` leaves `window.googletag` to the page until `load()`. */
  loaded?: boolean;
  /** Fill decisions by ad unit path; a unit without one gets its first pixel size (or fluid). */
  fills?: Record<string, FillDecision>;
}

const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `GeneralSize` as a flat list. */
function sizeList(size: googletag.GeneralSize): PixelOrFluid[] {
  if (size === 'fluid') return ['fluid'];
  if (typeof size[0] === 'number') return [size as googletag.SingleSizeArray];
  return (size as googletag.SingleSize[]).map((one) => (typeof one === 'string' || one[0] === 'fluid' ? 'fluid' : (one as googletag.SingleSizeArray)));
}

export class FakeSlot implements Pick<googletag.Slot, 'addService' | 'defineSizeMapping' | 'setTargeting' | 'getTargeting' | 'getTargetingKeys' | 'clearTargeting' | 'getAdUnitPath' | 'getSlotElementId'> {
  readonly targeting = new Map<string, string[]>();
  readonly services = new Set<googletag.Service>();
  sizeMapping: googletag.SizeMappingArray | null = null;
  displayed = false;
  /** Bumped by each request, clear and destroy: an answer to an older request is dropped. */
  generation = 0;

  constructor(
    readonly unit: string,
    readonly sizes: googletag.GeneralSize,
    readonly div: string,
  ) {}

  addService(service: googletag.Service): googletag.Slot {
    this.services.add(service);
    return asSlot(this);
  }

  defineSizeMapping(sizeMapping: googletag.SizeMappingArray): googletag.Slot {
    this.sizeMapping = sizeMapping;
    return asSlot(this);
  }

  setTargeting(key: string, value: string | string[]): googletag.Slot {
    this.targeting.set(key, typeof value === 'string' ? [value] : [...value]);
    return asSlot(this);
  }

  getTargeting(key: string): string[] {
    return [...(this.targeting.get(key) ?? [])];
  }

  getTargetingKeys(): string[] {
    return [...this.targeting.keys()];
  }

  clearTargeting(key?: string): googletag.Slot {
    if (key === undefined) this.targeting.clear();
    else this.targeting.delete(key);
    return asSlot(this);
  }

  getAdUnitPath(): string {
    return this.unit;
  }

  getSlotElementId(): string {
    return this.div;
  }

  /** The sizes that apply at the current viewport: the size mapping's largest viewport that fits. */
  viewportSizes(): PixelOrFluid[] {
    if (!this.sizeMapping) return sizeList(this.sizes);
    const fitting = this.sizeMapping
      .filter(([[width, height]]) => width <= innerWidth && height <= innerHeight)
      .sort(([[a, b]], [[c, d]]) => c - a || d - b);
    return fitting.length ? sizeList(fitting[0]![1]) : [];
  }
}

const asSlot = (slot: FakeSlot) => slot as unknown as googletag.Slot;

class FakeSizeMappingBuilder implements googletag.SizeMappingBuilder {
  readonly #mapping: googletag.SizeMappingArray = [];

  addSize(viewportSize: googletag.SingleSizeArray, slotSize: googletag.GeneralSize): googletag.SizeMappingBuilder {
    this.#mapping.push([viewportSize, slotSize]);
    return this;
  }

  build(): googletag.SizeMappingArray | null {
    return this.#mapping.map(([viewport, size]) => [[...viewport], size]);
  }
}

class FakePubAds
  implements
    Pick<
      googletag.PubAdsService,
      'addEventListener' | 'removeEventListener' | 'setPrivacySettings' | 'disableInitialLoad' | 'isInitialLoadDisabled' | 'refresh' | 'clear' | 'getSlots' | 'enableSingleRequest'
    >
{
  readonly #listeners = new Map<keyof EventMap, Set<Listener<never>>>();
  initialLoadDisabled = false;
  privacy: googletag.PrivacySettingsConfig = {};
  /** Every `setPrivacySettings` call, in order. */
  readonly privacyCalls: googletag.PrivacySettingsConfig[] = [];

  constructor(readonly gpt: GoogletagDouble) {}

  addEventListener<K extends keyof EventMap>(eventType: K, listener: Listener<K>): googletag.Service {
    let listeners = this.#listeners.get(eventType);
    if (!listeners) this.#listeners.set(eventType, (listeners = new Set()));
    listeners.add(listener);
    return this.#asService();
  }

  removeEventListener<K extends keyof EventMap>(eventType: K, listener: Listener<K>): void {
    this.#listeners.get(eventType)?.delete(listener);
  }

  /** How many listeners are registered for `eventType`. */
  listenerCount(eventType: keyof EventMap): number {
    return this.#listeners.get(eventType)?.size ?? 0;
  }

  fire<K extends keyof EventMap>(eventType: K, event: EventMap[K]): void {
    for (const listener of [...(this.#listeners.get(eventType) ?? [])]) {
      // GPT catches what its listeners throw.
      try {
        (listener as Listener<K>)(event);
      } catch (error) {
        this.gpt.errors.push(error);
      }
    }
  }

  setPrivacySettings(privacySettings: googletag.PrivacySettingsConfig): googletag.PubAdsService {
    this.privacyCalls.push({ ...privacySettings });
    this.privacy = { ...this.privacy, ...privacySettings };
    return this.#asService();
  }

  disableInitialLoad(): void {
    this.initialLoadDisabled = true;
  }

  isInitialLoadDisabled(): boolean {
    return this.initialLoadDisabled;
  }

  enableSingleRequest(): boolean {
    return true;
  }

  refresh(slots?: googletag.Slot[] | null): void {
    for (const slot of this.gpt.resolve(slots)) {
      // GPT refreshes only slots that were displayed.
      if (slot.displayed) this.gpt.request(slot, 'refresh');
    }
  }

  clear(slots?: googletag.Slot[]): boolean {
    for (const slot of this.gpt.resolve(slots)) {
      slot.generation++;
      document.getElementById(slot.div)?.replaceChildren();
    }
    return true;
  }

  getSlots(): googletag.Slot[] {
    return this.gpt.slots.map(asSlot);
  }

  #asService() {
    return this as unknown as googletag.PubAdsService;
  }
}

type GoogletagWindow = Window & { googletag?: typeof googletag };

export class GoogletagDouble {
  /** Every ad request, in order. */
  readonly requests: RecordedRequest[] = [];
  /** What commands and listeners threw (GPT catches and logs them). */
  readonly errors: unknown[] = [];
  readonly pubads = new FakePubAds(this);
  readonly #fills = new Map<string, FillDecision>();
  readonly #live = new Set<FakeSlot>();
  #servicesEnabled = false;
  #loaded = false;
  #installed = true;

  constructor(options: InstallOptions) {
    for (const [unit, decision] of Object.entries(options.fills ?? {})) this.fill(unit, decision);
    if (options.loaded ?? true) this.load();
  }

  /** The slots GPT knows (defined and not destroyed). */
  get slots(): FakeSlot[] {
    return [...this.#live];
  }

  /** The page's `window.googletag`. */
  get googletag(): typeof googletag {
    return (window as GoogletagWindow).googletag!;
  }

  /** Every `setPrivacySettings` call, in order. */
  get privacyCalls(): readonly googletag.PrivacySettingsConfig[] {
    return this.pubads.privacyCalls;
  }

  /** How requests for `unit` are answered from now on. */
  fill(unit: string, decision: FillDecision): void {
    this.#fills.set(unit, decision);
  }

  /** GPT arrives: it takes over `window.googletag`, runs the queued commands, and runs later pushes at once. */
  load(): void {
    if (this.#loaded) return;
    this.#loaded = true;
    const page = window as GoogletagWindow;
    const queued = page.googletag?.cmd;
    const api = {
      cmd: new FakeCommandArray((command) => this.#run(command)),
      apiReady: true,
      pubadsReady: true,
      pubads: () => this.pubads as unknown as googletag.PubAdsService,
      sizeMapping: () => new FakeSizeMappingBuilder(),
      defineSlot: (adUnitPath: string, size: googletag.GeneralSize, div?: string) => {
        // GPT refuses a second slot in the same div.
        if (!div || this.slots.some((slot) => slot.div === div)) return null;
        const slot = new FakeSlot(adUnitPath, size, div);
        this.#live.add(slot);
        return asSlot(slot);
      },
      enableServices: () => {
        if (this.#servicesEnabled) return;
        this.#servicesEnabled = true;
        if (!this.pubads.initialLoadDisabled) for (const slot of this.slots) if (slot.displayed) this.request(slot, 'display');
      },
      display: (divOrSlot: string | Element | googletag.Slot) => {
        const id = typeof divOrSlot === 'string' ? divOrSlot : divOrSlot instanceof Element ? divOrSlot.id : null;
        const slot = id === null ? this.resolve([divOrSlot as googletag.Slot])[0] : this.slots.find((one) => one.div === id);
        if (!slot) return void this.errors.push(new Error(`display: no slot for ${String(id)}`));
        if (!document.getElementById(slot.div)) return void this.errors.push(new Error(`display: no element #${slot.div} in the document`));
        if (slot.displayed) return;
        slot.displayed = true;
        if (this.#servicesEnabled && !this.pubads.initialLoadDisabled) this.request(slot, 'display');
      },
      destroySlots: (slots?: googletag.Slot[]) => {
        const destroyed = this.resolve(slots);
        for (const slot of destroyed) {
          slot.generation++;
          this.#live.delete(slot);
          document.getElementById(slot.div)?.replaceChildren();
        }
        return destroyed.length > 0;
      },
    } satisfies Partial<typeof googletag>;
    // GPT keeps the page's object and adds its API to it.
    page.googletag = Object.assign(page.googletag ?? {}, api) as unknown as typeof googletag;
    if (Array.isArray(queued)) for (const command of queued) this.#run(command);
  }

  /** Fires `impressionViewable` for `slot` now. */
  viewable(slot: FakeSlot): void {
    this.pubads.fire('impressionViewable', { slot: asSlot(slot), serviceName: 'publisher_ads' });
  }

  /** Removes `window.googletag` and drops every answer still in flight. */
  uninstall(): void {
    this.#installed = false;
    for (const slot of this.#live) slot.generation++;
    this.#live.clear();
    delete (window as GoogletagWindow).googletag;
  }

  /** The live fake slots among `slots` (all of them when `slots` is missing or null). */
  resolve(slots?: googletag.Slot[] | null): FakeSlot[] {
    if (!slots) return this.slots;
    return slots.map((slot) => slot as unknown as FakeSlot).filter((slot) => slot instanceof FakeSlot && this.#live.has(slot));
  }

  /** Sends a request for `slot` and answers it as its unit's fill decision says. */
  async request(slot: FakeSlot, via: RecordedRequest['via']): Promise<void> {
    const generation = ++slot.generation;
    const current = () => this.#installed && slot.generation === generation && this.#live.has(slot);
    const viewportSizes = slot.viewportSizes();
    this.requests.push({
      unit: slot.unit,
      div: slot.div,
      sizes: slot.sizes,
      sizeMapping: slot.sizeMapping,
      viewportSizes,
      targeting: Object.fromEntries([...slot.targeting].map(([key, value]) => [key, [...value]])),
      privacy: { ...this.pubads.privacy },
      via,
    });
    const decision = this.#fills.get(slot.unit) ?? defaultFill(viewportSizes);
    const event = { slot: asSlot(slot), serviceName: 'publisher_ads' };
    await tick();
    if (!current()) return;
    this.pubads.fire('slotRequested', event);
    if ('never' in decision) return;
    await tick(decision.delay);
    if (!current()) return;
    this.pubads.fire('slotResponseReceived', event);
    const div = document.getElementById(slot.div);
    if ('empty' in decision || !div) {
      div?.replaceChildren();
      this.pubads.fire('slotRenderEnded', { ...event, ...renderEnded(null) });
      return;
    }
    div.replaceChildren(creative(slot, decision.size, decision.height ?? 250));
    this.pubads.fire('slotRenderEnded', { ...event, ...renderEnded(decision.size === 'fluid' ? [0, 0] : decision.size) });
    await tick();
    if (!current()) return;
    this.pubads.fire('slotOnload', event);
    if (!decision.viewable) return;
    await tick();
    if (current()) this.viewable(slot);
  }

  #run(command: (this: typeof globalThis) => void): void {
    try {
      command.call(globalThis);
    } catch (error) {
      this.errors.push(error);
    }
  }
}

/** GPT's `cmd` once it has loaded: `push` runs each command at once. */
class FakeCommandArray implements googletag.CommandArray {
  #processed = 0;

  constructor(readonly run: (command: (this: typeof globalThis) => void) => void) {}

  push(...commands: Array<(this: typeof globalThis) => void>): number {
    for (const command of commands) {
      this.run(command);
      this.#processed++;
    }
    return this.#processed;
  }
}

function defaultFill(sizes: PixelOrFluid[]): FillDecision {
  const size = sizes.find((one) => one !== 'fluid') ?? sizes[0];
  return size ? { size } : { empty: true };
}

/** The iframe GPT puts into the slot's div, sized to the creative. */
function creative(slot: FakeSlot, size: PixelOrFluid, fluidHeight: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.id = `google_ads_iframe_${slot.unit}_0`;
  frame.title = '3rd party ad content';
  frame.style.border = '0';
  frame.style.display = 'block';
  if (size === 'fluid') {
    frame.style.width = '100%';
    frame.style.height = `${fluidHeight}px`;
  } else {
    const [width, height] = size;
    frame.width = String(width);
    frame.height = String(height);
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
  }
  return frame;
}

function renderEnded(size: googletag.SingleSizeArray | null): Omit<googletag.events.SlotRenderEndedEvent, keyof googletag.events.Event> {
  return {
    isEmpty: size === null,
    slotContentChanged: true,
    size,
    advertiserId: size && 1,
    campaignId: size && 2,
    creativeId: size && 3,
    creativeTemplateId: null,
    labelIds: null,
    lineItemId: size && 4,
    sourceAgnosticCreativeId: size && 3,
    sourceAgnosticLineItemId: size && 4,
    isBackfill: false,
    yieldGroupIds: null,
    companyIds: null,
    responseIdentifier: null,
  };
}

let installed: GoogletagDouble | undefined;

/** Installs a fresh double (uninstalling the previous one): `window.googletag`, loaded unless `loaded: false`. */
export function installGoogletag(options: InstallOptions = {}): GoogletagDouble {
  installed?.uninstall();
  delete (window as GoogletagWindow).googletag;
  installed = new GoogletagDouble(options);
  return installed;
}

/** Removes the installed double's `window.googletag`. */
export function uninstallGoogletag(): void {
  installed?.uninstall();
  installed = undefined;
}
