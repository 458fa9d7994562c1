/**
 * Article JSON, version 1: the data contract of `<news-article>`.
 * Field names follow schema.org `NewsArticle` where one exists. Fields typed `InlineHtml`
 * accept the small inline-HTML subset and are sanitized before rendering; every other
 * string is plain text and is only ever rendered as text.
 */

/** A string holding the inline-HTML subset (links, emphasis, `<span lang>`, …). */
export type InlineHtml = string;

export type TextDirection = 'ltr' | 'rtl';

export interface FocalPoint {
  /** 0 (left) … 1 (right). */
  x: number;
  /** 0 (top) … 1 (bottom). */
  y: number;
}

export interface Image {
  /** http(s) URL (or a relative reference), or a `data:image/(png|jpeg|gif|webp|avif)` URL. */
  src: string;
  /** Plain text; `""` only for decorative images. */
  alt: string;
  /** Intrinsic width in pixels; with `height` it reserves space before the image loads. */
  width?: number;
  height?: number;
  srcset?: string;
  sizes?: string;
  caption?: InlineHtml;
  credit?: string;
  /** Language of `caption` and `alt` when it differs from the article's. */
  lang?: string;
  focalPoint?: FocalPoint;
}

export interface BlockBase {
  id?: string;
  lang?: string;
  dir?: TextDirection;
}

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  html: InlineHtml;
}
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  text: string;
  level?: 2 | 3 | 4;
}
export interface ImageBlock extends BlockBase, Image {
  type: 'image';
}
export interface GalleryBlock extends BlockBase {
  type: 'gallery';
  images: Image[];
  caption?: InlineHtml;
  title?: string;
}
export interface AdBlock extends BlockBase {
  type: 'ad';
  /** As the `<ad-slot sizes>` attribute: `"300x250 336x280"`, per viewport, or `fluid`. */
  sizes?: string;
  unit?: string;
  label?: string;
}
export interface QuoteBlock extends BlockBase {
  type: 'quote';
  html: InlineHtml;
  cite?: string;
}
export interface ListBlock extends BlockBase {
  type: 'list';
  items: InlineHtml[];
  ordered?: boolean;
}
export interface EmbedBlock extends BlockBase {
  type: 'embed';
  url: string;
  title: string;
  width?: number;
  height?: number;
}
export interface DividerBlock extends BlockBase {
  type: 'divider';
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | ImageBlock
  | GalleryBlock
  | AdBlock
  | QuoteBlock
  | ListBlock
  | EmbedBlock
  | DividerBlock;

export type BlockType = Block['type'];

export interface Person {
  name: string;
  url?: string;
  image?: Image;
}

export interface Section {
  name: string;
  url?: string;
}

export interface Organization {
  name: string;
  url?: string;
  logo?: Image;
  /** Social profiles, shown as "Connect with us" follow links. */
  sameAs?: string[];
}

export interface Article {
  version?: 1;
  id?: string;
  /** Absolute http(s) URL of the original (canonical) article. */
  url?: string;
  /** BCP 47 language tag of the article. */
  lang: string;
  /** Default: derived from `lang`. */
  dir?: TextDirection;
  /** The kicker, e.g. "International". */
  section?: string | Section;
  headline: string;
  subheadline?: string;
  summary?: string;
  /** ISO 8601 date-time. */
  datePublished?: string;
  dateModified?: string;
  authors?: Person[];
  publisher?: Organization;
  /** The lead image. */
  image?: Image;
  body: Block[];
  tags?: string[];
  copyright?: string;
  isAccessibleForFree?: boolean;
}

/** One problem found in an article, located by a JSON path such as `body[3].images[0].src`. */
export interface ArticleIssue {
  path: string;
  message: string;
}
