/**
 * The lightbox of `<image-gallery>`: loaded with `import()` the first time a reader opens
 * one, so galleries that are never opened never pay for it. A modal `<dialog>` in the
 * gallery's shadow root (the rest of the page is inert while it is open; Esc closes it, and
 * focus returns to the current image), with its own stylesheet added to the gallery's
 * (icons and chevrons come from the gallery's).
 */
import { css, html, nothing, render, svg } from 'lit';
import { intlLocale } from '../../i18n/intl.js';
import { format, languageAround, type Translation } from '../../i18n/localize.js';
import type { GallerySlide } from './slides.js';

export interface LightboxOptions {
  slides(): readonly GallerySlide[];
  strings(): Translation;
  /** Shows image `index` in the gallery (a reader's action: announced, and the change event fires). */
  go(index: number): void;
  /** With deep links: the hash (without `#`) that names image `index`. */
  hash?: (index: number) => string;
  /** After closing: focus goes back to the image now current (the one that opened the lightbox may be off screen). */
  closed(): void;
}

const styles = css`
  [part='lightbox'] {
    inline-size: 100vw;
    max-inline-size: none;
    block-size: 100dvh;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: #0b0b0b;
    color: #f2f2f2;
  }
  [part='lightbox'][open] {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
  }
  [part='lightbox']::backdrop {
    background: #0b0b0b;
  }
  .lb-bar {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em;
    padding: 0.5em;
    font-family: var(--ne-font-ui, system-ui, sans-serif);
  }
  .lb-bar span {
    margin-inline-end: auto;
    padding-inline: 0.53em;
    font-size: 0.9375em;
    font-variant-numeric: tabular-nums;
  }
  .lb-bar button {
    display: grid;
    place-items: center;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
    border: 1px solid #8a8a8a;
    border-radius: 50%;
    background: none;
    color: inherit;
  }
  .lb-stage {
    display: grid;
    place-items: center;
    overflow: auto;
    touch-action: pan-x pan-y pinch-zoom;
  }
  [part='lightbox-image'] {
    max-inline-size: 100%;
    max-block-size: 100%;
    object-fit: contain;
    cursor: zoom-in;
  }
  .zoomed [part='lightbox-image'] {
    max-inline-size: none;
    max-block-size: none;
    inline-size: 200%;
    block-size: auto;
    cursor: zoom-out;
  }
  [part='lightbox-caption'] {
    max-block-size: 30dvh;
    overflow: auto;
    padding: 0.8em 1.07em 1.07em;
    font: 0.9375em/1.5 var(--ne-font-ui, system-ui, sans-serif);
  }
  [part='lightbox-caption'] a {
    color: #9ecbff;
  }
  [part='lightbox-caption'] [part='credit'] {
    margin-inline-start: 0.5em;
    font-size: 0.867em;
    opacity: 0.8;
  }
`;

const CHEVRON = svg`<path d="M9 5l7 7-7 7"/>`;
const CROSS = svg`<path d="M6 6l12 12M18 6L6 18"/>`;

