/**
 * What the importers share: reading untyped JSON, source paths, escaping, page URLs and
 * dates with their warnings, and reading markup through the parser-neutral tree
 * (`parseHtml`: a `<template>` parse in a browser, parse5 on a server, the same tree either
 * way). Importers keep inline markup as given: `parseArticle` sanitizes every inline-HTML
 * field afterwards, so nothing here removes elements or attributes from a field.
 */
import { DATE_TIME } from '../article/schema.js';
import { parseHtml, textOf, type HElement, type HNode } from '../internal/html-tree.js';
import { DROP, MARKUP } from '../internal/inline-rules.js';
import { serializeHtml } from '../internal/sanitize-tree.js';
import { safeUrl } from '../internal/url.js';
import type { Warnings } from './types.js';

// --- Untyped JSON --------------------------------------------------------------------------

export type Json = Record<string, unknown>;

/** A JSON object (not an array, not `null`). */
export const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** `value` if it is a JSON object, else an empty one: a chain of `record(…).key` never throws. */
export const record = (value: unknown): Json => (isRecord(value) ? value : {});
/** `value` if it is an array, else an empty one. */
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A string with some non-blank text, else `undefined`. */
export const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
/** A size in pixels: an integer from 1 to 100000, else `undefined`. */
export const pixels = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100000 ? value : undefined;

/**
 * A source path one key deeper: `content_elements[2]` + `content` → `content_elements[2].content`.
 * After a step into a page's markup (a path ending in ` > `: `script[…][1] > `) the key follows
 * without a dot.
 */
/** Text with its runs of whitespace as one space, trimmed. */
export const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The elements among `nodes` (their own level only). */
export const elementsOf = (nodes: readonly HNode[]): HElement[] => nodes.filter((node): node is HElement => node.type === 'element');

export const at = (path: string, key: string): string => (!path ? key : path.endsWith(' > ') ? path + key : `${path}.${key}`);

/** An attribute value, escaped as the serializer escapes it. */
export { escapeAttribute } from '../internal/sanitize-tree.js';

// --- Page URLs and dates -------------------------------------------------------------------

/** One mapping run: where warnings go and what relative URLs resolve against. */
export interface Run {
  readonly w: Warnings;
  readonly baseURL?: string;
}

/** An absolute http(s) page URL; a relative one resolves against `baseURL` or is left out (a warning). */
export function pageUrl(value: unknown, path: string, run: Run): string | undefined {
  const raw = str(value)?.trim();
  if (!raw) return undefined;
  const absolute = safeUrl(raw, 'page');
  if (absolute) return absolute;
  if (/^[a-z][a-z\d+.-]*:/i.test(raw)) {
    run.w.add(path, `${JSON.stringify(raw.slice(0, 80))} is not an http(s) URL; it was left out`);
    return undefined;
  }
  const resolved = run.baseURL ? safeUrl(new URL(raw, run.baseURL).href, 'page') : null;
  if (!resolved) run.w.add(path, `${JSON.stringify(raw.slice(0, 80))} is relative and no baseURL was given; it was left out`);
  return resolved ?? undefined;
}

/** An ISO 8601 date-time; other date strings are converted (a warning), junk is left out (a warning). */
export function isoDate(value: unknown, path: string, run: Run): string | undefined {
  const raw = str(value)?.trim();
  if (!raw) return undefined;
  if (DATE_TIME.test(raw) && !Number.isNaN(Date.parse(raw))) return raw;
  const time = Date.parse(raw);
  if (Number.isNaN(time)) {
    run.w.add(path, `${JSON.stringify(raw.slice(0, 40))} is not a date; it was left out`);
    return undefined;
  }
  const iso = new Date(time).toISOString();
  run.w.add(path, `${JSON.stringify(raw.slice(0, 40))} is not ISO 8601; it was read as ${iso}`);
  return iso;
}

// --- Markup --------------------------------------------------------------------------------

/**
 * `html` as the plain tree (`parseHtml`). A string without markup characters is its own
 * text and is not parsed. When the page's Trusted Types refuse the parse, `[]` and a warning.
 */
export function parse(html: string, path: string, w: Warnings): HNode[] {
  if (!MARKUP.test(html)) return [{ type: 'text', text: html }];
  const nodes = parseHtml(html);
  if (!nodes) w.add(path, 'could not be parsed (the page refused the parse under Trusted Types)');
  return nodes ?? [];
}

/** Every element under `nodes`, depth first, in document order. */
export function* elementsIn(nodes: readonly HNode[]): Generator<HElement> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    yield node;
    yield* elementsIn(node.children);
  }
}

/** Elements that end a run of text: where a field that must be inline-only is cut into parts. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** A block-level HTML element (a paragraph, a list, a heading, a table cell, …). */
export const isBlock = (element: HElement): boolean => element.html && BLOCK.has(element.name);

const SPACE: HNode = { type: 'text', text: ' ' };

/** `nodes` as a reader sees their words: no script-like or foreign content (inline-rules' DROP), a space for each line break and around each block. */
function spaced(nodes: readonly HNode[]): HNode[] {
  return nodes.flatMap((node): HNode[] => {
    if (node.type !== 'element') return [node];
    if (!node.html || DROP.has(node.name)) return [];
    if (node.name === 'br') return [SPACE];
    const children = spaced(node.children);
    return isBlock(node) ? [SPACE, ...children, SPACE] : children;
  });
}

/** The plain text of parsed markup, white space collapsed: `<p>One</p><p>Two<br>lines</p>` → `One Two lines`. */
export const plainText = (nodes: readonly HNode[]): string => textOf(spaced(nodes)).replace(/\s+/g, ' ').trim();

/** Blank text or a line break: what a part's edges lose. */
const isEdge = (node: HNode): boolean => (node.type === 'text' && !node.text.trim()) || (node.type === 'element' && node.name === 'br');

/**
 * Markup for a field that must be inline-only (a quote, a list item, a caption). Without
 * block-level markup, `html` as given (trimmed; `parseArticle` sanitizes it); with some, the
 * inline contents of its blocks, each part serialized from the tree and the parts joined with
 * `<br>`. `''` when there is no text. `blocks` names the block-level elements whose markup
 * went (`<p>`, `<li>`), for the caller's warning.
 */
export function inlineOf(html: string, path: string, w: Warnings): { html: string; blocks: string[] } {
  const nodes = parse(html, path, w);
  if (![...elementsIn(nodes)].some(isBlock)) return { html: plainText(nodes) ? html.trim() : '', blocks: [] };
  const parts: string[] = [];
  const blocks = new Set<string>();
  let part: HNode[] = [];
  const flush = () => {
    while (part[0] && isEdge(part[0])) part.shift();
    while (part.length && isEdge(part[part.length - 1]!)) part.pop();
    if (plainText(part)) parts.push(serializeHtml(part).trim());
    part = [];
  };
  const walk = (children: readonly HNode[]) => {
    for (const node of children) {
      if (node.type === 'element' && isBlock(node)) {
        blocks.add(`<${node.name}>`);
        flush();
        walk(node.children);
        flush();
      } else part.push(node);
    }
  };
  walk(nodes);
  flush();
  return { html: parts.join('<br>'), blocks: [...blocks] };
}
