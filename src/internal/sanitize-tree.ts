/**
 * The server's inline-HTML sanitizer: the walk of sanitize-html.ts's general path (copy what
 * is allowed out of a parse, text as text) over the plain tree of html-tree.ts, then the
 * result serialized as the browser's `innerHTML` would serialize the same nodes. Same rules
 * (inline-rules.ts), same order, same notes of what was removed; a parity test runs both on
 * the same inputs.
 */
import type { HElement, HNode } from './html-nodes.js';
import { allowedAttributes, attributeValue, cleanText, DROP, LINK_REL, noteRemoved, type Cleaning } from './inline-rules.js';

/** `nodes` cleaned: allowed elements with their allowed attributes, text without bidi overrides. */
export function sanitizeTree(nodes: readonly HNode[], cleaning: Cleaning): HNode[] {
  const out: HNode[] = [];
  copyChildren(nodes, out, false, cleaning);
  return out;
}

function copyChildren(nodes: readonly HNode[], to: HNode[], inLink: boolean, cleaning: Cleaning): void {
  for (const node of nodes) {
    if (node.type === 'text') to.push({ type: 'text', text: cleanText(node.text, cleaning.removed) });
    else if (node.type === 'element') copyElement(node, to, inLink, cleaning);
  }
}

function copyElement(element: HElement, to: HNode[], inLink: boolean, cleaning: Cleaning): void {
  const { removed } = cleaning;
  const name = element.html ? element.name : '';
  const attributes = allowedAttributes(name);
  const nestedLink = name === 'a' && inLink;
  if (!attributes || nestedLink) {
    removed.push(nestedLink ? '<a> inside <a>' : `<${element.name}>`);
    if (name && !DROP.has(name)) copyChildren(element.children, to, inLink, cleaning);
    return;
  }
  const attrs: [string, string][] = [];
  for (const [attribute, value] of element.attrs) {
    const kept = attributes.includes(attribute) ? attributeValue(attribute, value, cleaning) : null;
    if (kept === null) noteRemoved(removed, attribute, value, name);
    else attrs.push([attribute, kept]);
  }
  if (name === 'a') {
    if (!attrs.some(([attribute]) => attribute === 'href')) return copyChildren(element.children, to, inLink, cleaning);
    attrs.push(['rel', LINK_REL]);
  }
  const children: HNode[] = [];
  copyChildren(element.children, children, inLink || name === 'a', cleaning);
  to.push({ type: 'element', name, html: true, attrs, children });
}

/** Elements that have no end tag (of those an article's markup may hold). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** HTML elements' children, serialized as the HTML fragment serialization algorithm does (what `innerHTML` reads). */
export function serializeHtml(nodes: readonly HNode[]): string {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'text') html += escapeText(node.text);
    else if (node.type === 'comment') html += `<!--${node.text}-->`;
    else {
      html += `<${node.name}${node.attrs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`;
      if (!VOID.has(node.name)) html += `${serializeHtml(node.children)}</${node.name}>`;
    }
  }
  return html;
}
