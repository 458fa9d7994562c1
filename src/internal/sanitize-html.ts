/**
 * The one sanitizer for the article's inline-HTML fields.
 *
 * Each string is parsed once, inertly, in a `<template>` (no script runs, nothing loads),
 * and the output is taken from that parse: allowed elements with their allowed attributes,
 * text as text. Nothing is serialized and parsed again, so mutation-XSS (markup that
 * changes meaning on a second parse) has nothing to work on.
 *
 * Two paths, one result. The general path copies allowed nodes out of a parse of the one
 * string. The fast path (`sanitizeAll`) is for fields that are provably plain inline
 * markup (see `isPlainInline`): they are parsed together in one template, each in its own
 * `<p>`, and cleaned where they stand. For such fields a shared parse builds exactly the
 * tree a separate parse would, so both paths give the same output; anything else, or a
 * shared parse that does not come out as expected, takes the general path.
 */
import { allowedAttributes, attributeValue, BIDI_OVERRIDE, cleanText, DROP, LINK_REL, noteRemoved, type Cleaning } from './inline-rules.js';

export interface SanitizeResult {
  fragment: DocumentFragment;
  /** What was removed, in plain English (empty when the input was already clean). */
  removed: string[];
}

/** The slice of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface HtmlPolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): HtmlPolicy;
}

let policy: HtmlPolicy | undefined;

/**
 * Under Trusted Types the template parse below needs TrustedHTML. The policy passes the
 * string through unchanged, which is safe only because what it parses never goes into a live
 * document as it is: the sanitizer copies allowed nodes out of the inert parse, the importers
 * read the tree, and the one exception, the light-DOM copy of an article (light-copy.ts),
 * parses markup that renderArticleHTML wrote from sanitized fields with every text escaped.
 * No other code may use it.
 */
function toParserInput(html: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return html;
  if (!policy) {
    try {
      policy = factory.createPolicy('news-elements', { createHTML: (input) => input });
    } catch {
      // The page's CSP does not list our policy name (or a second copy created it already
      // without 'allow-duplicates'); the page's default policy, if any, then decides.
      policy = { createHTML: (input) => input };
    }
  }
  return policy.createHTML(html) as string;
}

/**
 * Parses `html` inertly in a template; `null` when the page's Trusted Types enforcement
 * refuses (its CSP does not allow the policy "news-elements" and has no default policy).
 */
export function parseInert(html: string): DocumentFragment | null {
  const parser = document.createElement('template');
  try {
    parser.innerHTML = toParserInput(html);
  } catch {
    return null;
  }
  return parser.content;
}

/**
 * Sanitizes one inline-HTML string into a fragment of allowed nodes. Relative links resolve
 * against `base` (the article's URL when it was fetched), else the document's base URL.
 */
export function sanitizeInlineHtml(html: string, base?: string): SanitizeResult {
  const out = document.createDocumentFragment();
  const removed: string[] = [];
  const parsed = parseInert(html);
  if (parsed) copyChildren(parsed, out, { removed, base });
  else removed.push('all markup (Trusted Types: allow the policy "news-elements")');
  // Without a parse the field is shown as its text with the tags taken out; a text node either way.
  if (!parsed) out.append(cleanText(html.replace(/<[^>]*>?/g, ''), removed));
  return { fragment: out, removed };
}

const TAG = /<(\/?)([a-z]+)((?:\s+[a-z][a-z-]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))?)*)\s*(\/?)>/gi;

/**
 * Whether `html` is plain inline markup: text without `<`, and allowed tags with quoted
 * attribute values, properly nested and all closed, no link inside a link. Such a field
 * cannot affect the parse of what follows it (no unclosed element, attribute, comment or
 * raw-text state to carry over), which is what makes the shared parse safe.
 */
