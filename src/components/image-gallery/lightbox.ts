/**
 * The lightbox of `<image-gallery>`: loaded with `import()` the first time a reader opens
 * one, so galleries that are never opened never pay for it. A modal `<dialog>` in the
 * gallery's shadow root (the rest of the page is inert while it is open; Esc closes it, and
 * focus returns to the current image), with its own stylesheet added to the gallery's
 * (icons and chevrons come from the gallery's).
 *
 * Keys, anywhere in the dialog: ArrowLeft/ArrowRight (mirrored right to left), Home and End
 * change the photo, as in the gallery (the arrows go round). `+` (or `=`) and `-` zoom in
 * and out (100 to 400 %), `0` fits the photo again; a double click toggles 200 % at the
 * pointer. While zoomed, the four arrow keys pan instead (Up and Down still scroll a focused
 * caption), so a reader zooms out (`0`) to change photo. The stage around the photo is
 * focusable and named. A change of photo ("2 of 5", as the gallery says it) and of zoom
 * that the reader made is announced in the dialog's own polite live region (the gallery's
 * is outside the modal dialog, so it is inert while this is open).
 */
import { css, html, nothing, render } from 'lit';
import { formatInteger, intlLocale } from '../../i18n/intl.js';
import { builtInStrings, directionFor, format, languageAround, type Translation } from '../../i18n/localize.js';
import { chevron, cross, icon } from './icons.js';
import { slideForKey } from './keyboard.js';
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
    background: var(--_lb-background);
    color: var(--_lb-color);
  }
  [part='lightbox'][open] {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
  }
  [part='lightbox']::backdrop {
    background: var(--_lb-background);
  }
  [part='lightbox'] :focus-visible {
    outline-color: var(--_lb-accent);
  }
  .lb-bar {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-s);
    padding: var(--_space-s);
    font-family: var(--_ui);
  }
  /* The counter at the bar's start, the buttons at its end: the space is the first button's (the
     counter's own margins are left to right, whatever the bar's direction). */
  .lb-bar .previous {
    margin-inline-start: auto;
  }
  .lb-bar span {
    padding-inline: var(--_space-s);
    font-size: 0.9375em;
    font-variant-numeric: tabular-nums;
  }
  .lb-bar button {
    display: grid;
    place-items: center;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
    border: 1px solid color-mix(in srgb, currentColor 55%, transparent);
    border-radius: 50%;
    background: none;
    color: inherit;
  }
  /* A size container, so that the fitted photo's limits are definite (a percentage of the
     stage's auto-sized grid row is not, and a tall photo would overflow it unzoomed). */
  .lb-stage {
    display: grid;
    place-items: center;
    overflow: auto;
    container-type: size;
    touch-action: pan-x pan-y pinch-zoom;
  }
  .lb-stage:focus-visible {
    outline-color: currentColor;
    outline-offset: -2px;
  }
  [part='lightbox-image'] {
    max-inline-size: 100cqi;
    max-block-size: 100cqb;
    object-fit: contain;
    cursor: zoom-in;
  }
  /* Zoomed, the image gets its size from the script (a multiple of its fitted size). */
  .zoomed [part='lightbox-image'] {
    max-inline-size: none;
    max-block-size: none;
    cursor: zoom-out;
  }
  [part='lightbox-caption'] {
    max-block-size: 30dvh;
    overflow: auto;
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    font: calc(0.9375em * var(--_fs)) / 1.5 var(--_ui);
  }
  [part='lightbox-caption'] a {
    color: var(--_lb-accent);
  }
  [part='lightbox-caption'] [part~='credit'] {
    font-size: 0.867em;
    opacity: 0.8;
  }
  @media print {
    [part='lightbox'][open] {
      display: none;
    }
  }
