import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { currentAdSizes, parseAdSizes, type AdSizeRule } from '../../internal/ad-sizes.js';
import { COPY_ID, defineElement, VERSION, warnIfNeverDefined } from '../../internal/define.js';
import { styles as inline } from '../../internal/style-properties.js';
import { Lazy } from '../../internal/lazy.js';
import { setStates } from '../../internal/states.js';
import { belowViewport } from '../../internal/viewport.js';
import { languageAround, LocalizeController, translationFor } from '../../i18n/localize.js';
import { AdSlotErrorEvent } from './events.js';
import type { AdFill } from './fill.js';
import { MIN_REFRESH, registerAdProvider } from './provider.js';
import { styles } from './ad-slot.styles.js';

const DEFAULT_SIZES = '300x250';

/** Height reserved for `fluid` sizes, whose real height is only known after the fill. */
const FLUID_HEIGHT = 250;

// The providers that ship, as lazy chunks: their code loads when a slot first asks for them.
registerAdProvider('frame', () => import('./providers/frame.js').then(({ frameProvider }) => frameProvider));
registerAdProvider('gpt', () =>
  import('./providers/gpt.js').then(({ gptProvider }) =>
    gptProvider({ script: document.querySelector<HTMLMetaElement>('meta[name="news-elements-gpt"]')?.content || undefined }),
  ),
);

/**
 * The fill (consent, requests, viewability, refresh) is a lazy chunk: a slot's first render
 * needs only its reserved box, and the code is fetched as soon as the first slot connects,
 * well before a lazy slot nears the viewport.
 */
const fillCode = new Lazy('<ad-slot>', 'ad fill', () => import('./fill.js'));

let instances = 0;

/** The slot is announced as a region, named by its label (`updated()` sets the name). */
function announceAsRegion(internals: ElementInternals): void {
  internals.role = 'region';
}

/** The slot's fill code did not load: it stays empty, and says so as a provider failure would. */
function unfilled(slot: AdSlotElement): void {
  slot.dispatchEvent(new AdSlotErrorEvent(slot.provider?.trim() || 'none', 'the ad code did not load', undefined));
}

/**
 * An ad placement that reserves its space before any fill, so filling it never moves the
 * page. The creative goes into a `<div>` in the slot's light DOM (`container`, with a
 * page-unique id), where ad and verification scripts find and measure it.
 *
 * @summary An ad placement that fills from a real ad stack and never shifts the layout.
 * @tag ad-slot
 *
 * @slot - The creative's container (made by the element), and anything a page writes into the slot itself.
 *
 * @csspart label - The localized "Advertisement" label.
 * @csspart container - The box that reserves the creative's space; the creative is centred in it.
 *
 * @cssproperty [--ad-slot-background=var(--ne-color-surface)] - Background of the reserved box.
 * @cssproperty [--ad-slot-label-color=var(--ne-color-muted)] - Label colour.
 * @cssproperty [--ad-slot-fluid-height=250px] - Height reserved for `fluid` ads.
 * @cssproperty [--ad-slot-margin=var(--ne-space-l)] - Space above and below the slot.
 *
 * @cssstate filled - A creative rendered.
 * @cssstate empty - The provider had no ad (or failed).
 * @cssstate viewable - The creative met the IAB viewability rule.
 *
 * @fires {AdSlotRequestEvent} ad-slot-request - Before the provider is asked: `{ provider, unit, sizes, personalized }`. Cancelable (the page then fills `container` itself).
 * @fires {AdSlotRenderEvent} ad-slot-render - The provider answered: `{ empty, size }`.
 * @fires {AdSlotViewableEvent} ad-slot-viewable - At least 50 % of the creative (30 % above 242,500 px) was in view for one continuous second, the tab visible. Once per fill.
 * @fires {AdSlotErrorEvent} ad-slot-error - The provider threw, rejected, timed out or is not registered: `{ provider, message, error }`; the slot stays empty.
 */
export class AdSlotElement extends LitElement {
  static override styles = styles;

  /** The news-elements version this class comes from. */
  static readonly version: string = VERSION;

