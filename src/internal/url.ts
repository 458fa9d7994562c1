/**
 * The one URL allow-list. Every URL that comes from an article (links, images, embeds,
 * canonical and profile URLs) passes through `safeUrl()` before it reaches the DOM.
 *
 * URLs are parsed with the platform's WHATWG URL parser, the same one the browser uses
 * when it follows the link, so tricks such as `java\tscript:`, `JAVASCRIPT:`, leading
 * control characters or entity-encoded schemes are judged on what the browser would
 * actually see, never on the raw string.
 */

/** What the URL will be used for; each use has its own set of allowed schemes. */
export type UrlUse = 'link' | 'image' | 'page' | 'embed';

const SCHEMES: Record<UrlUse, ReadonlySet<string>> = {
  link: new Set(['http:', 'https:', 'mailto:', 'tel:']),
  image: new Set(['http:', 'https:', 'data:']),
  page: new Set(['http:', 'https:']),
  embed: new Set(['https:']),
};

/** Raster image types allowed in `data:` URLs (no SVG: it can carry script). */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/i;

// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001F\u007F]/;

/** A scheme at the start of a reference, as the URL parser would read it. */
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * JSON Schema patterns that describe the same rules for the generated schema. They are
 * deliberately close to `safeUrl()`; the schema tests check the two agree on samples.
 */
export const URL_PATTERNS: Record<UrlUse, string> = {
  link: '^(?=\\S)(?![^]*\\s$)(?:(?:https?|mailto|tel):|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\\u0000-\\u001F\\u007F]*$',
  image: '^(?=\\S)(?![^]*\\s$)(?:https?:|data:image/(?:png|jpeg|gif|webp|avif)[;,]|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\\u0000-\\u001F\\u007F]*$',
  page: '^https?://[^\\u0000-\\u001F\\u007F\\s]+$',
  embed: '^https://[^\\u0000-\\u001F\\u007F\\s]+$',
};

function defaultBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

/**
 * Returns the absolute, normalized form of `raw` when it is allowed for `use`, or
 * `null`. Relative references are resolved against `base` (default: the document's
 * base URL), except for `page` and `embed` URLs, which must be absolute.
 */
export function safeUrl(raw: unknown, use: UrlUse, base: string | undefined = defaultBase()): string | null {
  if (typeof raw !== 'string') return null;
  // Control characters and surrounding spaces have no place in a URL from a feed; the URL
  // parser would silently strip them, which is how `java\tscript:` and ` javascript:` work.
  if (raw === '' || UNSAFE_CHARS.test(raw) || raw.trim() !== raw) return null;
  const absolute = HAS_SCHEME.test(raw);
  if (!absolute && (use === 'page' || use === 'embed')) return null;
  let url: URL;
  try {
    url = new URL(raw, absolute ? undefined : base);
  } catch {
    return null;
  }
  if (!SCHEMES[use].has(url.protocol)) return null;
  if (url.protocol === 'data:' && !DATA_IMAGE.test(url.href)) return null;
  return url.href;
}
