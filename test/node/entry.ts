/**
 * What browser tests call on the Node side (test/servers/node-side.mjs bundles this file for
 * Node, with the parse5 twins of the DOM modules). Each export takes and returns JSON.
 */
import { parseArticle, type ParseOptions } from '../../src/article/validate.js';
import { htmlToBlocks } from '../../src/import/html.js';
import { Warnings } from '../../src/import/types.js';
import { fromWordpress } from '../../src/import/wordpress.js';
import { sanitizeString } from '../../src/internal/sanitize-string.js';

export { parseArticle, sanitizeString };

/** Which side this is: proves the twins were used (there is no `document` here). */
export const side = () => ({ document: typeof document !== 'undefined' });

export type { ParseOptions };

/** `sanitizeString` over many inputs, in one call. */
export const sanitizeStrings = (htmls: string[], base?: string) => htmls.map((html) => sanitizeString(html, base));

/** `htmlToBlocks` with its warnings. */
export function htmlBlocks(html: string) {
  const warnings = new Warnings();
  return { blocks: htmlToBlocks(html, 'html', { warnings }), warnings: warnings.list };
}

/** The WordPress mapper. */
export const wordpress = (doc: unknown, options = {}) => fromWordpress(doc, options);

export { renderArticleHTML } from '../../src/article/render-html.js';
