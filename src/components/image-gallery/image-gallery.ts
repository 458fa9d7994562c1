import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Image } from '../../article/types.js';
import { defineElement, VERSION, warnIfNeverDefined } from '../../internal/define.js';
import { Lazy } from '../../internal/lazy.js';
import { setStates } from '../../internal/states.js';
import { formatInteger } from '../../i18n/intl.js';
import { format, languageAround, LocalizeController, translationFor, type Translation } from '../../i18n/localize.js';
import { AutoplayController, reducedMotion } from './autoplay.js';
import { ImageGalleryChangeEvent } from './events.js';
import { chevron, icon, pause, play } from './icons.js';
import { styles } from './image-gallery.styles.js';
import { slideForKey } from './keyboard.js';
import { renderSlide, renderThumbnails, scrollToSlide, SlideWindow, slideInView, slidesFromChildren, slidesFromImages, type GallerySlide } from './slides.js';

/**
 * An accessible photo gallery: one image at a time with its caption and credit, previous
 * and next buttons, arrow keys (mirrored right to left), Home/End and native swipe, an
 * optional thumbnail strip, autoplay and a full-screen lightbox (loaded when first opened).
 * In the lightbox the same keys change photo, `+` (or `=`) and `-` zoom the photo (up to
 * 400 %) and `0` fits it again; while it is zoomed, the arrow keys pan it instead.
 *
 * Children are input, not slotted content: `<figure><img><figcaption>` or `<img>` children
 * are the fallback without JavaScript, and the images when `images` is not set. A credit
 * inside a figcaption is the element with `part="credit"` or class `credit`.
 *
 * @summary An accessible photo gallery with captions, credits and a lightbox.
 * @tag image-gallery
 *
 *
 * @csspart base - The carousel region around everything.
 * @csspart viewport - The scrolling, snapping box that shows one slide.
 * @csspart slide - One slide (a group around a `<figure>`): image and caption.
 * @csspart frame - The box that reserves a slide's image space.
 * @csspart image - A slide's `<img>`.
 * @csspart image-button - The button around the image that opens the lightbox (with `lightbox`).
 * @csspart caption - A slide's caption.
 * @csspart credit - A slide's credit.
 * @csspart controls - The row with the buttons and the counter.
 * @csspart previous - The previous button.
 * @csspart next - The next button.
 * @csspart counter - "2 / 5".
 * @csspart play-pause - The autoplay button (with `autoplay`).
 * @csspart thumbnails - The thumbnail strip (with `thumbnails`).
 * @csspart thumbnail - One thumbnail button.
 * @csspart lightbox - The full-screen `<dialog>`.
 * @csspart lightbox-controls - The lightbox's top bar: its counter and buttons.
 * @csspart lightbox-counter - The lightbox's "2 / 5".
 * @csspart lightbox-stage - The focusable, scrolling area around the lightbox's image, where it is zoomed and panned.
 * @csspart lightbox-image - The image in the lightbox.
 * @csspart lightbox-caption - The caption and credit in the lightbox.
 * @csspart lightbox-credit - The credit in the lightbox (it also has part `credit`).
 * @csspart lightbox-previous - The lightbox's previous button.
 * @csspart lightbox-next - The lightbox's next button.
 * @csspart close - The lightbox's close button.
 *
 * @cssproperty [--image-gallery-aspect-ratio=3 / 2] - The shape every slide reserves; images are contained in it.
 * @cssproperty [--image-gallery-background=var(--ne-color-surface)] - Behind the images.
 * @cssproperty [--image-gallery-accent=var(--ne-color-accent)] - Buttons, the current thumbnail, caption links and focus rings (default focus rings: `--ne-color-focus`).
 * @cssproperty [--image-gallery-lightbox-background=#0b0b0b] - The lightbox's background (dark whatever the page's scheme; no page token).
 * @cssproperty [--image-gallery-lightbox-color=#f2f2f2] - The lightbox's text and button colour.
 * @cssproperty [--image-gallery-lightbox-accent=#9ecbff] - The lightbox's caption links and focus rings.
 *
 * @cssstate open - The lightbox is open.
 * @cssstate playing - Autoplay is playing (the button offers to pause; a hover holds it without leaving the state).
 *
 * @fires {ImageGalleryChangeEvent} image-gallery-change - The current image changed: `{ index }`.
 * @fires {Event} image-gallery-open - The lightbox opened.
 * @fires {Event} image-gallery-close - The lightbox closed.
 */
export class ImageGalleryElement extends LitElement {
  static override styles = styles;

  /** The news-elements version this class comes from. */
  static readonly version: string = VERSION;

