import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { Article, ArticleIssue } from '../../article/types.js';
import { defineElement, VERSION, warnIfNeverDefined } from '../../internal/define.js';
import { setStates } from '../../internal/states.js';
import { directionOf, languageAround, LocalizeController, translationFor } from '../../i18n/localize.js';
import { ArticleInput } from './article-input.js';
import { NewsArticleErrorEvent, NewsArticleLoadEvent } from './events.js';
import { AdSlots } from './ad-slots.js';
import { styles } from './news-article.styles.js';
import { renderFooter } from './footer.js';
import { renderHeader } from './header.js';
import { renderError, renderSkeleton, stateStyles } from './states.js';
import { buildView, type ArticleView } from './view.js';
import { ReaderFeatures } from './reader.js';
import { readerStyles } from './reader.styles.js';

/**
 * Renders a whole news article from Article JSON: header, body blocks, footer.
 *
 * @summary A news article rendered from Article JSON, safely, in any language.
 * @tag news-article
 *
 * @slot - Fallback content shown until an article is given (and without JavaScript). A child
 *   `<script type="application/json">` here is read as the article.
 * @slot ad-{n} - Made by the element, not by pages: the n-th ad block's `<ad-slot slot="ad-n">`,
 *   kept in the light DOM where ad scripts can find it, and shown in its place in the body.
 *
 * Input, first one given wins: the `article` property or attribute, `src`, a child
 * `<script type="application/json">`. While `src` loads the element shows a skeleton of
 * reserved height; a failure shows the localized error box (with a retry button for `src`).
 *
 * @csspart article - The `<article>` element around everything.
 * @csspart header - Kicker, headline, subheadline, meta line and lead image.
 * @csspart kicker - The section name above the headline.
 * @csspart headline - The `<h1>`.
 * @csspart subheadline - The standfirst under the headline.
 * @csspart meta - The line with byline, dates and reading time.
 * @csspart byline - "By …" with author links.
 * @csspart author - One author link.
 * @csspart date - The publication date.
 * @csspart updated - The modification date.
 * @csspart reading-time - The estimated reading time.
 * @csspart figure - An image with its caption (lead image, image blocks).
 * @csspart lead-figure - The lead image's figure (also has part `figure`).
 * @csspart image-frame - The box that reserves an image's space.
 * @csspart image - An `<img>`.
 * @csspart caption - An image caption (`<figcaption>`).
 * @csspart credit - An image credit.
 * @csspart body - The container of the body blocks.
 * @csspart paragraph - A paragraph block.
 * @csspart heading - A heading block (`h2`–`h4`).
 * @csspart quote - A quote block (`<figure>` with a `<blockquote>`).
 * @csspart quote-cite - The source of a quote.
 * @csspart list - A list block (`ul` or `ol`).
 * @csspart list-item - One item of a list block (`::part(list-item)::marker` styles its bullet or number).
 * @csspart embed - The box of an allowed embed (sandboxed iframe).
 * @csspart embed-link - The link that replaces an embed from a host that is not allowed.
 * @csspart divider - A divider block (`<hr>`).
 * @csspart ad - The place of an ad in the body. The `<ad-slot>` itself is in the light DOM, so its own parts need no re-export: `news-article > ad-slot::part(label)`.
 * @csspart gallery-figure - A gallery block's `<figure>`.
 * @csspart gallery-title - A gallery block's title (above the gallery).
 * @csspart gallery-description - A gallery block's caption (below the gallery).
 * @csspart gallery - The `<image-gallery>` element.
 * @csspart gallery-base - The gallery's `base` part, re-exported: the gallery's outer box.
 * @csspart gallery-viewport - The gallery's `viewport` part, re-exported: the scrolling strip of slides.
 * @csspart gallery-slide - The gallery's `slide` part, re-exported: one slide.
 * @csspart gallery-frame - The gallery's `frame` part, re-exported: the box that holds a slide's image.
 * @csspart gallery-image - The gallery's `image` part, re-exported: a slide's image.
 * @csspart gallery-image-button - The gallery's `image-button` part, re-exported: the button around an image that opens the lightbox.
 * @csspart gallery-caption - The gallery's `caption` part, re-exported: the caption of a slide (below its image).
 * @csspart gallery-credit - The gallery's `credit` part, re-exported: a slide's photo credit.
 * @csspart gallery-controls - The gallery's `controls` part, re-exported: the previous/next/counter bar.
 * @csspart gallery-previous - The gallery's `previous` part, re-exported: the previous button.
 * @csspart gallery-next - The gallery's `next` part, re-exported: the next button.
 * @csspart gallery-counter - The gallery's `counter` part, re-exported: the "2 / 5" counter.
 * @csspart gallery-thumbnails - The gallery's `thumbnails` part, re-exported: the row of thumbnails.
 * @csspart gallery-thumbnail - The gallery's `thumbnail` part, re-exported: one thumbnail button.
 * @csspart gallery-play-pause - The gallery's `play-pause` part, re-exported: the autoplay button.
 * @csspart gallery-lightbox - The gallery's `lightbox` part, re-exported: the lightbox dialog.
 * @csspart gallery-lightbox-controls - The gallery's `lightbox-controls` part, re-exported: the lightbox's top bar.
 * @csspart gallery-lightbox-counter - The gallery's `lightbox-counter` part, re-exported: the lightbox's "2 / 5".
 * @csspart gallery-lightbox-stage - The gallery's `lightbox-stage` part, re-exported: the zoomable area around the lightbox's image.
 * @csspart gallery-lightbox-image - The gallery's `lightbox-image` part, re-exported: the lightbox's image.
 * @csspart gallery-lightbox-caption - The gallery's `lightbox-caption` part, re-exported: the lightbox's caption and credit.
 * @csspart gallery-lightbox-credit - The gallery's `lightbox-credit` part, re-exported: the lightbox's credit.
 * @csspart gallery-lightbox-previous - The gallery's `lightbox-previous` part, re-exported: the lightbox's previous button.
 * @csspart gallery-lightbox-next - The gallery's `lightbox-next` part, re-exported: the lightbox's next button.
 * @csspart gallery-close - The gallery's `close` part, re-exported: the lightbox's close button.
 * @csspart footer - Tags, follow links and copyright.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart follow - The "Connect with us" navigation.
 * @csspart follow-title - Its heading.
 * @csspart follow-link - One social profile link.
 * @csspart copyright - The copyright line.
 * @csspart attribution - "Originally published by <publisher>", linking to the original (`syndicated`).
 * @csspart share - The share buttons (`share`).
 * @csspart share-link - One network's share link (WhatsApp, X, Facebook, Telegram, e-mail).
 * @csspart share-button - The "Share" button (Web Share API) or the "Copy link" button.
 * @csspart share-status - The polite "Link copied" confirmation.
 * @csspart protect-notice - The polite "Content is protected" notice (`copy="protect"`).
 * @csspart error - The error box shown when the article cannot be rendered.
 * @csspart error-message - The error box's localized message.
 * @csspart error-details - The error box's disclosure listing what was wrong (`<details>`, in English).
 * @csspart retry-button - The error box's "Try again" button (articles loaded from `src`).
 * @csspart skeleton - The placeholder shown while `src` loads.
 *
 * @cssproperty [--news-article-font-size=1.125em] - Body text size (em: of the reader's default size), times the script's factor (1.1 for Arabic script).
 * @cssproperty [--news-article-headline-size=clamp(1.75em, 1.2em + 2.5vw, 2.75em)] - Headline size.
 * @cssproperty [--news-article-image-ratio] - Forces one aspect ratio on body images (cropped around their focal point).
 * @cssproperty [--news-article-skeleton-height=100vh] - The height the loading skeleton reserves; set it to about your articles' first screen.
 *
 * @cssstate loading - `src` is being fetched (the skeleton shows), or the HTML children are being read (they show meanwhile).
 * @cssstate error - The error box is shown: the input could not be rendered (HTML children that cannot be read stay on screen instead, in no state).
 * @cssstate ready - An article rendered (also one with warnings).
 *
 * @fires {NewsArticleLoadEvent} news-article-load - The article rendered: `{ article, warnings }`.
 * @fires {NewsArticleErrorEvent} news-article-error - The input could not be rendered: `{ kind, status?, errors }`; the error box is shown.
 * @fires {NewsArticleProgressEvent} news-article-progress - The reader reached 25, 50, 75 or 100 % of the body: `{ percent }`; once each per article.
 * @fires {NewsArticleShareEvent} news-article-share - The reader activated a share control: `{ network }`. Cancelable (cancelling stops the share).
 * @fires {NewsArticleCopyEvent} news-article-copy - The reader copied body text and the `copy` mode acts on it: `{ mode }`. Cancelable (cancelling lets the copy through unchanged).
 */