  /** Registers the element (default tag `ad-slot`) unless the tag is taken; `<news-article>` creates its slots under the tag it got. */
  static define(tag = 'ad-slot', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  static override properties = {
    sizes: {},
    unit: {},
    provider: {},
    src: {},
    label: {},
    loading: {},
    margin: {},
    refresh: { type: Number },
    collapse: {},
    targeting: {},
    timeout: { type: Number },
  };

  /**
   * Creative sizes: `"300x250 336x280"`, per viewport `"(min-width: 768px) 728x90, 300x250"`, or `fluid`. Default `300x250`.
   * @default "300x250"
   */
  declare sizes?: string;

  /** The ad unit path, e.g. `/1234/news/article`. */
  declare unit?: string;

  /**
   * The ad stack: `gpt`, `frame`, `none` (default) or a name registered with `registerAdProvider()`.
   * @default "none"
   */
  declare provider?: string;

  /** The creative's URL, for the `frame` provider. */
  declare src?: string;

  /**
   * The label above the ad. Default: "Advertisement" in the slot's language (ad policies allow only that meaning).
   * @default "Advertisement" (in the slot's language)
   */
  declare label?: string;

  /**
   * `lazy` (default): nothing is requested until the slot is within `margin` of the viewport; `eager`: at once.
   * @default "lazy"
   */
  declare loading?: 'lazy' | 'eager';

  /**
   * How near the viewport a lazy slot requests its ad, in `px` or `%` of the viewport. Default `100%` (one viewport).
   * @default "100%"
   */
  declare margin?: string;

  /** Seconds between refreshes (at least 30), counted only while the creative is viewable and the tab visible. Default: no refresh. */
  declare refresh?: number;

  /**
   * `never` (default) keeps an unfilled slot's box and label; `empty` collapses it, only once it is entirely below the viewport.
   * @default "never"
   */
  declare collapse?: 'never' | 'empty';

  /** Key-values for the ad request, as a JSON object: `{"section": "sport", "tags": ["a", "b"]}`. */
  declare targeting?: string;

  /** Milliseconds the provider has to answer and render. Default 10000. */
  declare timeout: number;

  readonly #internals = this.attachInternals();
  #fill?: AdFill;
  /** The fill's code did not load: the slot stays empty. */
  #unfilled = false;
  #rules: AdSizeRule[] = parseAdSizes(DEFAULT_SIZES)!;
  #queries: MediaQueryList[] = [];
  /** The space reserved, measured when the sizes or the viewport change (not per render). */
  #reserved = { width: 300, height: 250, fluid: false };
  #container?: HTMLElement;
  /** Waits for the slot to be entirely below the viewport, where the changes that move what follows it may happen. */
  #below?: IntersectionObserver;
  /** The viewport changed the sizes that apply while the slot was in or above the viewport. */
  #remeasure = false;
  #collapsed = false;
  readonly #onMediaChange = () => this.#measureWhenSafe();

  constructor() {
    super();
    new LocalizeController(this);
    this.timeout = 10000;
    announceAsRegion(this.#internals);
  }

  /** The `<div>` in the light DOM that the creative goes into (its id is the slot's id plus `-container`, or a page-unique one). */
  get container(): HTMLElement {
    if (!this.#container) {
      const div = document.createElement('div');
      div.dataset.adContainer = '';
      div.id = `${this.id || `ad-slot-${COPY_ID}-${++instances}`}-container`;
      this.#container = div;
    }
    return this.#container;
  }

  /** The label as shown: `label`, else "Advertisement" in the slot's language. */
  get shownLabel(): string {
    return this.label ?? translationFor(languageAround(this)).advertisement;
  }

  /** The `sizes` as parsed (the default when missing or invalid). */
  get rules(): readonly AdSizeRule[] {
    return this.#rules;
  }

  /** The height of the box the creative is shown in, now: the reservation, the tallest creative shown, or the creative in it when taller. */
  get boxHeight(): number {
    const box = this.renderRoot?.querySelector<HTMLElement>('[part="container"]');
    return Math.max(this.#reserved.width ? this.#reserved.height : 0, this.#fill?.tallest ?? 0, box?.clientHeight ?? 0);
  }

  /** The space reserved now, at the current viewport: the smallest width and height of the sizes that apply (`fluid`: no width, `--ad-slot-fluid-height`). */
  get reservedSize(): { width: number; height: number; fluid: boolean } {
    return { ...this.#reserved };
  }

  override connectedCallback(): void {
    if (this.container.parentNode !== this) this.prepend(this.container);
    super.connectedCallback();
    this.#watch();
    if (this.#remeasure) this.#watchBelow();
    if (!this.#fill) void this.#loadFill();
  }

  /** Loads the fill's code and starts it (as a controller, it follows the slot's connections from then on). */
  async #loadFill(): Promise<void> {
    const code = await fillCode.get();
    if (this.#fill) return;
    if (code) {
      this.#fill = new code.AdFill(this);
    } else if (!this.#unfilled) {
      this.#unfilled = true;
      this.requestUpdate();
      unfilled(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const query of this.#queries) query.removeEventListener('change', this.#onMediaChange);
    this.#below?.disconnect();
    this.#below = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sizes')) {
      const rules = parseAdSizes(this.sizes ?? DEFAULT_SIZES);
      if (!rules) console.warn(`<ad-slot>: sizes="${this.sizes}" is not valid; reserving ${DEFAULT_SIZES}.`);
      this.#rules = rules ?? parseAdSizes(DEFAULT_SIZES)!;
      this.#watch();
      this.#measure();
    }
    if (changed.has('collapse') && this.collapse !== 'empty') this.#collapsed = false;
    if (changed.has('refresh') && this.refresh != null && !(this.refresh >= MIN_REFRESH)) {
      console.warn(`<ad-slot>: refresh="${this.refresh}" is not a number of seconds of at least ${MIN_REFRESH}; the ad is not refreshed.`);
    }
  }

  protected override updated(): void {
    const status = this.#unfilled ? 'empty' : (this.#fill?.status ?? 'idle');
    setStates(this.#internals, {
      filled: status === 'filled',
      empty: status === 'empty',
      viewable: !!this.#fill?.viewable,
      collapsed: this.#collapsed,
    });
    this.#internals.ariaLabel = this.shownLabel;
    // An unfilled slot collapses only where that cannot move what the reader sees.
    if (this.#collapsible()) this.#watchBelow();
  }

  /** Re-measures when a media query of the sizes starts or stops matching. */
  #watch(): void {
    for (const query of this.#queries) query.removeEventListener('change', this.#onMediaChange);
    if (!this.isConnected) return;
    this.#queries = this.#rules.filter((rule) => rule.media).map((rule) => matchMedia(rule.media!));
    for (const query of this.#queries) query.addEventListener('change', this.#onMediaChange);
  }

  #measure(): void {
    const byQuery = new Map(this.#queries.map((query) => [query.media, query.matches]));
    const { sizes, fluid } = currentAdSizes(this.#rules, (media) => byQuery.get(media) ?? matchMedia(media).matches);
    const next = sizes.length
      ? { width: Math.min(...sizes.map((size) => size.width)), height: Math.min(...sizes.map((size) => size.height)), fluid }
      : { width: 0, height: FLUID_HEIGHT, fluid };
    if (next.width === this.#reserved.width && next.height === this.#reserved.height && next.fluid === this.#reserved.fluid) return;
    this.#reserved = next;
    this.requestUpdate();
  }

  #collapsible(): boolean {
    return this.collapse === 'empty' && (this.#unfilled || this.#fill?.status === 'empty') && !this.#collapsed;
  }

  /** The viewport changed: a new reservation applies at once below the viewport, else once the slot is below it. */
  #measureWhenSafe(): void {
    if (belowViewport(this)) return this.#measure();
    this.#remeasure = true;
    this.#watchBelow();
  }

  /**
   * Once the slot is entirely below the viewport (now, or when the reader scrolls it there),
   * applies what waited for that: a new reservation, and collapse="empty". One observer for
   * both; what is pending is read when it reports.
   */
  #watchBelow(): void {
    if (this.#below) return;
    this.#below = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1]!;
      if (entry.isIntersecting || entry.boundingClientRect.top < (entry.rootBounds?.bottom ?? innerHeight)) return;
      this.#below?.disconnect();
      this.#below = undefined;
      if (this.#remeasure) {
        this.#remeasure = false;
        this.#measure();
      }
      if (this.#collapsible()) this.#collapsed = true;
      this.requestUpdate();
    });
    this.#below.observe(this);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.#collapsed) return nothing;
    const { width, height } = this.#reserved;
    // A box never shrinks under a creative it has shown: a smaller refresh would pull up what follows, or move its edges.
    const tallest = this.#fill?.tallest ?? 0;
    const box = inline({
      'min-block-size': width
        ? `${Math.max(height, tallest)}px`
        : tallest
          ? `max(var(--ad-slot-fluid-height, ${FLUID_HEIGHT}px), ${tallest}px)`
          : `var(--ad-slot-fluid-height, ${FLUID_HEIGHT}px)`,
      'min-inline-size': width ? `min(${Math.max(width, this.#fill?.widest ?? 0)}px, 100%)` : undefined,
    });
    return html`<span part="label" aria-hidden="true">${this.shownLabel}</span>
      <div part="container" ${box}><slot></slot></div>`;
  }
}

warnIfNeverDefined('ad-slot', AdSlotElement);

declare global {
  interface HTMLElementTagNameMap {
    'ad-slot': AdSlotElement;
  }
}
