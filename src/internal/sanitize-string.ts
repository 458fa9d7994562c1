/**
 * One inline-HTML string, sanitized, as markup: what `parseArticle` keeps of an inline-HTML
 * field, and what a server writes. In the browser it is the DOM sanitizer's output
 * (sanitize-html.ts), serialized; on a server (sanitize-string.node.ts) the same rules over a
 * parse5 parse. Text without markup characters is only checked for bidi overrides.
 */
import { cleanText, MARKUP } from './inline-rules.js';
import { sanitizeInlineHtml } from './sanitize-html.js';

export function sanitizeString(html: string, base?: string): { html: string; removed: string[] } {
  if (!MARKUP.test(html)) {
    const removed: string[] = [];
    return { html: cleanText(html, removed), removed };
  }
  const { fragment, removed } = sanitizeInlineHtml(html, base);
  const template = document.createElement('template');
  template.content.append(fragment);
  return { html: template.innerHTML, removed };
}