export class Lightbox {
  readonly #dialog = document.createElement('dialog');
  readonly #host: HTMLElement;
  readonly #options: LightboxOptions;
  #index = 0;
  #zoomed = false;
  /** Whether this lightbox pushed the history entry that its hash lives in. */
  #pushed = false;
  readonly #onPopState = () => {
    this.#pushed = false;
    this.#dialog.close();
  };

  constructor(host: HTMLElement, root: ShadowRoot, options: LightboxOptions) {
    this.#host = host;
    this.#options = options;
    if (styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
    this.#dialog.setAttribute('part', 'lightbox');
    this.#dialog.addEventListener('keydown', (event) => this.#onKeyDown(event));
    this.#dialog.addEventListener('close', () => this.#onClose());
    root.append(this.#dialog);
  }

  get isOpen(): boolean {
    return this.#dialog.open;
  }

  /** Opens at `index` (or, when open, shows it). */
  open(index: number): void {
    this.show(index);
    if (this.#dialog.open) return;
    this.#dialog.showModal();
    this.#dialog.querySelector<HTMLElement>('[part="close"]')?.focus();
    if (this.#options.hash) {
      // Opened from its own hash (a shared link): closing should leave a URL that does not reopen it.
      const hash = `#${this.#options.hash(index)}`;
      if (location.hash === hash) history.replaceState(history.state, '', location.pathname + location.search);
      history.pushState(history.state, '', hash);
      this.#pushed = true;
      addEventListener('popstate', this.#onPopState);
    }
    this.#host.dispatchEvent(new Event('image-gallery-open', { bubbles: true, composed: true }));
  }

  /** Shows image `index` (the gallery calls this when its current image changes). */
  show(index: number): void {
    const slides = this.#options.slides();
    const slide = slides[index];
    if (!slide) return;
    if (index !== this.#index) this.#zoomed = false;
    this.#index = index;
    const strings = this.#options.strings();
    const numbers = new Intl.NumberFormat(intlLocale(languageAround(this.#host)));
    const { image } = slide;
    this.#dialog.setAttribute('aria-label', format(strings.slideOf, { index: String(index + 1), count: String(slides.length) }));
    render(
      html`<div class="lb-bar">
          <span dir="ltr" aria-hidden="true">${numbers.format(index + 1)} / ${numbers.format(slides.length)}</span>
          <button part="lightbox-previous" class="previous" aria-label=${strings.previousImage} @click=${() => this.#step(-1)}>
            <svg viewBox="0 0 24 24" aria-hidden="true">${CHEVRON}</svg>
          </button>
          <button part="lightbox-next" class="next" aria-label=${strings.nextImage} @click=${() => this.#step(1)}>
            <svg viewBox="0 0 24 24" aria-hidden="true">${CHEVRON}</svg>
          </button>
          <button part="close" aria-label=${strings.close} @click=${() => this.#dialog.close()}>
            <svg viewBox="0 0 24 24" aria-hidden="true">${CROSS}</svg>
          </button>
        </div>
        <div class="lb-stage ${this.#zoomed ? 'zoomed' : ''}" @dblclick=${(event: MouseEvent) => this.#toggleZoom(event)}>
          <img
            part="lightbox-image"
            src=${image.src}
            srcset=${image.srcset ?? nothing}
            sizes="100vw"
            alt=${image.alt}
            width=${image.width ?? nothing}
            height=${image.height ?? nothing}
          />
        </div>
        ${slide.caption || slide.credit
          ? html`<div part="lightbox-caption" tabindex="0" lang=${image.lang ?? nothing}>
              ${slide.caption?.cloneNode(true)} ${slide.credit ? html`<span part="credit">${slide.credit}</span>` : nothing}
            </div>`
          : nothing}`,
      this.#dialog,
    );
    if (this.#pushed && this.#options.hash) history.replaceState(history.state, '', `#${this.#options.hash(index)}`);
  }

  #step(step: number): void {
    const count = this.#options.slides().length;
    this.#options.go((this.#index + step + count) % count);
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Tab') return this.#keepFocus(event);
    const rtl = getComputedStyle(this.#host).direction === 'rtl';
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    this.#step(rtl ? -step : step);
  }

  /** Tab and Shift+Tab go round inside the dialog instead of out to the browser. */
  #keepFocus(event: KeyboardEvent): void {
    const focusable = Array.from(this.#dialog.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]'));
    const active = (this.#dialog.getRootNode() as ShadowRoot).activeElement;
    const edge = event.shiftKey ? focusable[0] : focusable[focusable.length - 1];
    if (active === edge || !focusable.includes(active as HTMLElement)) {
      event.preventDefault();
      (event.shiftKey ? focusable[focusable.length - 1] : focusable[0])?.focus();
    }
  }

  #toggleZoom(event: MouseEvent): void {
    this.#zoomed = !this.#zoomed;
    const stage = event.currentTarget as HTMLElement;
    stage.classList.toggle('zoomed', this.#zoomed);
    if (this.#zoomed) {
      // Keep the point that was tapped under the finger.
      const box = stage.getBoundingClientRect();
      stage.scrollTo({ left: (event.clientX - box.left) * 2 - box.width / 2, top: (event.clientY - box.top) * 2 - box.height / 2 });
    }
  }

  #onClose(): void {
    removeEventListener('popstate', this.#onPopState);
    if (this.#pushed) {
      this.#pushed = false;
      history.back();
    }
    this.#options.closed();
    this.#host.dispatchEvent(new Event('image-gallery-close', { bubbles: true, composed: true }));
  }
}
