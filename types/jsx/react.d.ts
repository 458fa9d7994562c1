// Generated from custom-elements.json by scripts/jsx-types.mjs (`npm run jsx-types`): do not edit.
/**
 * JSX types of the news-elements custom elements for React 19. Include them once:
 *
 *   import type {} from 'news-elements/jsx-react'; // or "types": ["news-elements/jsx-react"] in tsconfig.json
 *
 * A prop the element has is set as its property, so `article` and `images` take objects, but
 * only once the element is defined: import `news-elements/define` (or call `define()`) before
 * the first render. Attribute names (`time-zone`) are attributes. An `on<event-name>` prop
 * (`onnews-article-load`) listens to that event.
 */
import type { ClassAttributes, HTMLAttributes } from 'react';
import type { AdSlotElement, AdSlotErrorEvent, AdSlotRenderEvent, AdSlotRequestEvent, AdSlotViewableEvent, ImageGalleryChangeEvent, ImageGalleryElement, NewsArticleCopyEvent, NewsArticleElement, NewsArticleErrorEvent, NewsArticleLoadEvent, NewsArticleProgressEvent, NewsArticleShareEvent } from 'news-elements';

/** An event as its handler gets it: `currentTarget` is the element the prop is on. */
export type ElementEvent<E extends Event, T extends HTMLElement> = E & { readonly currentTarget: T };

/** React's props of an HTML element (`className`, `ref`, `children`, `aria-*`, `onClick`…) with the element's own. */
export type ReactElementProps<T extends HTMLElement, P> = Omit<HTMLAttributes<T>, keyof P> & ClassAttributes<T> & P;

/** The own props of `<ad-slot>` (AdSlotElement). */
export interface AdSlotProps {
  /**
   * Creative sizes: `"300x250 336x280"`, per viewport `"(min-width: 768px) 728x90, 300x250"`, or `fluid`. Default `300x250`.
   *
   * @default "300x250"
   */
  sizes?: AdSlotElement['sizes'] | undefined;
  /** The ad unit path, e.g. `/1234/news/article`. */
  unit?: AdSlotElement['unit'] | undefined;
  /**
   * The ad stack: `gpt`, `frame`, `none` (default) or a name registered with `registerAdProvider()`.
   *
   * @default "none"
   */
  provider?: AdSlotElement['provider'] | undefined;
  /** The creative's URL, for the `frame` provider. */
  src?: AdSlotElement['src'] | undefined;
  /**
   * The label above the ad. Default: "Advertisement" in the slot's language (ad policies allow only that meaning).
   *
   * @default "Advertisement" (in the slot's language)
   */
  label?: AdSlotElement['label'] | undefined;
  /**
   * `lazy` (default): nothing is requested until the slot is within `margin` of the viewport; `eager`: at once.
   *
   * @default "lazy"
   */
  loading?: AdSlotElement['loading'] | undefined;
  /**
   * How near the viewport a lazy slot requests its ad, in `px` or `%` of the viewport. Default `100%` (one viewport).
   *
   * @default "100%"
   */
  margin?: AdSlotElement['margin'] | undefined;
  /** Seconds between refreshes (at least 30), counted only while the creative is viewable and the tab visible. Default: no refresh. */
  refresh?: AdSlotElement['refresh'] | undefined;
  /**
   * `never` (default) keeps an unfilled slot's box and label; `empty` collapses it, only once it is entirely below the viewport.
   *
   * @default "never"
   */
  collapse?: AdSlotElement['collapse'] | undefined;
  /** Key-values for the ad request, as a JSON object: `{"section": "sport", "tags": ["a", "b"]}`. */
  targeting?: AdSlotElement['targeting'] | undefined;
  /**
   * Milliseconds the provider has to answer and render. Default 10000.
   *
   * @default 10000
   */
  timeout?: AdSlotElement['timeout'] | undefined;
  /**
   * Before the provider is asked: `{ provider, unit, sizes, personalized }`. Cancelable (the page then fills `container` itself).
   *
   * The `ad-slot-request` event (bubbles, composed).
   */
  'onad-slot-request'?: ((event: ElementEvent<AdSlotRequestEvent, AdSlotElement>) => void) | undefined;
  /**
   * The provider answered: `{ empty, size }`.
   *
   * The `ad-slot-render` event (bubbles, composed).
   */
  'onad-slot-render'?: ((event: ElementEvent<AdSlotRenderEvent, AdSlotElement>) => void) | undefined;
  /**
   * At least 50 % of the creative (30 % above 242,500 px) was in view for one continuous second, the tab visible. Once per fill.
   *
   * The `ad-slot-viewable` event (bubbles, composed).
   */
  'onad-slot-viewable'?: ((event: ElementEvent<AdSlotViewableEvent, AdSlotElement>) => void) | undefined;
  /**
   * The provider threw, rejected, timed out or is not registered: `{ provider, message, error }`; the slot stays empty.
   *
   * The `ad-slot-error` event (bubbles, composed).
   */
  'onad-slot-error'?: ((event: ElementEvent<AdSlotErrorEvent, AdSlotElement>) => void) | undefined;
}

