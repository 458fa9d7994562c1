/**
 * The server's twin of html-tree.ts: the same plain tree, from parse5, whose fragment parse
 * uses a `<template>` context as the browser's does. The Node build uses this module in place
 * of html-tree.ts.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { HTML_NS, type HNode } from './html-nodes.js';

export * from './html-nodes.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** `html` parsed as the children of a `<template>` (never `null`: there are no Trusted Types here). */
export function parseHtml(html: string): HNode[] | null {
  // Scripting off, as for the browser's template parse (its content document has no browsing
  // context): `<noscript>` holds markup, not raw text.
  return fromParse5(parseFragment(html, { scriptingEnabled: false }));
}

function fromParse5(parent: ParentNode): HNode[] {
  const nodes: HNode[] = [];
  for (const node of parent.childNodes) {
    if (node.nodeName === '#text') nodes.push({ type: 'text', text: (node as DefaultTreeAdapterMap['textNode']).value });
    else if (node.nodeName === '#comment') nodes.push({ type: 'comment', text: (node as DefaultTreeAdapterMap['commentNode']).data });
    else if ('tagName' in node) {
      nodes.push({
        type: 'element',
        name: node.tagName,
        html: node.namespaceURI === HTML_NS,
        // A template's children are its content, which a DOM's childNodes do not list either.
        attrs: node.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value] as const),
        children: node.tagName === 'template' && node.namespaceURI === HTML_NS ? [] : fromParse5(node),
      });
    }
  }
  return nodes;
}

/** Live DOM nodes exist only in a browser: on a server, markup is read with `parseHtml`. */
export function nodesFromDom(_nodes: Iterable<unknown>): HNode[] {
  throw new TypeError('nodesFromDom: there is no DOM here; parse the markup with parseHtml()');
}