`;

type ZoomStrings = Required<Pick<Translation, 'zoomableImage' | 'zoomKeys' | 'zoomLevel'>>;

/** The zoom strings, built in here (they load with the lightbox), by primary language (English for any other); a registered translation wins. */
const ZOOM_STRINGS: Record<string, ZoomStrings> = {
  en: { zoomableImage: 'Zoomable image', zoomKeys: '+ and - zoom in and out, 0 fits the image again; when zoomed, the arrow keys move it.', zoomLevel: 'Zoom {percent}' },
  gu: { zoomableImage: 'ઝૂમ કરી શકાય તેવી છબી', zoomKeys: '+ અને - થી ઝૂમ વધારો કે ઘટાડો, 0 થી આખી છબી ફરી બતાવો; ઝૂમ કરેલી છબીને તીર કી વડે ખસેડો.', zoomLevel: 'ઝૂમ {percent}' },
  hi: { zoomableImage: 'ज़ूम की जा सकने वाली तस्वीर', zoomKeys: '+ और - से ज़ूम बढ़ाएँ या घटाएँ, 0 से पूरी तस्वीर फिर दिखाएँ; ज़ूम की गई तस्वीर को तीर कुंजियों से खिसकाएँ।', zoomLevel: 'ज़ूम {percent}' },
  ar: { zoomableImage: 'صورة قابلة للتكبير', zoomKeys: 'اضغط + أو - للتكبير أو التصغير، و0 لعرض الصورة كاملة؛ وحرّك الصورة المكبّرة بمفاتيح الأسهم.', zoomLevel: 'التكبير {percent}' },
};

/** The zoom levels `+` and `-` step through (1 is the fitted photo). */
const ZOOMS = [1, 1.5, 2, 3, 4] as const;

/** The zoom level a key asks for from `zoom`, or `undefined`. */
function zoomForKey(key: string, zoom: number): number | undefined {
  if (key === '0') return 1;
  if (key === '+' || key === '=') return ZOOMS.find((level) => level > zoom) ?? zoom;
  if (key === '-') return ZOOMS.filter((level) => level < zoom).pop() ?? zoom;
  return undefined;
}

/** The photo on screen: the image's box less the bands that `object-fit: contain` leaves around it. */
function photoRect(image: HTMLImageElement): DOMRect {
  const box = image.getBoundingClientRect();
  const width = image.naturalWidth || Number(image.getAttribute('width'));
  const height = image.naturalHeight || Number(image.getAttribute('height'));
  if (!width || !height) return box;
  const scale = Math.min(box.width / width, box.height / height);
  return new DOMRect(box.left + (box.width - width * scale) / 2, box.top + (box.height - height * scale) / 2, width * scale, height * scale);
}

/** Which way each arrow key pans a zoomed photo: physical directions, the same right to left. */
const PAN: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export class Lightbox {
  readonly #dialog = document.createElement('dialog');
  readonly #host: HTMLElement;
  readonly #options: LightboxOptions;
  #index = 0;
  /** The zoom level: 1 shows the whole photo, fitted. */
  #zoom = 1;
  /** The photo's fitted size on screen, measured when it leaves zoom level 1 (zoomed, the image's box is a multiple of it). */
  #fit = { width: 0, height: 0 };
  /** What the dialog's live region says (the photo or the zoom level, after a reader changed it). */
  #announcement = '';
  /** The photo the reader asked for with the dialog's keys or buttons: announced when it is shown. */
  #asked?: number;
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

  /** Shows image `index` (the gallery calls this when its current image changes); another photo starts fitted. */
  show(index: number): void {
    if (!this.#options.slides()[index]) return;
    if (index !== this.#index) this.#resetZoom();
    if (index === this.#asked) this.#announcement = this.#slideOf(index);
    this.#asked = undefined;
    this.#index = index;
    this.#render();
    if (this.#pushed && this.#options.hash) history.replaceState(history.state, '', `#${this.#options.hash(index)}`);
  }

  #render(): void {
    const slides = this.#options.slides();
    const slide = slides[this.#index];
    if (!slide) return;
    const index = this.#index;
    const strings = this.#options.strings();
    const lang = languageAround(this.#host);
    const zoom = builtInStrings(strings, lang, ZOOM_STRINGS);
    const { image } = slide;
    this.#dialog.setAttribute('aria-label', this.#slideOf(index));
    render(
      html`<div part="lightbox-controls" class="lb-bar">
          <span part="lightbox-counter" dir="ltr" aria-hidden="true">${formatInteger(index + 1, lang)} / ${formatInteger(slides.length, lang)}</span>
          <button part="lightbox-previous" class="previous" aria-label=${strings.previousImage} @click=${() => this.#go(index - 1)}>${icon(chevron)}</button>
          <button part="lightbox-next" class="next" aria-label=${strings.nextImage} @click=${() => this.#go(index + 1)}>${icon(chevron)}</button>
          <button part="close" aria-label=${strings.close} @click=${() => this.#dialog.close()}>${icon(cross)}</button>
        </div>
        <div
          part="lightbox-stage"
          class="lb-stage"
          tabindex="0"
          role="group"
          aria-label=${zoom.zoomableImage}
          aria-describedby="lb-zoom-keys"
          @dblclick=${(event: MouseEvent) => this.#zoomTo(this.#zoom > 1 ? 1 : 2, event)}
        >
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
          ? html`<div part="lightbox-caption" tabindex="0" lang=${image.lang ?? nothing} dir=${directionFor(image.lang) ?? nothing}>
              ${slide.caption?.cloneNode(true)}${slide.caption && slide.credit ? '\u2002' : nothing}${slide.credit ? html`<span part="credit lightbox-credit">${slide.credit}</span>` : nothing}
            </div>`
          : nothing}
        <div id="lb-zoom-keys" hidden>${zoom.zoomKeys}</div>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#announcement}</div>`,
      this.#dialog,
    );
  }

  /** Shows image `target`, going round past either end: a reader's action, announced. */
  #go(target: number): void {
    const count = this.#options.slides().length;
    const index = ((target % count) + count) % count;
    this.#asked = index;
    this.#options.go(index);
    // The photo already shown (Home on the first): the gallery has nothing to change, so say it here.
    if (index === this.#index) this.show(index);
  }

  /** "2 of 5" for image `index`, in the words and digits of the gallery's language, as the gallery announces it. */
  #slideOf(index: number): string {
    const lang = languageAround(this.#host);
    const count = this.#options.slides().length;
    return format(this.#options.strings().slideOf, { index: formatInteger(index + 1, lang), count: formatInteger(count, lang) });
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Tab') return this.#keepFocus(event);
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const zoom = zoomForKey(event.key, this.#zoom);
    const pan = this.#zoom > 1 ? PAN[event.key] : undefined;
    if (zoom !== undefined) {
      event.preventDefault();
      this.#zoomTo(zoom);
    } else if (pan && !(pan[1] && (event.target as Element).closest('[part="lightbox-caption"]'))) {
      event.preventDefault();
      this.#pan(pan);
    } else {
      const target = slideForKey(event, this.#host, this.#index, this.#options.slides().length);
      if (target === undefined) return;
      event.preventDefault();
      this.#go(target);
    }
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

  get #stage(): HTMLElement | null {
    return this.#dialog.querySelector('.lb-stage');
  }

  /**
   * Zooms to `level`, keeping one point of the photo where it is on screen: the pointer's
   * (a double click), else the middle of the stage.
   */
  #zoomTo(level: number, pointer?: MouseEvent): void {
    const stage = this.#stage;
    const image = stage?.querySelector('img');
    if (!stage || !image || level === this.#zoom) return;
    const box = stage.getBoundingClientRect();
    const before = photoRect(image);
    if (!before.width || !before.height) return; // not laid out (or no size yet): nothing to scale
    const x = pointer?.clientX ?? box.left + stage.clientWidth / 2;
    const y = pointer?.clientY ?? box.top + stage.clientHeight / 2;
    const clamp = (value: number) => Math.min(Math.max(value, 0), 1);
    const fx = clamp((x - before.left) / before.width);
    const fy = clamp((y - before.top) / before.height);
    if (this.#zoom === 1) this.#fit = { width: before.width, height: before.height };
    this.#zoom = level;
    this.#applyZoom();
    const after = photoRect(image);
    stage.scrollBy({ left: after.left + fx * after.width - x, top: after.top + fy * after.height - y, behavior: 'instant' });
    const lang = languageAround(this.#host);
    const percent = new Intl.NumberFormat(intlLocale(lang), { style: 'percent' });
    this.#announcement = format(builtInStrings(this.#options.strings(), lang, ZOOM_STRINGS).zoomLevel, { percent: percent.format(level) });
    this.#render();
  }

  /** Moves a zoomed photo a tenth of the stage (at least 40 px, as the browser's own arrow scrolling) in direction `[x, y]`. */
  #pan([x, y]: [number, number]): void {
    const stage = this.#stage;
    if (!stage) return;
    const step = (size: number) => Math.max(40, size / 10);
    stage.scrollBy({ left: x * step(stage.clientWidth), top: y * step(stage.clientHeight), behavior: 'instant' });
  }

  /** The photo's size and the stage's class for the current zoom (kept across renders: the template does not own them). */
  #applyZoom(): void {
    const stage = this.#stage;
    const image = stage?.querySelector('img');
    if (!stage || !image) return;
    const zoomed = this.#zoom > 1;
    stage.classList.toggle('zoomed', zoomed);
    image.style.width = zoomed ? `${this.#fit.width * this.#zoom}px` : '';
    image.style.height = zoomed ? `${this.#fit.height * this.#zoom}px` : '';
  }

  #resetZoom(): void {
    this.#zoom = 1;
    this.#announcement = '';
    this.#applyZoom();
  }

  #onClose(): void {
    this.#resetZoom();
    removeEventListener('popstate', this.#onPopState);
    if (this.#pushed) {
      this.#pushed = false;
      history.back();
    }
    this.#options.closed();
    this.#host.dispatchEvent(new Event('image-gallery-close', { bubbles: true, composed: true }));
  }
}