/** The own props of `<image-gallery>` (ImageGalleryElement). */
export interface ImageGalleryProps {
  /** The images (Article JSON `Image[]`, or as the attribute its JSON text). Without it, the children are the images. */
  images?: ImageGalleryElement['images'] | undefined;
  /**
   * The index of the image shown first.
   *
   * @default 0
   */
  start?: ImageGalleryElement['start'] | undefined;
  /**
   * Next after the last image goes to the first, and previous before the first to the last.
   *
   * @default false
   */
  loop?: ImageGalleryElement['loop'] | undefined;
  /**
   * Shows a strip of thumbnails to pick an image from.
   *
   * @default false
   */
  thumbnails?: ImageGalleryElement['thumbnails'] | undefined;
  /**
   * Opens the image full screen on click, Enter or Space.
   *
   * @default false
   */
  lightbox?: ImageGalleryElement['lightbox'] | undefined;
  /**
   * Advances on its own (with a pause button); stops on hover and focus, and under reduced motion.
   *
   * @default false
   */
  autoplay?: ImageGalleryElement['autoplay'] | undefined;
  /**
   * Milliseconds between images with `autoplay`.
   *
   * @default 5000
   */
  interval?: ImageGalleryElement['interval'] | undefined;
  /**
   * With `lightbox`: the URL hash names the open image, and the Back button closes it.
   *
   * Attribute `deep-link`.
   *
   * @default false
   */
  deepLink?: ImageGalleryElement['deepLink'] | undefined;
  /** The gallery's accessible name (it is a region landmark: give each gallery of a page its own). Default: "Photo gallery", localized. */
  label?: ImageGalleryElement['label'] | undefined;
  /**
   * The `deepLink` property as an attribute (what a server renders).
   *
   * With `lightbox`: the URL hash names the open image, and the Back button closes it.
   */
  'deep-link'?: ImageGalleryElement['deepLink'] | undefined;
  /**
   * The current image changed: `{ index }`.
   *
   * The `image-gallery-change` event (bubbles, composed).
   */
  'onimage-gallery-change'?: ((event: ElementEvent<ImageGalleryChangeEvent, ImageGalleryElement>) => void) | undefined;
  /**
   * The lightbox opened.
   *
   * The `image-gallery-open` event (bubbles, composed).
   */
  'onimage-gallery-open'?: ((event: ElementEvent<Event, ImageGalleryElement>) => void) | undefined;
  /**
   * The lightbox closed.
   *
   * The `image-gallery-close` event (bubbles, composed).
   */
  'onimage-gallery-close'?: ((event: ElementEvent<Event, ImageGalleryElement>) => void) | undefined;
}