export class NewsArticleElement extends LitElement {
  static override styles = [styles, stateStyles, readerStyles];

  /** The version of news-elements this class belongs to. */
  static readonly version: string = VERSION;

  /** Registers the element (default tag `news-article`) unless the tag is taken. */
  static define(tag = 'news-article', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  static override properties = {
    article: {},
    src: {},
    crossOrigin: { attribute: 'crossorigin' },
    timeout: { type: Number },
    format: {},
    timeZone: { attribute: 'time-zone' },
    ads: {},
    adEvery: { type: Number, attribute: 'ad-every' },
    adUnit: { attribute: 'ad-unit' },
    adProvider: { attribute: 'ad-provider' },
    adSizes: { attribute: 'ad-sizes' },
    syndicated: { type: Boolean },
    copy: {},
    share: { type: Boolean },
  };

  /** The article: an `Article` object, or (as the attribute) its JSON text. An empty attribute is an error. */
  declare article?: Article | string | null;

  /**
   * URL of the article's JSON, fetched with CORS. Relative image and link URLs in it resolve
   * against this URL. Changing it aborts the request in flight.
   */
  declare src?: string | null;

  /** `use-credentials` sends cookies with a cross-origin `src` request; otherwise none are sent. */
  declare crossOrigin?: 'anonymous' | 'use-credentials' | null;

  /** Milliseconds before a `src` request is given up (headers and body). Default 15000. */
  declare timeout: number;

  /**
   * The format of what `src` serves, when it is not Article JSON: `wordpress` (a REST API
   * post), `ans` (Arc XP), `anf` (Apple News Format), `optimo` (BBC), `jsonld` (a NewsArticle,
   * or a page that holds one) or `html`. Its importer loads on demand. Without it, a response
   * that is not Article JSON is imported when its format can be told apart.
   */
  declare format?: string;

  /** IANA time zone for dates, e.g. `Asia/Kolkata`. Default: the reader's. */
  declare timeZone?: string;

  /** `auto` inserts ads every `ad-every` paragraphs where the body has none; `none` shows no ads. Default: the body's own ad blocks. */
  declare ads?: 'auto' | 'none';

  /** Paragraphs between inserted ads when `ads="auto"`. Default 4. */
  declare adEvery: number;

  /** Default ad unit path for the article's ad slots. */
  declare adUnit?: string;

  /** Default ad provider for the article's ad slots. */
  declare adProvider?: string;

  /** Default sizes for the article's ad slots, as `<ad-slot sizes>`. */
  declare adSizes?: string;

  /**
   * The article is shown on a partner's page: an "Originally published by <publisher>" line
   * links to the original `url`, and no NewsArticle JSON-LD is written (the original has it).
   * Without it, one `<script type="application/ld+json">` NewsArticle is kept in the light DOM.
   * @default false
   */
  declare syndicated?: boolean;

  /**
   * `attribute` appends "Read more: <url>" and the publisher to body text the reader copies
   * (plain and HTML flavours); `protect` cancels copying of body text (nothing is written to
   * the clipboard) and shows a polite "Content is protected" notice. Neither disables
   * selection, the context menu or assistive technology. Default: copying is left alone.
   * The code of both modes loads when the attribute is set: a copy in the first moments,
   * before it has arrived, is left to the browser.
   */
  declare copy?: 'attribute' | 'protect';

  /**
   * Show share buttons for the article's `url`: the Web Share API where the browser has it,
   * else links to WhatsApp, X, Facebook, Telegram and e-mail plus "Copy link". Nothing is
   * shown for an article without a `url`.
   * @default false
   */
  declare share?: boolean;

  readonly #input = new ArticleInput(this);
  #view?: ArticleView;
  #viewStrings = -1;
  /** After "Try again", focus follows the result (the button itself goes away). */
  #refocus = false;
  readonly #localize = new LocalizeController(this);
  readonly #adSlots = new AdSlots(this);
  readonly #reader = new ReaderFeatures(this, () => this.#view);
  readonly #internals = this.attachInternals();

  constructor() {
    super();
    this.adEvery = 4;
    this.timeout = 15000;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#input.update(changed);
    const state = this.#input.state;
    if (state.status === 'ready') {
      // Rebuilt when the article, the ad settings or the translations change.
      if (this.#input.unannounced || changed.has('ads') || changed.has('adEvery') || this.#viewStrings !== this.#localize.version) {
        this.#view = { ...buildView(state.article, state.warnings, this.ads, this.adEvery, state.baseURL), fromChildren: state.fromChildren };
        this.#viewStrings = this.#localize.version;
      }
      const view = this.#view!;
      this.#adSlots.place(view.ads, {
        lang: view.lang, dir: view.dir, unit: this.adUnit, provider: this.adProvider, sizes: this.adSizes,
      });
    } else {
      this.#view = undefined;
      this.#adSlots.place([], {});
    }
  }

  protected override updated(): void {
    const state = this.#input.state;
    setStates(this.#internals, {
      loading: state.status === 'loading',
      error: state.status === 'error' && !state.fromChildren,
      ready: state.status === 'ready',
    });
    if (this.#refocus && state.status !== 'loading') {
      this.#refocus = false;
      const target = this.renderRoot.querySelector<HTMLElement>(state.status === 'ready' ? '[part="article"]' : '[part="retry-button"]');
      target?.focus();
    }
    // Only ready and error states are ever unannounced.
    if (!this.#input.unannounced || (state.status !== 'ready' && state.status !== 'error')) return;
    this.#input.unannounced = false;
    // One dispatch of either event (the manifest documents both through @fires).
    this.dispatchEvent(
      state.status === 'ready'
        ? new NewsArticleLoadEvent(state.article, this.#view!.warnings)
        : new NewsArticleErrorEvent(state.kind, state.errors, state.httpStatus),
    );
  }

  /** Warnings of the article as last rendered. */
  get warnings(): readonly ArticleIssue[] {
    return this.#view?.warnings ?? [];
  }

  /** Loads `src` again, as the error box's "Try again" button does. */
  retry(): void {
    this.#input.retry();
  }

  #retry = (): void => {
    this.#refocus = true;
    this.retry();
    // Focus would fall to the page with the button gone: hold it on the skeleton meanwhile.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="skeleton"]')?.focus());
  };

  protected override render(): TemplateResult {
    const state = this.#input.state;
    // Nothing yet, or HTML children being read (or unreadable): the children are what shows.
    if (state.status === 'empty' || (state.status === 'loading' && !state.src) || (state.status === 'error' && state.fromChildren)) return html`<slot></slot>`;
    if (state.status !== 'ready') {
      const lang = languageAround(this);
      const dir = directionOf(lang);
      const strings = translationFor(lang);
      return state.status === 'loading' ? renderSkeleton(lang, dir, strings) : renderError(state, lang, dir, strings, this.#retry);
    }
    const view = this.#view!;
    return html`<article part="article" lang=${view.lang} dir=${view.dir} aria-labelledby="headline" tabindex="-1">
      ${renderHeader(view, this.timeZone)}
      <div part="body" class="body">${view.body}</div>
      ${renderFooter(view, this.#reader.footer(view))}
    </article>`;
  }
}

warnIfNeverDefined('news-article', NewsArticleElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