  /** Registers the element (default tag `image-gallery`) unless the tag is taken; `<news-article>` renders its galleries under the tag it got. */
  static define(tag = 'image-gallery', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  static override properties = {
    images: {},
    start: { type: Number },
    loop: { type: Boolean },
    thumbnails: { type: Boolean },
    lightbox: { type: Boolean },
    autoplay: { type: Boolean },
    interval: { type: Number },
    deepLink: { type: Boolean, attribute: 'deep-link' },
    label: {},
    _slides: { state: true },
    _index: { state: true },
    _announcement: { state: true },
  };

  /** The images (Article JSON `Image[]`, or as the attribute its JSON text). Without it, the children are the images. */
  declare images?: Image[] | string;

  /** The index of the image shown first. */
  declare start: number;

  /** Next after the last image goes to the first, and previous before the first to the last. */
  declare loop: boolean;

  /** Shows a strip of thumbnails to pick an image from. */
  declare thumbnails: boolean;

  /** Opens the image full screen on click, Enter or Space. */
  declare lightbox: boolean;

  /** Advances on its own (with a pause button); stops on hover and focus, and under reduced motion. */
  declare autoplay: boolean;

  /** Milliseconds between images with `autoplay`. */
  declare interval: number;

  /** With `lightbox`: the URL hash names the open image, and the Back button closes it. */
  declare deepLink: boolean;

  /** The gallery's accessible name (it is a region landmark: give each gallery of a page its own). Default: "Photo gallery", localized. */
  declare label?: string;

  /** @internal */
  declare private _slides: GallerySlide[];
  /** @internal */
  declare private _index: number;
  /** @internal */
  declare private _announcement: string;

  /** Slides whose image may load. */
  readonly #window = new SlideWindow();
  /** Each slide's caption as shown inline (the slide keeps the pristine copy for the lightbox). */
  #captions: (Node | undefined)[] = [];
  readonly #observer = new MutationObserver(() => {
    if (!this.images) this._slides = slidesFromChildren(this);
  });
  readonly #autoplay = new AutoplayController(this, {
    enabled: () => this.autoplay,
    interval: () => this.interval,
    canAdvance: () => this._slides.length > 1,
    advance: () => this.#go(this._index + 1, false, true),
  });
  /** The lightbox, a lazy chunk loaded on first open. */
  readonly #lightbox = new Lazy('<image-gallery>', 'lightbox', () =>
    import('./lightbox.js').then(({ Lightbox }) => new Lightbox(this, this.shadowRoot!, {
      slides: () => this._slides,
      strings: () => this.#strings(),
      go: (target) => this.#go(target, true),
      hash: this.deepLink ? (i) => `${this.#hashName()}-${i + 1}` : undefined,
      closed: () => this.renderRoot.querySelector<HTMLElement>('[part="slide"]:not([inert]) [part="image-button"]')?.focus(),
    })),
  );

  readonly #internals = this.attachInternals();

  constructor() {
    super();
    new LocalizeController(this);
    // The lightbox says when it opens and closes (on this element: not a nested gallery's).
    for (const [type, open] of [['image-gallery-open', true], ['image-gallery-close', false]] as const) {
      this.addEventListener(type, (event) => {
        if (event.target === this) setStates(this.#internals, { open });
      });
    }
    this.start = 0;
    this.loop = false;
    this.thumbnails = false;
    this.lightbox = false;
    this.autoplay = false;
    this.interval = 5000;
    this.deepLink = false;
    this._slides = [];
    this._index = 0;
    this._announcement = '';
  }

  /** The index of the current image. */
  get index(): number {
    return this._index;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (!this.images) this._slides = slidesFromChildren(this);
    // Both: `beforeprint` for a reader's print, the media query for tools that emulate print.
    addEventListener('beforeprint', this.#print);
    this.#printMedia.addEventListener('change', this.#print);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    removeEventListener('beforeprint', this.#print);
    this.#printMedia.removeEventListener('change', this.#print);
  }

  readonly #printMedia = matchMedia('print');

  /** Printing shows every slide as a grid of figures: every image may load from then on. */
  readonly #print = (): void => {
    this.#window.all(this._slides.length);
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('images') && this.images) this._slides = slidesFromImages(this.images);
    const count = this._slides.length;
    if (!this.hasUpdated || changed.has('_slides')) {
      this._index = Math.min(Math.max(0, Math.trunc(this.start) || 0), Math.max(0, count - 1));
      this.#window.clear();
      this.#captions = this._slides.map((slide) => slide.caption?.cloneNode(true));
    }
    this.#window.reach(this._index, count, this.loop || this.autoplay);
  }

  protected override firstUpdated(): void {
    this.#scrollToCurrent('instant');
    if (this.deepLink && this.lightbox) {
      const match = new RegExp(`^#${this.#hashName()}-(\\d+)$`).exec(location.hash);
      if (match && Number(match[1]) <= this._slides.length) this.open(Number(match[1]) - 1);
    }
  }

  protected override updated(changed: PropertyValues): void {
    setStates(this.#internals, { playing: this.autoplay && this.#autoplay.playing });
    if (changed.has('_index') && changed.get('_index') !== undefined) {
      this.#scrollToCurrent(reducedMotion() ? 'instant' : 'smooth');
      const lightbox = this.#lightbox.value;
      if (lightbox?.isOpen) lightbox.show(this._index);
    }
  }

  /** Shows the next image. */
  next(): void {
    this.#go(this._index + 1, false);
  }

  /** Shows the previous image. */
  previous(): void {
    this.#go(this._index - 1, false);
  }

  /** Shows the image at `index`. */
  goTo(index: number): void {
    this.#go(index, false);
  }

  /** Opens the lightbox at `index` (default: the current image). Loads the lightbox code the first time. */
  open(index = this._index): void {
    if (!this._slides.length) return;
    this.#go(index, false);
    void this.#lightbox.get().then((lightbox) => lightbox?.open(this._index));
  }

  /** Closes the lightbox, if it is open. */
  close(): void {
    this.shadowRoot?.querySelector<HTMLDialogElement>('dialog[open]')?.close();
  }

  #hashName(): string {
    return this.id || 'gallery';
  }

  #strings(): Translation {
    return translationFor(languageAround(this));
  }

  /** Moves to `target` (wrapping with `loop`, or for autoplay); `user` actions are announced. */
  #go(target: number, user: boolean, wrap = this.loop): void {
    const count = this._slides.length;
    if (!count) return;
    const index = wrap ? ((target % count) + count) % count : Math.min(Math.max(target, 0), count - 1);
    if (user) {
      const lang = languageAround(this);
      this._announcement = format(translationFor(lang).slideOf, { index: formatInteger(index + 1, lang), count: formatInteger(count, lang) });
    }
    if (index === this._index) return;
    this._index = index;
    // (A variable, so that the manifest analyzer does not read the argument as an event name.)
    const change = new ImageGalleryChangeEvent(index);
    this.dispatchEvent(change);
  }

  #scrollToCurrent(behavior: ScrollBehavior): void {
    const viewport = this.renderRoot.querySelector<HTMLElement>('[part="viewport"]');
    if (viewport) scrollToSlide(viewport, this._index, behavior);
  }

  /** After a swipe settles, the slide in view is the current one (the element's own scrolls end where it already is). */
  #onScrollEnd(event: Event): void {
    const index = slideInView(event.currentTarget as HTMLElement);
    if (index !== this._index) this.#go(index, true, false);
  }

  /** The inline view's keys (the lightbox, a `<dialog>` in the same shadow root, handles its own). */
  #onKeyDown(event: KeyboardEvent): void {
    if ((event.target as Element).closest?.('dialog')) return;
    const target = slideForKey(event, this, this._index, this._slides.length);
    if (target === undefined) return;
    event.preventDefault();
    this.#go(target, true);
  }

  /** Focus entering the gallery stops autoplay for good, except on the play/pause button itself (so that it can be pressed). */
  #onFocusIn(event: FocusEvent): void {
    if ((event.target as Element).getAttribute('part') !== 'play-pause') this.#autoplay.stop();
  }

  protected override render(): TemplateResult | typeof nothing {
    const slides = this._slides;
    const count = slides.length;
    if (!count) return nothing;
    const lang = languageAround(this);
    const strings = translationFor(lang);
    // Counters and labels in the language's digits (its translation's numberingSystem).
    const number = (n: number) => formatInteger(n, lang);
    const atStart = !this.loop && this._index === 0;
    const atEnd = !this.loop && this._index === count - 1;
    const playing = this.#autoplay.playing;
    return html`<section
      part="base"
      aria-roledescription="carousel"
      aria-label=${this.label ?? strings.gallery}
      @keydown=${this.#onKeyDown}
      @focusin=${this.#onFocusIn}
      @pointerenter=${() => this.#autoplay.hold(true)}
      @pointerleave=${() => this.#autoplay.hold(false)}
    >
      <div part="viewport" class="viewport" tabindex="0" @scrollend=${this.#onScrollEnd}>
        ${slides.map((slide, i) =>
          renderSlide(slide, {
            label: format(strings.slideOf, { index: number(i + 1), count: number(count) }),
            current: i === this._index,
            load: this.#window.has(i),
            caption: this.#captions[i],
            open: this.lightbox ? { label: format(strings.openImage, { index: number(i + 1) }), open: () => this.open(i) } : undefined,
          }),
        )}
      </div>
      <div part="controls" class="controls">
        ${this.autoplay
          ? html`<button part="play-pause" aria-label=${playing ? strings.pauseSlideshow : strings.playSlideshow} @click=${() => this.#autoplay.toggle()}>
              ${icon(playing ? pause : play)}
            </button>`
          : nothing}
        <button part="previous" class="previous" aria-label=${strings.previousImage} aria-disabled=${atStart} @click=${() => this.#go(this._index - 1, true)}>
          ${icon(chevron)}
        </button>
        <span part="counter" dir="ltr" aria-hidden="true">${number(this._index + 1)} / ${number(count)}</span>
        <button part="next" class="next" aria-label=${strings.nextImage} aria-disabled=${atEnd} @click=${() => this.#go(this._index + 1, true)}>
          ${icon(chevron)}
        </button>
      </div>
      ${this.thumbnails
        ? renderThumbnails(slides, this._index, (i) => format(strings.showImage, { index: number(i + 1) }), (i) => this.#go(i, true))
        : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._announcement}</div>
    </section>`;
  }
}

warnIfNeverDefined('image-gallery', ImageGalleryElement);

declare global {
  interface HTMLElementTagNameMap {
    'image-gallery': ImageGalleryElement;
  }
}
