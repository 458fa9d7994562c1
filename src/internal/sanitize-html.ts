/**
 * The one sanitizer for the article's inline-HTML fields.
 *
 * The string is parsed once, inertly, in a `<template>` (no script runs, nothing loads),
 * and the output is built from that parse: allowed elements are copied with their allowed
 * attributes, text is copied as text. Nothing is serialized and parsed again, so
 * mutation-XSS (markup that changes meaning on a second parse) has nothing to work on.
 */
import { safeUrl } from './url.js';

/** Allowed elements and, for each, its allowed attributes (from the contract). */
const ALLOWED: Record<string, readonly string[]> = {
  a: ['href', 'title', 'lang', 'dir'],
  em: [], i: [], strong: [], b: [], u: [], s: [], sub: [], sup: [], br: [], small: [], mark: [],
  code: [], q: [], cite: [],
  abbr: ['title'],
  span: ['lang', 'dir'],
  time: ['datetime'],
};

/** Elements removed together with their content: the text inside is not reader text. */
const DROP = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'textarea', 'select', 'option', 'title', 'xmp', 'noembed', 'noframes',
  'plaintext', 'head', 'audio', 'video', 'canvas', 'map', 'picture', 'input', 'button',
]);

const LANG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
const DIR = new Set(['ltr', 'rtl', 'auto']);
/** Bidi embeddings and overrides; marks (U+200E/F) and isolates (U+2066–9) are kept. */
const BIDI_OVERRIDE = /[\u202A-\u202E]/g;

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
 * string through unchanged, which is safe only because its one caller parses into an inert
 * template and copies out allowed nodes; no other code may use it.
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

const template = () => document.createElement('template');

/** Sanitizes one inline-HTML string into a fragment of allowed nodes. */
export function sanitizeInlineHtml(html: string): SanitizeResult {
  const parser = template();
  parser.innerHTML = toParserInput(html);
  const out = document.createDocumentFragment();
  const removed: string[] = [];
  copyChildren(parser.content, out, removed);
  return { fragment: out, removed };
}

function copyChildren(from: Node, to: Node, removed: string[]): void {
  for (let node = from.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(cleanText(node.nodeValue ?? '', removed)));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      copyElement(node as Element, to, removed);
    } else if (node.nodeType !== Node.COMMENT_NODE) {
      removed.push(`a ${node.nodeName} node`);
    }
  }
}

function copyElement(element: Element, to: Node, removed: string[]): void {
  // Only HTML-namespace elements: an <a> or <span> inside foreign content (SVG, MathML)
  // never reaches here because those subtrees are dropped whole.
  const name = element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? element.localName : '';
  // Own properties only: `<constructor>` must not find Object.prototype.constructor.
  const attributes = Object.hasOwn(ALLOWED, name) ? ALLOWED[name] : undefined;
  // A link inside a link (the parser builds one from `<a><table><td><a>`) is invalid, has an
  // ambiguous target and re-parses differently once serialized: keep only its text.
  const nestedLink = name === 'a' && to instanceof Element && to.closest('a') !== null;
  if (!attributes || nestedLink) {
    removed.push(nestedLink ? '<a> inside <a>' : `<${element.localName}>`);
    // Unknown but harmless wrappers (<div>, <font>, <p>, …) keep their text.
    if (name && !DROP.has(name)) copyChildren(element, to, removed);
    return;
  }
  const copy = document.createElement(name);
  for (const attribute of Array.from(element.attributes)) {
    const value = attribute.value;
    const kept = attributes.includes(attribute.name) && keepAttribute(attribute.name, value, copy, removed);
    if (!kept) removed.push(`${attribute.name}="${value.slice(0, 40)}" on <${name}>`);
  }
  if (name === 'a') {
    copy.setAttribute('rel', 'noopener noreferrer');
  }
  copyChildren(element, copy, removed);
  to.appendChild(copy);
}

/** Copies one allowed attribute when its value is safe; returns whether it was kept. */
function keepAttribute(name: string, value: string, copy: Element, removed: string[]): boolean {
  let kept: string | null = value;
  if (name === 'href') kept = safeUrl(value, 'link');
  else if (name === 'lang') kept = LANG.test(value) ? value : null;
  else if (name === 'dir') kept = DIR.has(value.toLowerCase()) ? value.toLowerCase() : null;
  else kept = cleanText(value, removed);
  if (kept !== null) copy.setAttribute(name, kept);
  return kept !== null;
}

function cleanText(text: string, removed: string[]): string {
  const clean = text.replace(BIDI_OVERRIDE, '');
  if (clean !== text) removed.push('bidi override characters');
  return clean;
}
