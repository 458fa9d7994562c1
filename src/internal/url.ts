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

/** What a relative reference is parsed against when there is no base (in Node), only to judge its shape. */
const PLACEHOLDER_BASE = 'https://placeholder.invalid/';

/**
 * Pieces of JSON Schema patterns that every engine reads alike, JavaScript's and Python's
 * `re` among them. Whitespace is spelled out as JavaScript's `\s` and `trim()` have it (Python's
 * `\s` adds U+001C–U+001F and U+0085 and lacks U+FEFF). The end of the string is "no character
 * follows": Python's `$` also matches before a final newline. And `[\s\S]`, not the
 * JavaScript-only `[^]`, is any character.
 */
const SPACE_CHARS = '\\u0009-\\u000D\\u0020\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
const PATTERN_SPACE = `[${SPACE_CHARS}]`;
export const PATTERN_NOT_SPACE = `[^${SPACE_CHARS}]`;
export const PATTERN_END = '(?![\\s\\S])';

/** No surrounding whitespace (what `raw.trim() !== raw` refuses). */
const TRIMMED = `(?=${PATTERN_NOT_SPACE})(?![\\s\\S]*${PATTERN_SPACE}${PATTERN_END})`;
const NO_SCHEME = '(?![A-Za-z][A-Za-z0-9+.-]*:)';
const NO_CONTROLS = '[^\\u0000-\\u001F\\u007F]*';

/**
 * JSON Schema patterns that describe the same rules for the generated schema. They are
 * deliberately close to `safeUrl()`; the schema tests check the two agree on samples.
 */
export const URL_PATTERNS: Record<UrlUse, string> = {
  link: `^${TRIMMED}(?:(?:https?|mailto|tel):|${NO_SCHEME})${NO_CONTROLS}${PATTERN_END}`,
  image: `^${TRIMMED}(?:https?:|data:image/(?:png|jpeg|gif|webp|avif)[;,]|${NO_SCHEME})${NO_CONTROLS}${PATTERN_END}`,
  page: `^https?://[^\\u0000-\\u001F\\u007F${SPACE_CHARS}]+${PATTERN_END}`,
  embed: `^https://[^\\u0000-\\u001F\\u007F${SPACE_CHARS}]+${PATTERN_END}`,
};

function defaultBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

/**
 * Returns `raw` when it is allowed for `use`, or `null`: absolute URLs and references resolved
 * against `base` (default: the document's base URL) come out absolute and normalized.
 * Relative references are refused for `page` and `embed` URLs, which must be absolute.
 *
 * With no base at all (in Node, which has no document), a relative reference is judged on
 * its shape alone, parsed against a placeholder base only to check its scheme and syntax,
 * and returned as given, still relative: the browser gives the same verdict, and the page
 * that shows it resolves it. On a server, pass the article's URL as `base` for absolute URLs.
 */
export function safeUrl(raw: unknown, use: UrlUse, base?: string | null): string | null {
  return checkUrl(raw, use, base ?? defaultBase());
}

/** `safeUrl()` that never reads the document: an undefined `base` means there is none. */
export function checkUrl(raw: unknown, use: UrlUse, base: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  // Control characters and surrounding spaces have no place in a URL from a feed; the URL
  // parser would silently strip them, which is how `java\tscript:` and ` javascript:` work.
  if (raw === '' || UNSAFE_CHARS.test(raw) || raw.trim() !== raw) return null;
  const absolute = HAS_SCHEME.test(raw);
  if (!absolute && (use === 'page' || use === 'embed')) return null;
  let url: URL;
  try {
    url = new URL(raw, absolute ? undefined : (base ?? PLACEHOLDER_BASE));
  } catch {
    return null;
  }
  if (!SCHEMES[use].has(url.protocol)) return null;
  if (url.protocol === 'data:' && !DATA_IMAGE.test(url.href)) return null;
  return absolute || base != null ? url.href : raw;
}
