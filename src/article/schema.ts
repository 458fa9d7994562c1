/**
 * Article JSON, version 1, as one schema tree: `articleSchema.parse` is the runtime
 * validator, and `json-schema.ts` turns the same tree into `article.schema.json`.
 */
import { parseAdSizes } from '../internal/ad-sizes.js';
import { normalizeLang } from '../internal/lang.js';
import { safeSrcset } from '../internal/srcset.js';
import { safeUrl, type UrlUse } from '../internal/url.js';
import { array, boolean, either, number, object, oneOf, optional, string, tagged, type Schema } from './schema-kit.js';
import type {
  AdBlock, Article, Block, DividerBlock, EmbedBlock, FocalPoint, GalleryBlock, HeadingBlock,
  Image, ImageBlock, ListBlock, Organization, ParagraphBlock, Person, QuoteBlock, Section,
} from './types.js';

/** Unicode bidi embeddings and overrides (LRE, RLE, PDF, LRO, RLO): they can make text read
 * differently from how it is stored (spoofing), and feed text has no use for them; marks and
 * isolates, which are harmless, are kept. */
const BIDI_OVERRIDE = /[\u202A-\u202E]/g;

/** Plain text, with bidi overrides removed (a warning); `nonEmpty` rejects blank strings. */
const text = (nonEmpty = false): Schema<string> =>
  string(nonEmpty ? 'nonempty-text' : 'text', (value) => {
    const clean = value.replace(BIDI_OVERRIDE, '');
    if (nonEmpty && !clean.trim()) return { error: 'must not be empty' };
    return clean === value ? { value } : { value: clean, warning: 'bidi override characters (U+202A–U+202E) were removed' };
  });

/** Inline HTML: sanitized here when the parse asks for it (`parseArticle`), else when it is rendered. */
const html = (): Schema<string> =>
  string('html', (value, { sanitize, baseURL }) => {
    if (!sanitize) return { value };
    const { html: clean, removed } = sanitize(value, baseURL);
    return removed.length ? { value: clean, warning: `removed ${[...new Set(removed)].join(', ')}` } : { value: clean };
  });

/** An allowed URL; with a `baseURL` (a fetched article) relative ones come out absolute. */
const url = (use: UrlUse): Schema<string> =>
  string(`url-${use}`, (value, { baseURL }) => {
    const safe = safeUrl(value, use, baseURL);
    if (!safe) return { error: `${JSON.stringify(value.slice(0, 80))} is not an allowed ${use} URL` };
    return { value: baseURL ? safe : value };
  });

const notATag = (value: string) => `${JSON.stringify(value.slice(0, 40))} is not a BCP 47 language tag`;

/** A language tag, normalized (`en_US` → `en-US`). */
const langTag = (): Schema<string> =>
  string('lang', (value) => {
    const tag = normalizeLang(value);
    return tag ? { value: tag } : { error: notATag(value) };
  });

/**
 * The article's language: feeds get it wrong often enough (junk, a full locale name) that a
 * bad one falls back to the page's language with a warning instead of losing the article.
 */
const articleLang = (): Schema<string> =>
  string('lang', (value, { lang }) => {
    const tag = normalizeLang(value);
    if (tag) return { value: tag };
    const fallback = normalizeLang(lang) ?? 'und';
    return { value: fallback, warning: `${notATag(value)}; read as ${JSON.stringify(fallback)}` };
  });

/** ISO 8601 as feeds write it. `[0-9]`, not `\d`: the JSON Schema reuses it, and Python's `\d` matches any script's digits. */
export const DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})?)?$/;
const dateTime = (): Schema<string> =>
  string('date-time', (value) =>
    DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
      ? { value }
      : { error: `${JSON.stringify(value)} is not an ISO 8601 date-time` },
  );

const dir = () => oneOf(['ltr', 'rtl'] as const);
const pixels = () => number({ min: 1, max: 100000, integer: true });
const unit = () => number({ min: 0, max: 1 });