function isPlainInline(html: string): boolean {
  if (!html.includes('<')) return true;
  const open: string[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    if (html.slice(last, match.index).includes('<')) return false;
    last = match.index + match[0].length;
    const [, end, rawName, , selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (!allowedAttributes(name)) return false;
    if (name === 'br') {
      if (end) return false;
    } else if (end) {
      if (open.pop() !== name) return false;
    } else {
      if (selfClosing || (name === 'a' && open.includes('a'))) return false;
      open.push(name);
    }
  }
  return open.length === 0 && !html.slice(last).includes('<');
}

/**
 * Cleans a fast-path field where it stands: allowed elements only (else `false`, and the
 * caller takes the general path), allowed attributes with safe values, `rel` on links.
 */
function cleanInPlace(container: Element, text: string, cleaning: Cleaning): boolean {
  const { removed } = cleaning;
  BIDI_OVERRIDE.lastIndex = 0;
  if (BIDI_OVERRIDE.test(text)) return false;
  if (!container.firstElementChild) return true;
  for (const element of container.querySelectorAll('*')) {
    const name = element.localName;
    const allowed = allowedAttributes(name);
    if (!allowed || element.namespaceURI !== container.namespaceURI) return false;
    // A snapshot, so that removing one does not skip the next; in order, as the copy path.
    for (const { name: attribute, value } of element.attributes.length ? Array.from(element.attributes) : []) {
      const kept = allowed.includes(attribute) ? attributeValue(attribute, value, cleaning) : null;
      if (kept === null) {
        element.removeAttribute(attribute);
        noteRemoved(removed, attribute, value, name);
      } else if (kept !== value) {
        element.setAttribute(attribute, kept);
      }
    }
    if (name !== 'a') continue;
    // A link without a target is its text (the list is a snapshot: its children are still visited).
    if (element.hasAttribute('href')) element.setAttribute('rel', LINK_REL);
    else element.replaceWith(...element.childNodes);
  }
  return true;
}

/** One field's sanitized content: its children are the output (a `<p>` from the shared parse, or a fragment). */
export interface SanitizedField {
  content: Element | DocumentFragment;
  removed: string[];
  /** The field's text (its `textContent`), which the fast path reads anyway. */
  text: string;
}

/**
 * Sanitizes many inline-HTML strings: the same output as `sanitizeInlineHtml` on each,
 * faster. A fast-path field comes back as the `<p>` it was parsed in, so that a caller who
 * wants a paragraph can take the element itself and nothing has to move.
 */
export function sanitizeAll(htmls: readonly string[], base?: string): SanitizedField[] {
  const results: (SanitizedField | undefined)[] = [];
  const fast = htmls.flatMap((html, i) => (isPlainInline(html) ? [i] : []));
  const shared = fast.length > 1 ? parseInert(fast.map((i) => `<p>${htmls[i]}</p>`).join('')) : null;
  if (shared && shared.childElementCount === fast.length && shared.childNodes.length === fast.length) {
    let paragraph = shared.firstElementChild;
    for (const i of fast) {
      const removed: string[] = [];
      const next = paragraph!.nextElementSibling;
      const text = paragraph!.textContent!;
      if (paragraph!.localName === 'p' && cleanInPlace(paragraph!, text, { removed, base })) results[i] = { content: paragraph!, removed, text };
      paragraph = next;
    }
  }
  return htmls.map((html, i) => {
    if (results[i]) return results[i]!;
    const { fragment, removed } = sanitizeInlineHtml(html, base);
    return { content: fragment, removed, text: fragment.textContent! };
  });
}

function copyChildren(from: Node, to: Node, cleaning: Cleaning): void {
  for (let node = from.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(cleanText(node.nodeValue ?? '', cleaning.removed)));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      copyElement(node as Element, to, cleaning);
    } else if (node.nodeType !== Node.COMMENT_NODE) {
      cleaning.removed.push(`a ${node.nodeName} node`);
    }
  }
}

function copyElement(element: Element, to: Node, cleaning: Cleaning): void {
  const { removed } = cleaning;
  // Only HTML-namespace elements: an <a> or <span> inside foreign content (SVG, MathML)
  // never reaches here because those subtrees are dropped whole.
  const name = element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? element.localName : '';
  const attributes = allowedAttributes(name);
  // A link inside a link (the parser builds one from `<a><table><td><a>`) is invalid, has an
  // ambiguous target and re-parses differently once serialized: keep only its text.
  const nestedLink = name === 'a' && to instanceof Element && to.closest('a') !== null;
  if (!attributes || nestedLink) {
    removed.push(nestedLink ? '<a> inside <a>' : `<${element.localName}>`);
    // Unknown but harmless wrappers (<div>, <font>, <p>, …) keep their text.
    if (name && !DROP.has(name)) copyChildren(element, to, cleaning);
    return;
  }
  const copy = document.createElement(name);
  for (const attribute of Array.from(element.attributes)) {
    const value = attribute.value;
    const kept = attributes.includes(attribute.name) ? attributeValue(attribute.name, value, cleaning) : null;
    if (kept === null) noteRemoved(removed, attribute.name, value, name);
    else copy.setAttribute(attribute.name, kept);
  }
  if (name === 'a') {
    // A link without a target is its text: crawlers and screen readers report an <a>
    // without href as a broken link.
    if (!copy.hasAttribute('href')) return copyChildren(element, to, cleaning);
    copy.setAttribute('rel', LINK_REL);
  }
  copyChildren(element, copy, cleaning);
  to.appendChild(copy);
}
