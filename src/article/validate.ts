import { articleSchema } from './schema.js';
import type { Article, ArticleIssue } from './types.js';

export type ArticleResult =
  | { ok: true; article: Article; warnings: ArticleIssue[] }
  | { ok: false; errors: ArticleIssue[] };

/**
 * Turns unknown input (an object, or a JSON string) into a typed `Article` plus warnings,
 * or into fatal errors. Never throws. Paths look like `body[3].images[0].src`; the empty
 * path is the document itself.
 */
export function parseArticle(input: unknown): ArticleResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [{ path: '', message: `is not valid JSON (${(error as Error).message})` }] };
    }
  }
  const warnings: ArticleIssue[] = [];
  const result = articleSchema.parse(data, '', warnings);
  return result.ok ? { ok: true, article: result.value, warnings } : { ok: false, errors: result.errors };
}
