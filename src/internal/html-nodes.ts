/**
 * A plain, parser-neutral tree of parsed HTML: what the server's sanitizer and the importers
 * walk. In the browser it is read from an inert `<template>` parse (html-tree.ts); on a server
 * from a parse5 parse (html-tree.node.ts), which follows the same WHATWG algorithm, so the two
 * trees agree even on malformed markup (misnested tags, links in links, foster-parented table
 * content).
 */
export interface HElement {
  readonly type: 'element';
  /** The local name, lower case for HTML elements. */
  readonly name: string;
  /** In the HTML namespace (not SVG or MathML content). */
  readonly html: boolean;
  /** In source order. */
  readonly attrs: readonly (readonly [name: string, value: string])[];
  readonly children: readonly HNode[];
}
export interface HText {
  readonly type: 'text';
  readonly text: string;
}
export interface HComment {
  readonly type: 'comment';
  readonly text: string;
}
export type HNode = HElement | HText | HComment;

export const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** The attribute `name` of `element`, or `undefined`. */
export const attr = (element: HElement, name: string): string | undefined => element.attrs.find(([n]) => n === name)?.[1];

/** The text of `nodes`, as `textContent` reads it. */
export function textOf(nodes: readonly HNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.text;
    else if (node.type === 'element') text += textOf(node.children);
  }
  return text;
}
