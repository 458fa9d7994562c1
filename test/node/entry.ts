/**
 * What browser tests call on the Node side (test/servers/node-side.mjs bundles this file for
 * Node, with the parse5 twins of the DOM modules). Each export takes and returns JSON.
 */
import { parseArticle, type ParseOptions } from '../../src/article/validate.js';
import { fromAnf } from '../../src/import/anf.js';
import { fromAns } from '../../src/import/ans.js';
import { htmlToBlocks } from '../../src/import/html.js';
import { fromJsonLd } from '../../src/import/jsonld.js';
import { fromOptimo } from '../../src/import/optimo.js';
import { Warnings, type ImportOptions, type Mapper } from '../../src/import/types.js';
import { fromWordpress } from '../../src/import/wordpress.js';
import { sanitizeString } from '../../src/internal/sanitize-string.js';

export { parseArticle, sanitizeString };
export { renderArticleHTML } from '../../src/article/render-html.js';
export { packageInNode, reactRender } from './react-ssr.js';
export type { ParseOptions };

/** Which side this is: proves the twins were used (there is no `document` here). */
export const side = () => ({ document: typeof document !== 'undefined' });

/** `sanitizeString` over many inputs, in one call. */
export const sanitizeStrings = (htmls: string[], base?: string) => htmls.map((html) => sanitizeString(html, base));

/** `htmlToBlocks` with its warnings. */
export function htmlBlocks(html: string) {
  const warnings = new Warnings();
  return { blocks: htmlToBlocks(html, 'html', { warnings }), warnings: warnings.list };
}

/** A mapper as the tests call it: the options may be left out (they do not survive JSON as `undefined`). */
const mapper = (map: Mapper) => (source: unknown, options: ImportOptions = {}) => map(source, options);
export const wordpress = mapper(fromWordpress);
export const anf = mapper(fromAnf);
export const ans = mapper(fromAns);
export const optimo = mapper(fromOptimo);
export const jsonld = mapper(fromJsonLd);

/** The command line, with its output captured: `{ code, out, err }`. */
export async function cli(args: string[]) {
  const { main } = await import('../../src/cli/cli.js');
  let out = '';
  let err = '';
  const sink = (write: (text: string) => void) => ({ write });
  const code = await main(args, sink((t) => (out += t)), sink((t) => (err += t)));
  return { code, out, err };
}
