import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { currentAdSizes, parseAdSizes } from '../../internal/ad-sizes.js';
import { defineElement, VERSION } from '../../internal/define.js';
import { isolationStyles } from '../../internal/isolation.styles.js';
import { styles } from '../../internal/style-properties.js';
import { languageAround, LocalizeController, translationFor } from '../../i18n/localize.js';

const DEFAULT_SIZES = '300x250';

/** Height reserved for `fluid` sizes, whose real height is only known after the fill. */
const FLUID_HEIGHT = 250;

/**
 * An ad placement that reserves its space before any fill, so filling it never moves the
 * page. Ad scripts render into the element itself (its light DOM), which the slot shows.
 *
 * @summary An ad placement that never shifts the layout.
 * @tag ad-slot
 *
 * @slot - Where the creative renders (ad scripts write into the element itself).
 *
 * @csspart label - The localized "Advertisement" label.
 * @csspart container - The box that reserves the creative's space.
 *
 * @cssproperty [--ad-slot-background=var(--ne-color-surface)] - Background of the reserved box.
 * @cssproperty [--ad-slot-label-color=var(--ne-color-muted)] - Label colour.
 * @cssproperty [--ad-slot-fluid-height=250px] - Height reserved for `fluid` ads.
 */
export class AdSlotElement extends LitElement {
  static override styles = [
    isolationStyles,
    css`
    :host {
      contain: layout;
      margin-block: var(--ad-slot-margin, 1.5em);
      text-align: center;
    }
    /*
     * A slot that a component placed (news-article keeps its slots in its light DOM, where page
     * rules such as "news-article > *" reach them) stays shown: important declarations of the
     * element beat the page's, important or not. A slot of the page's own is the page's to hide.
     */
    :host([slot]) {
      display: block !important;
      visibility: visible !important;
      opacity: 1 !important;
    }
    :host([hidden]) {
      display: none !important;
    }
    [part='label'] {
      display: block;
      block-size: 2em;
      font: 0.75em / 2 var(--ne-font-ui, system-ui, sans-serif);
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--ad-slot-label-color, var(--ne-color-muted, light-dark(#595959, #b0b0b0)));
    }
    [part='container'] {
      display: flex;
      align-items: center;
      justify-content: center;
      inline-size: fit-content;
      max-inline-size: 100%;
      margin-inline: auto;
      overflow: hidden;
      background: var(--ad-slot-background, var(--ne-color-surface, light-dark(#f4f4f4, #232323)));
    }
    @media print {
      :host {
        display: none !important;
      }
    }
  `,
  ];

  /** The news-elements version this class comes from. */
  static readonly version: string = VERSION;

  /** Registers the element (default tag `ad-slot`) unless the tag is taken; `<news-article>` creates its slots under the tag it got. */
  static define(tag = 'ad-slot', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  static override properties = {
    sizes: {},
    label: {},
  };

  /** Creative sizes: `"300x250 336x280"`, per viewport `"(min-width: 768px) 728x90, 300x250"`, or `fluid`. Default `300x250`. */
  declare sizes?: string;

  /** The label above the ad. Default: "Advertisement" in the slot's language. */
  declare label?: string;

  #rules = parseAdSizes(DEFAULT_SIZES)!;
  #queries: MediaQueryList[] = [];
  readonly #onMediaChange = () => this.requestUpdate();

  constructor() {
    super();
    new LocalizeController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const query of this.#queries) query.removeEventListener('change', this.#onMediaChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sizes')) {
      const rules = parseAdSizes(this.sizes ?? DEFAULT_SIZES);
      if (!rules) console.warn(`<ad-slot>: sizes="${this.sizes}" is not valid; reserving ${DEFAULT_SIZES}.`);
      this.#rules = rules ?? parseAdSizes(DEFAULT_SIZES)!;
      this.#watch();
    }
  }

  /** The space reserved now, at the current viewport: the smallest width and height of the sizes that apply (`fluid`: no width, `--ad-slot-fluid-height`). */
  get reservedSize(): { width: number; height: number; fluid: boolean } {
    const { sizes, fluid } = currentAdSizes(this.#rules, (media) => matchMedia(media).matches);
    return sizes.length
      ? { width: Math.min(...sizes.map((size) => size.width)), height: Math.min(...sizes.map((size) => size.height)), fluid }
      : { width: 0, height: FLUID_HEIGHT, fluid };
  }

  /** Re-renders when a media query of the sizes starts or stops matching. */
  #watch(): void {
    for (const query of this.#queries) query.removeEventListener('change', this.#onMediaChange);
    this.#queries = this.#rules.filter((rule) => rule.media).map((rule) => matchMedia(rule.media!));
    for (const query of this.#queries) query.addEventListener('change', this.#onMediaChange);
  }

  protected override render(): TemplateResult {
    const { width, height } = this.reservedSize;
    const label = this.label ?? translationFor(languageAround(this)).advertisement;
    const box = styles({
      'min-block-size': width ? `${height}px` : `var(--ad-slot-fluid-height, ${FLUID_HEIGHT}px)`,
      'min-inline-size': width ? `min(${width}px, 100%)` : undefined,
    });
    return html`<span part="label">${label}</span>
      <div part="container" ${box}><slot></slot></div>`;
  }
}
