import { sanitizeString } from '../internal/sanitize-string.js';
import { array } from './schema-kit.js';
import { articleSchema, imageSchema } from './schema.js';
import type { Article, ArticleIssue, Image } from './types.js';

export type ArticleResult =
  | { ok: true; article: Article; warnings: ArticleIssue[] }
  | { ok: false; errors: ArticleIssue[] };

export interface ParseOptions {
  /**
   * The URL the article was fetched from: relative image and link URLs resolve against it
   * (not against the page) and come out absolute.
   */
  baseURL?: string;
  /** The language to use when the article's `lang` is not a language tag (default `und`). */
  lang?: string;
}

/**
 * Turns unknown input (an object, or a JSON string) into a typed `Article` plus warnings,
 * or into fatal errors. Never throws. Paths look like `body[3].images[0].src`; the empty
 * path is the document itself. Inline-HTML fields come out sanitized (what was removed is a
 * warning at the field's path), with the same result in a browser and on a server.
 */
export function parseArticle(input: unknown, options: ParseOptions = {}): ArticleResult {
  return parse(input, options, sanitizeString);
}

/**
 * `parseArticle` without the inline-HTML pass, for `<news-article>`: it sanitizes the fields
 * as it renders them (once, with the same rules and the same warnings).
 */
export function parseArticleToRender(input: unknown, options: ParseOptions = {}): ArticleResult {
  return parse(input, options);
}

function parse(input: unknown, options: ParseOptions, sanitize?: typeof sanitizeString): ArticleResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [{ path: '', message: `is not valid JSON (${(error as Error).message})` }] };
    }
  }
  const warnings: ArticleIssue[] = [];
  const result = articleSchema.parse(data, '', { warnings, baseURL: options.baseURL, lang: options.lang, sanitize });
  return result.ok ? { ok: true, article: result.value, warnings } : { ok: false, errors: result.errors };
}

const imagesSchema = array(imageSchema, 'image');

/**
 * Validates a list of images (an `Image[]` or its JSON text), as `<image-gallery images>`
 * takes them: bad images are left out with a warning. Never throws.
 */
export function parseImages(input: unknown): { images: Image[]; warnings: ArticleIssue[] } {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { images: [], warnings: [{ path: '', message: `is not valid JSON (${(error as Error).message})` }] };
    }
  }
  const warnings: ArticleIssue[] = [];
  const result = imagesSchema.parse(data, '', { warnings });
  return result.ok ? { images: result.value, warnings } : { images: [], warnings: [...warnings, ...result.errors] };
}