/** The own props of `<news-article>` (NewsArticleElement). */
export interface NewsArticleProps {
  /** The article: an `Article` object, or (as the attribute) its JSON text. An empty attribute is an error. */
  article?: NewsArticleElement['article'] | undefined;
  /**
   * URL of the article's JSON, fetched with CORS. Relative image and link URLs in it resolve
   * against this URL. Changing it aborts the request in flight.
   */
  src?: NewsArticleElement['src'] | undefined;
  /**
   * `use-credentials` sends cookies with a cross-origin `src` request; otherwise none are sent.
   *
   * Attribute `crossorigin`.
   */
  crossOrigin?: NewsArticleElement['crossOrigin'] | undefined;
  /**
   * Milliseconds before a `src` request is given up (headers and body). Default 15000.
   *
   * @default 15000
   */
  timeout?: NewsArticleElement['timeout'] | undefined;
  /**
   * The format of what `src` serves, when it is not Article JSON: `wordpress` (a REST API
   * post), `ans` (Arc XP), `anf` (Apple News Format), `optimo` (BBC), `jsonld` (a NewsArticle,
   * or a page that holds one) or `html`. Its importer loads on demand. Without it, a response
   * that is not Article JSON is imported when its format can be told apart.
   */
  format?: NewsArticleElement['format'] | undefined;
  /**
   * IANA time zone for dates, e.g. `Asia/Kolkata`. Default: the reader's.
   *
   * Attribute `time-zone`.
   */
  timeZone?: NewsArticleElement['timeZone'] | undefined;
  /** `auto` inserts ads every `ad-every` paragraphs where the body has none; `none` shows no ads. Default: the body's own ad blocks. */
  ads?: NewsArticleElement['ads'] | undefined;
  /**
   * Paragraphs between inserted ads when `ads="auto"`. Default 4.
   *
   * Attribute `ad-every`.
   *
   * @default 4
   */
  adEvery?: NewsArticleElement['adEvery'] | undefined;
  /**
   * Default ad unit path for the article's ad slots.
   *
   * Attribute `ad-unit`.
   */
  adUnit?: NewsArticleElement['adUnit'] | undefined;
  /**
   * Default ad provider for the article's ad slots.
   *
   * Attribute `ad-provider`.
   */
  adProvider?: NewsArticleElement['adProvider'] | undefined;
  /**
   * Default sizes for the article's ad slots, as `<ad-slot sizes>`.
   *
   * Attribute `ad-sizes`.
   */
  adSizes?: NewsArticleElement['adSizes'] | undefined;
  /**
   * The article is shown on a partner's page: an "Originally published by <publisher>" line
   * links to the original `url`, and no NewsArticle JSON-LD is written (the original has it).
   * Without it, one `<script type="application/ld+json">` NewsArticle is kept in the light DOM.
   *
   * @default false
   */
  syndicated?: NewsArticleElement['syndicated'] | undefined;
  /**
   * `attribute` appends "Read more: <url>" and the publisher to body text the reader copies
   * (plain and HTML flavours); `protect` cancels copying of body text (nothing is written to
   * the clipboard) and shows a polite "Content is protected" notice. Neither disables
   * selection, the context menu or assistive technology. Default: copying is left alone.
   * The code of both modes loads when the attribute is set: a copy in the first moments,
   * before it has arrived, is left to the browser.
   */
  copy?: NewsArticleElement['copy'] | undefined;
  /**
   * Show share buttons for the article's `url`: the Web Share API where the browser has it,
   * else links to WhatsApp, X, Facebook, Telegram and e-mail plus "Copy link". Nothing is
   * shown for an article without a `url`.
   *
   * @default false
   */
  share?: NewsArticleElement['share'] | undefined;
  /**
   * The `crossOrigin` property as an attribute (what a server renders).
   *
   * `use-credentials` sends cookies with a cross-origin `src` request; otherwise none are sent.
   */
  crossorigin?: NewsArticleElement['crossOrigin'] | undefined;
  /**
   * The `timeZone` property as an attribute (what a server renders).
   *
   * IANA time zone for dates, e.g. `Asia/Kolkata`. Default: the reader's.
   */
  'time-zone'?: NewsArticleElement['timeZone'] | undefined;
  /**
   * The `adEvery` property as an attribute (what a server renders).
   *
   * Paragraphs between inserted ads when `ads="auto"`. Default 4.
   */
  'ad-every'?: NewsArticleElement['adEvery'] | undefined;
  /**
   * The `adUnit` property as an attribute (what a server renders).
   *
   * Default ad unit path for the article's ad slots.
   */
  'ad-unit'?: NewsArticleElement['adUnit'] | undefined;
  /**
   * The `adProvider` property as an attribute (what a server renders).
   *
   * Default ad provider for the article's ad slots.
   */
  'ad-provider'?: NewsArticleElement['adProvider'] | undefined;
  /**
   * The `adSizes` property as an attribute (what a server renders).
   *
   * Default sizes for the article's ad slots, as `<ad-slot sizes>`.
   */
  'ad-sizes'?: NewsArticleElement['adSizes'] | undefined;
  /**
   * The article rendered: `{ article, warnings }`.
   *
   * The `news-article-load` event (bubbles, composed).
   */
  'onnews-article-load'?: ((event: ElementEvent<NewsArticleLoadEvent, NewsArticleElement>) => void) | undefined;
  /**
   * The input could not be rendered: `{ kind, status?, errors }`; the error box is shown.
   *
   * The `news-article-error` event (bubbles, composed).
   */
  'onnews-article-error'?: ((event: ElementEvent<NewsArticleErrorEvent, NewsArticleElement>) => void) | undefined;
  /**
   * The reader reached 25, 50, 75 or 100 % of the body: `{ percent }`; once each per article.
   *
   * The `news-article-progress` event (bubbles, composed).
   */
  'onnews-article-progress'?: ((event: ElementEvent<NewsArticleProgressEvent, NewsArticleElement>) => void) | undefined;
  /**
   * The reader activated a share control: `{ network }`. Cancelable (cancelling stops the share).
   *
   * The `news-article-share` event (bubbles, composed).
   */
  'onnews-article-share'?: ((event: ElementEvent<NewsArticleShareEvent, NewsArticleElement>) => void) | undefined;
  /**
   * The reader copied body text and the `copy` mode acts on it: `{ mode }`. Cancelable (cancelling lets the copy through unchanged).
   *
   * The `news-article-copy` event (bubbles, composed).
   */
  'onnews-article-copy'?: ((event: ElementEvent<NewsArticleCopyEvent, NewsArticleElement>) => void) | undefined;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /**
       * An ad placement that fills from a real ad stack and never shifts the layout.
       *
       * Registered by `import 'news-elements/define'` (or `AdSlotElement.define()`).
       */
      'ad-slot': ReactElementProps<AdSlotElement, AdSlotProps>;
      /**
       * An accessible photo gallery with captions, credits and a lightbox.
       *
       * Registered by `import 'news-elements/define'` (or `ImageGalleryElement.define()`).
       */
      'image-gallery': ReactElementProps<ImageGalleryElement, ImageGalleryProps>;
      /**
       * A news article rendered from Article JSON, safely, in any language.
       *
       * Registered by `import 'news-elements/define'` (or `NewsArticleElement.define()`).
       */
      'news-article': ReactElementProps<NewsArticleElement, NewsArticleProps>;
    }
  }
  /** The elements' CSS custom properties, for `style={{ '--ne-color-accent': '#0a58ca' }}`. */
  interface CSSProperties {
    /** The shape every slide reserves; images are contained in it. */
    '--image-gallery-aspect-ratio'?: string | number | undefined;
    /** Behind the images. */
    '--image-gallery-background'?: string | number | undefined;
    /** Buttons, the current thumbnail, caption links and focus rings (default focus rings: `--ne-color-focus`). */
    '--image-gallery-accent'?: string | number | undefined;
    /** The lightbox's background (dark whatever the page's scheme; no page token). */
    '--image-gallery-lightbox-background'?: string | number | undefined;
    /** The lightbox's text and button colour. */
    '--image-gallery-lightbox-color'?: string | number | undefined;
    /** The lightbox's caption links and focus rings. */
    '--image-gallery-lightbox-accent'?: string | number | undefined;
    /** Text colour (page token). */
    '--ne-color-text'?: string | number | undefined;
    /** Secondary text: meta, captions, labels (page token). */
    '--ne-color-muted'?: string | number | undefined;
    /** Links, kicker, buttons (page token). */
    '--ne-color-accent'?: string | number | undefined;
    /** Text on accent-coloured buttons (page token). */
    '--ne-color-on-accent'?: string | number | undefined;
    /** The element's own background (page token; default: the page shows through). */
    '--ne-color-background'?: string | number | undefined;
    /** Boxes: image placeholders, tags, ad boxes, the error box (page token). */
    '--ne-color-surface'?: string | number | undefined;
    /** Rules and borders (page token). */
    '--ne-color-border'?: string | number | undefined;
    /** The error box's border (page token). */
    '--ne-color-error'?: string | number | undefined;
    /** Focus rings (page token). */
    '--ne-color-focus'?: string | number | undefined;
    /** The width of focus rings (page token). */
    '--ne-focus-width'?: string | number | undefined;
    /** Reading font stack, any script (page token; default: Charter, Georgia, … serif, or the script's Noto Serif). */
    '--ne-font-body'?: string | number | undefined;
    /** Headline and heading font stack, any script (page token). */
    '--ne-font-heading'?: string | number | undefined;
    /** Font stack of meta, captions, labels and buttons, any script (page token; default: system-ui, or the script's Noto Sans). */
    '--ne-font-ui'?: string | number | undefined;
    /** Reading font for Gujarati (`:lang(gu)`); 'Noto Serif Gujarati', serif always follows it. */
    '--ne-font-body-gujarati'?: string | number | undefined;
    /** Heading font for Gujarati. */
    '--ne-font-heading-gujarati'?: string | number | undefined;
    /** UI font for Gujarati; 'Noto Sans Gujarati', sans-serif always follows it. */
    '--ne-font-ui-gujarati'?: string | number | undefined;
    /** Reading font for Devanagari (`:lang(hi)`, `mr`, `ne`, `sa`). */
    '--ne-font-body-devanagari'?: string | number | undefined;
    /** Heading font for Devanagari. */
    '--ne-font-heading-devanagari'?: string | number | undefined;
    /** UI font for Devanagari. */
    '--ne-font-ui-devanagari'?: string | number | undefined;
    /** Reading font for Arabic script (`:lang(ar)`, `fa`, `ur`, `ps`, `sd`, `ckb`). */
    '--ne-font-body-arabic'?: string | number | undefined;
    /** Heading font for Arabic script. */
    '--ne-font-heading-arabic'?: string | number | undefined;
    /** UI font for Arabic script. */
    '--ne-font-ui-arabic'?: string | number | undefined;
    /** Spacing scale: hairline gaps (page token). */
    '--ne-space-xs'?: string | number | undefined;
    /** Spacing scale: between small pieces (page token). */
    '--ne-space-s'?: string | number | undefined;
    /** Spacing scale: between paragraphs, inside boxes (page token). */
    '--ne-space-m'?: string | number | undefined;
    /** Spacing scale: around figures and sections (page token). */
    '--ne-space-l'?: string | number | undefined;
    /** Spacing scale: between the header, body and footer (page token). */
    '--ne-space-xl'?: string | number | undefined;
    /** Corner radius of boxes and buttons that are not round (page token). */
    '--ne-radius'?: string | number | undefined;
    /** Line length of text columns (page token). */
    '--ne-measure'?: string | number | undefined;
    /** Background of the reserved box. */
    '--ad-slot-background'?: string | number | undefined;
    /** Label colour. */
    '--ad-slot-label-color'?: string | number | undefined;
    /** Height reserved for `fluid` ads. */
    '--ad-slot-fluid-height'?: string | number | undefined;
    /** Space above and below the slot. */
    '--ad-slot-margin'?: string | number | undefined;
    /** Body text size (em: of the reader's default size), times the script's factor (1.1 for Arabic script). */
    '--news-article-font-size'?: string | number | undefined;
    /** Headline size. */
    '--news-article-headline-size'?: string | number | undefined;
    /** Forces one aspect ratio on body images (cropped around their focal point). */
    '--news-article-image-ratio'?: string | number | undefined;
    /** The height the loading skeleton reserves; set it to about your articles' first screen. */
    '--news-article-skeleton-height'?: string | number | undefined;
  }
}
