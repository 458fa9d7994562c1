/**
 * The rules of the inline-HTML subset, shared by the browser's sanitizer (a walk over an
 * inert `<template>` parse, src/internal/sanitize-html.ts) and the server's (a walk over a
 * parse5 parse, src/internal/sanitize-string.node.ts): which elements and attributes stay,
 * which elements go with their content, and what an attribute's safe value is. The two walks
 * apply these rules in the same order, and a parity test compares their output.
 */
import { normalizeLang } from './lang.js';
import { safeUrl } from './url.js';

/** Allowed elements and, for each, its allowed attributes (from the contract). */
export const ALLOWED: Record<string, readonly string[]> = {
  a: ['href', 'title', 'lang', 'dir'],
  em: [], i: [], strong: [], b: [], u: [], s: [], sub: [], sup: [], br: [], small: [], mark: [],
  code: [], q: [], cite: [],
  abbr: ['title'],
  span: ['lang', 'dir'],
  time: ['datetime'],
};

/** The allowed attributes of `name`, or `undefined` when the element is not allowed (own properties only: `<constructor>` must not find Object.prototype's). */
export const allowedAttributes = (name: string): readonly string[] | undefined => (Object.hasOwn(ALLOWED, name) ? ALLOWED[name] : undefined);

/**
 * Elements removed together with their content: raw text (script, style, …), foreign
 * content (SVG, MathML), embedded content's fallback and form fields, none of which is
 * reader text. Other unknown elements (<div>, <font>, …) are unwrapped, their text kept.
 */
export const DROP = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'textarea', 'title', 'xmp', 'noembed',
  'noframes', 'plaintext', 'svg', 'math', 'select', 'button', 'object', 'embed', 'applet',
  'audio', 'video', 'canvas',
]);

const DIR = new Set(['ltr', 'rtl', 'auto']);
/** Bidi embeddings and overrides; marks (U+200E/F) and isolates (U+2066–9) are kept. */
export const BIDI_OVERRIDE = /[\u202A-\u202E]/g;

/** Where relative link URLs resolve, and where removals are noted. */
export interface Cleaning {
  removed: string[];
  /** Relative links resolve against it (default: the document's base URL; on a server, without one, they are kept as given). */
  base?: string;
}

/** Characters that make a string more than plain text to the HTML parser and serializer (a string without them parses to itself). */
export const MARKUP = /[<>&\u00a0\r\0]/;

/** What a link gets besides its own attributes. */
export const LINK_REL = 'noopener noreferrer';

/** The safe value of one allowed attribute, or `null` when it must go. */
export function attributeValue(name: string, value: string, cleaning: Cleaning): string | null {
  if (name === 'href') return safeUrl(value, 'link', cleaning.base);
  if (name === 'lang') return normalizeLang(value);
  if (name === 'dir') return DIR.has(value.toLowerCase()) ? value.toLowerCase() : null;
  return cleanText(value, cleaning.removed);
}

/** `text` without bidi overrides (noted in `removed` when there were any). */
export function cleanText(text: string, removed: string[]): string {
  const clean = text.replace(BIDI_OVERRIDE, '');
  if (clean !== text) removed.push('bidi override characters');
  return clean;
}

/**
 * Notes a removed attribute; not the `rel` a sanitized link already has (sanitized markup
 * sanitized again says nothing: the link gets the same `rel` back).
 */
export function noteRemoved(removed: string[], name: string, value: string, element: string): void {
  if (element !== 'a' || name !== 'rel' || value !== LINK_REL) removed.push(`${name}="${value.slice(0, 40)}" on <${element}>`);
}
