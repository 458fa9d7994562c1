/**
 * The importers' mappers and format detection, without validation: what `<news-article
 * format>` loads (it validates and sanitizes as for any article), and what `importArticle`
 * (index.ts) validates with `parseArticle`.
 */
import type { ArticleIssue } from '../article/types.js';
import type { ImportFormat, ImportOptions, Mapped, Mapper } from './types.js';
import { isRecord } from './util.js';

/** The mappers, loaded when first used (each is a chunk of its own in the browser). */
const MAPPERS: Record<ImportFormat, () => Promise<Mapper>> = {
  html: () => import('./html-article.js').then((m) => m.fromHtml),
  wordpress: () => import('./wordpress.js').then((m) => m.fromWordpress),
  ans: () => import('./ans.js').then((m) => m.fromAns),
  anf: () => import('./anf.js').then((m) => m.fromAnf),
  optimo: () => import('./optimo.js').then((m) => m.fromOptimo),
  jsonld: () => import('./jsonld.js').then((m) => m.fromJsonLd),
};

export const FORMATS = Object.keys(MAPPERS) as ImportFormat[];


/**
 * The format of `source` where that is unambiguous, else `undefined`: a string is HTML (a
 * page with NewsArticle JSON-LD is `jsonld`); an object is told by the fields only its format
 * has (WordPress's `content.rendered`, ANS's `type` with `content_elements`, ANF's
 * `components` with `version`, Optimo's `data.article`, JSON-LD's `@context`).
 */
export function detectFormat(source: unknown): ImportFormat | undefined {
  if (typeof source === 'string') return /<script[^>]+application\/ld\+json/i.test(source) && !/<article[\s>]/i.test(source) ? 'jsonld' : 'html';
  // A REST collection (an array of posts) is read by its first.
  const first = Array.isArray(source) ? source[0] : source;
  if (!isRecord(first)) return undefined;
  if (isRecord(first['content']) && 'rendered' in first['content'] && isRecord(first['title'])) return 'wordpress';
  if (typeof first['type'] === 'string' && (Array.isArray(first['content_elements']) || typeof first['_id'] === 'string') && 'version' in first) return 'ans';
  if (Array.isArray(first['components']) && typeof first['version'] === 'string') return 'anf';
  if (isRecord(first['data']) && isRecord(first['data']['article'])) return 'optimo';
  if ('@context' in first || '@graph' in first || (typeof first['@type'] === 'string' && /Article/.test(first['@type']))) return 'jsonld';
  return undefined;
}

/** `source` mapped by its format's mapper (named in `options.format`, else detected): the draft and its warnings, or why it cannot be read. Never throws. */
export async function mapDocument(
  source: unknown,
  options: ImportOptions & { format?: ImportFormat } = {},
): Promise<{ ok: true; format: ImportFormat; mapped: Mapped } | { ok: false; errors: ArticleIssue[] }> {
  const format = options.format ?? detectFormat(source);
  if (!format || !Object.hasOwn(MAPPERS, format)) {
    const message = options.format ? `is not a known format ("${options.format}"; known: ${FORMATS.join(', ')})` : `is in no format that can be told apart (known: ${FORMATS.join(', ')}); name one`;
    return { ok: false, errors: [{ path: '', message }] };
  }
  const mapper = await MAPPERS[format]();
  try {
    return { ok: true, format, mapped: mapper(source, options) };
  } catch (error) {
    // A mapper guards every access; this is a bug, reported as the document's error rather than thrown at the page.
    return { ok: false, errors: [{ path: '', message: `could not be read as ${format}: ${String(error)}` }] };
  }
}
