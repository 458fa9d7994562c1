import type { Article, ArticleIssue } from '../article/types.js';

/** The source formats an importer exists for. */
export type ImportFormat = 'wordpress' | 'ans' | 'anf' | 'optimo' | 'jsonld' | 'html';

export interface ImportOptions {
  /**
   * Where the source document came from: its relative URLs (images, links, canonical URL)
   * resolve against it. Without one, relative URLs are kept as they are.
   */
  baseURL?: string;
  /**
   * The article's language when the source does not say (WordPress posts carry none: their
   * site's locale, such as `gu_IN`, is a setting of the site). Normalized like any `lang`.
   */
  lang?: string;
}

/**
 * A lossy or doubtful mapping, located in the source document: `content_elements[4]` (ANS),
 * `components[2].components[0]` (ANF), `content.rendered > figure[2]` (markup: the n-th
 * element of that name among its siblings, counted from 1, as CSS `:nth-of-type`).
 */
export type ImportWarning = ArticleIssue;

/**
 * What a format's mapper makes of a source document: an Article JSON draft (validated
 * afterwards by `parseArticle`, whose own warnings have article paths) and the warnings of
 * the mapping itself, with source paths. A mapper never throws on odd input: what it cannot
 * map is a warning, and a document with no article in it gives a draft that fails validation
 * (no headline, say).
 */
export interface Mapped {
  article: Partial<Article> & Record<string, unknown>;
  warnings: ImportWarning[];
}

/** A mapper: one source format to an Article JSON draft. */
export type Mapper = (source: unknown, options: ImportOptions) => Mapped;

export type ImportResult =
  | {
      ok: true;
      article: Article;
      /** The mapping's warnings (source paths) and then the validator's (article paths, marked `in: 'article'`). */
      warnings: (ImportWarning & { in: 'source' | 'article' })[];
    }
  | { ok: false; errors: ArticleIssue[]; warnings: (ImportWarning & { in: 'source' | 'article' })[] };

/** Collects warnings for one mapping run. */
export class Warnings {
  readonly list: ImportWarning[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}
