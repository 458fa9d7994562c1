import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { parseArticle, type ArticleResult } from '../../article/validate.js';
import type { Article, ArticleIssue } from '../../article/types.js';
import { defineElement } from '../../internal/define.js';
import { directionOf, languageAround, LocalizeController, translationFor } from '../../i18n/localize.js';
import { NewsArticleErrorEvent, NewsArticleLoadEvent } from './events.js';
import { AdSlots } from './ad-slots.js';
import { styles } from './news-article.styles.js';
import { renderFooter } from './footer.js';
import { renderHeader } from './header.js';
import { buildView, type ArticleView } from './view.js';

/**
 * Renders a whole news article from Article JSON: header, body blocks, footer.
 *
 * @summary A news article rendered from Article JSON, safely, in any language.
 * @tag news-article
 *
 * @slot - Fallback content shown until an article is given (and without JavaScript). A child
 *   `<script type="application/json">` here is read as the article.
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
 * @csspart embed - The box of an allowed embed (sandboxed iframe).
 * @csspart embed-link - The link that replaces an embed from a host that is not allowed.
 * @csspart divider - A divider block (`<hr>`).
 * @csspart ad - The place of an ad in the body (the `<ad-slot>` itself is in the light DOM).
 * @csspart gallery-figure - A gallery block's `<figure>`.
 * @csspart gallery-title - A gallery's title.
 * @csspart gallery-caption - A gallery's caption.
 * @csspart gallery - The `<image-gallery>` element.
 * @csspart footer - Tags, follow links and copyright.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart follow - The "Connect with us" navigation.
 * @csspart follow-title - Its heading.
 * @csspart follow-link - One social profile link.
 * @csspart copyright - The copyright line.
 * @csspart error - The error box shown when the article cannot be rendered.
 *
 * @cssproperty [--ne-font-body] - Body font stack (default: script-aware serif/sans stacks).
 * @cssproperty [--ne-font-heading] - Headline and heading font stack.
 * @cssproperty [--ne-color-text=light-dark(#1b1b1b, #ececec)] - Text colour.
 * @cssproperty [--ne-color-muted=light-dark(#595959, #b0b0b0)] - Secondary text (meta, captions).
 * @cssproperty [--ne-color-accent=light-dark(#b3261e, #ff8a80)] - Kicker and link colour.
 * @cssproperty [--ne-color-border=light-dark(#d9d9d9, #3d3d3d)] - Rules and borders.
 * @cssproperty [--ne-color-surface=light-dark(#f4f4f4, #232323)] - Boxes (image placeholders, quotes, errors).
 * @cssproperty [--ne-measure=65ch] - Line length of the text column.
 * @cssproperty [--news-article-font-size=1.125rem] - Body text size.
 * @cssproperty [--news-article-headline-size=clamp(1.75rem, 1.2rem + 2.5vw, 2.75rem)] - Headline size.
 * @cssproperty [--news-article-image-ratio] - Forces one aspect ratio on body images (cropped around their focal point).
 *
 * @fires news-article-load - The article rendered: `{ article, warnings }`.
 * @fires news-article-error - The input could not be rendered: `{ errors }`; the error box is shown.
 */
export class NewsArticleElement extends LitElement {
  static override styles = styles;

  /** Registers the element (default tag `news-article`) unless the tag is taken. */
  static define(tag = 'news-article', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  static override properties = {
    article: {},
    timeZone: { attribute: 'time-zone' },
    ads: {},
    adEvery: { type: Number, attribute: 'ad-every' },
    adUnit: { attribute: 'ad-unit' },
    adProvider: { attribute: 'ad-provider' },
    adSizes: { attribute: 'ad-sizes' },
    _scriptText: { state: true },
  };

  /** The article: an `Article` object, or (as the attribute) its JSON text. */
  declare article?: Article | string;

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

  /** The JSON text of a child `<script type="application/json">`, if any. */
  declare private _scriptText?: string;

  #result?: ArticleResult;
  #view?: ArticleView;
  #viewStrings = -1;
  #announce = false;
  readonly #localize = new LocalizeController(this);
  readonly #adSlots = new AdSlots(this);
  readonly #observer = new MutationObserver(() => this.#readScript());

  constructor() {
    super();
    this.adEvery = 4;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readScript();
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('article') || changed.has('_scriptText')) {
      const input = this.article ?? this._scriptText;
      this.#result = input === undefined || input === null || input === '' ? undefined : parseArticle(input);
      this.#announce = this.#result !== undefined;
    }
    const result = this.#result;
    if (result?.ok) {
      // Rebuilt when the article, the ad settings or the translations change.
      if (this.#announce || changed.has('ads') || changed.has('adEvery') || this.#viewStrings !== this.#localize.version) {
        this.#view = buildView(result.article, result.warnings, this.ads, this.adEvery);
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
    if (!this.#announce) return;
    this.#announce = false;
    const result = this.#result!;
    this.dispatchEvent(result.ok ? new NewsArticleLoadEvent(result.article, this.#view!.warnings) : new NewsArticleErrorEvent('invalid', result.errors));
  }

  /** Warnings of the article as last rendered. */
  get warnings(): readonly ArticleIssue[] {
    return this.#view?.warnings ?? [];
  }

  #readScript(): void {
    this._scriptText = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  #renderError(errors: ArticleIssue[]): TemplateResult {
    const lang = languageAround(this);
    const strings = translationFor(lang);
    return html`<div part="error" class="error" role="alert" lang=${lang} dir=${directionOf(lang)}>
      <p class="error-title">${strings.errorTitle}</p>
      <details>
        <summary>${strings.errorDetails}</summary>
        <ul lang="en" dir="ltr">
          ${errors.map((error) => html`<li><code>${error.path || '(document)'}</code> ${error.message}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  protected override render(): TemplateResult {
    const result = this.#result;
    if (!result) return html`<slot></slot>`;
    if (!result.ok) return this.#renderError(result.errors);
    const view = this.#view!;
    return html`<article part="article" lang=${view.lang} dir=${view.dir} aria-labelledby="headline">
      ${renderHeader(view, this.timeZone)}
      <div part="body" class="body">${view.body}</div>
      ${renderFooter(view)}
    </article>`;
  }
}
