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

/** The Apple News Format mapper. */
import { fromAnf } from '../../src/import/anf.js';
export const anf = (doc: unknown, options = {}) => fromAnf(doc, options);

/** The command line, with its output captured: `{ code, out, err }`. */
export async function cli(args: string[]) {
  const { main } = await import('../../src/cli/cli.js');
  let out = '';
  let err = '';
  const sink = (write: (text: string) => void) => ({ write });
  const code = await main(args, sink((t) => (out += t)), sink((t) => (err += t)));
  return { code, out, err };
}

/** The ANS, BBC Optimo and schema.org JSON-LD mappers. */
import { fromAns } from '../../src/import/ans.js';
import { fromJsonLd } from '../../src/import/jsonld.js';
import { fromOptimo } from '../../src/import/optimo.js';
export const ans = (doc: unknown, options = {}) => fromAns(doc, options);
export const optimo = (doc: unknown, options = {}) => fromOptimo(doc, options);
export const jsonld = (source: unknown, options = {}) => fromJsonLd(source, options);