/** An allowed srcset; as for `url`, only a `baseURL` makes relative candidates absolute (the same in the browser and in Node). */
const srcset = (): Schema<string> =>
  string('srcset', (value, { baseURL }) => {
    const safe = safeSrcset(value, baseURL);
    if (!safe) return { error: 'has a malformed candidate or a URL that is not allowed' };
    return { value: baseURL ? safe : value };
  });

const adSizes = (): Schema<string> =>
  string('ad-sizes', (value) => (parseAdSizes(value) ? { value } : { error: `${JSON.stringify(value)} is not a valid ad sizes list` }));

const focalPoint = object<FocalPoint>({ x: unit(), y: unit() });

const imageFields = {
  src: url('image'),
  alt: text(),
  width: optional(pixels()),
  height: optional(pixels()),
  srcset: optional(srcset()),
  sizes: optional(text()),
  caption: optional(html()),
  credit: optional(text()),
  lang: optional(langTag()),
  focalPoint: optional(focalPoint),
};

export const imageSchema = object<Image>(imageFields, 'Image');
const image = imageSchema;

const blockFields = { id: optional(text()), lang: optional(langTag()), dir: optional(dir()) };

const paragraph = object<ParagraphBlock>({ type: oneOf(['paragraph'] as const), html: html(), ...blockFields });
const heading = object<HeadingBlock>({
  type: oneOf(['heading'] as const),
  text: text(true),
  level: optional(oneOf([2, 3, 4] as const)),
  ...blockFields,
});
const imageBlock = object<ImageBlock>({ type: oneOf(['image'] as const), ...imageFields, ...blockFields });
const gallery = object<GalleryBlock>({
  type: oneOf(['gallery'] as const),
  images: array(image, 'image', 1),
  caption: optional(html()),
  title: optional(text()),
  ...blockFields,
});
const ad = object<AdBlock>({
  type: oneOf(['ad'] as const),
  sizes: optional(adSizes()),
  unit: optional(text()),
  label: optional(text()),
  ...blockFields,
});
const quote = object<QuoteBlock>({ type: oneOf(['quote'] as const), html: html(), cite: optional(text()), ...blockFields });
const list = object<ListBlock>({
  type: oneOf(['list'] as const),
  items: array(html(), 'list item', 1),
  ordered: optional(boolean()),
  ...blockFields,
});
const embed = object<EmbedBlock>({
  type: oneOf(['embed'] as const),
  url: url('embed'),
  title: text(true),
  width: optional(pixels()),
  height: optional(pixels()),
  ...blockFields,
});
const divider = object<DividerBlock>({ type: oneOf(['divider'] as const), ...blockFields });

const block: Schema<Block> = tagged<Block>({
  paragraph, heading, image: imageBlock, gallery, ad, quote, list, embed, divider,
} as Record<string, Schema<Block>>);

const person = object<Person>({ name: text(true), url: optional(url('page')), image: optional(image) });
const section = either<string, Section>(
  text(true),
  object<Section>({ name: text(true), url: optional(url('page')) }),
  'must be a non-empty string or { name, url? }',
);
const organization = object<Organization>({
  name: text(true),
  url: optional(url('page')),
  logo: optional(image),
  sameAs: optional(array(url('page'), 'profile link')),
});

export const articleSchema: Schema<Article> = object<Article>(
  {
    version: optional(oneOf([1] as const)),
    id: optional(text()),
    url: optional(url('page')),
    lang: articleLang(),
    dir: optional(dir()),
    section: optional(section),
    headline: text(true),
    subheadline: optional(text()),
    summary: optional(text()),
    datePublished: optional(dateTime()),
    dateModified: optional(dateTime()),
    authors: optional(array(person, 'author')),
    publisher: optional(organization),
    image: optional(image),
    body: array(block, 'block'),
    tags: optional(array(text(true), 'tag')),
    copyright: optional(text()),
    isAccessibleForFree: optional(boolean()),
  },
  'Article',
);
