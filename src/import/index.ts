/**
 * news-elements/import: documents from other systems to Article JSON. Each format's mapper
 * makes a draft and says what it could not map (warnings with paths into the source); then
 * `parseArticle` validates and sanitizes the draft, as for any article (its warnings have
 * article paths). Not part of the embed bundle: `<news-article format>` loads it on demand.
 */
import { parseArticle } from '../article/validate.js';
import { mapDocument } from './map.js';
import type { ImportFormat, ImportOptions, ImportResult } from './types.js';

export type { ImportFormat, ImportOptions, ImportResult, ImportWarning, Mapped, Mapper } from './types.js';
export { htmlToBlocks } from './html.js';
export { detectFormat, FORMATS, mapDocument } from './map.js';

/**
 * Imports `source` (a parsed document, or HTML text) as Article JSON: `format` names the
 * source's format, else it is detected (`detectFormat`). Never throws: an unknown format, or
 * a document with no article in it, is `{ ok: false, errors }`.
 */
export async function importArticle(source: unknown, options: ImportOptions & { format?: ImportFormat } = {}): Promise<ImportResult> {
  const result = await mapDocument(source, options);
  if (!result.ok) return { ok: false, errors: result.errors, warnings: [] };
  const { mapped } = result;
  const sourceWarnings = mapped.warnings.map((warning) => ({ ...warning, in: 'source' as const }));
  const parsed = parseArticle(mapped.article, { baseURL: options.baseURL, lang: options.lang });
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: sourceWarnings };
  return { ok: true, article: parsed.article, warnings: [...sourceWarnings, ...parsed.warnings.map((warning) => ({ ...warning, in: 'article' as const }))] };
}
