/** The server's twin of sanitize-string.ts (the Node build uses it in its place): parse5, the same rules, serialized. */
import { parseHtml } from './html-tree.node.js';
import { cleanText, MARKUP } from './inline-rules.js';
import { sanitizeTree, serializeHtml } from './sanitize-tree.js';

export function sanitizeString(html: string, base?: string): { html: string; removed: string[] } {
  const removed: string[] = [];
  if (!MARKUP.test(html)) return { html: cleanText(html, removed), removed };
  return { html: serializeHtml(sanitizeTree(parseHtml(html) ?? [], { removed, base })), removed };
}
