/** The plain tree of html-nodes.ts, read from an inert `<template>` parse (the server's twin is html-tree.node.ts). */
import { HTML_NS, type HNode } from './html-nodes.js';
import { parseInert } from './sanitize-html.js';

export * from './html-nodes.js';

/** `html` parsed as the children of a `<template>`; `null` when the page's Trusted Types refuse the parse. */
export function parseHtml(html: string): HNode[] | null {
  const fragment = parseInert(html);
  return fragment ? nodesFromDom(fragment.childNodes) : null;
}

/** `nodes` (of a parse, or of a live document: an element's children) as the plain tree. */
export function nodesFromDom(nodes: Iterable<Node>): HNode[] {
  const out: HNode[] = [];
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) out.push({ type: 'text', text: node.nodeValue ?? '' });
    else if (node.nodeType === Node.COMMENT_NODE) out.push({ type: 'comment', text: node.nodeValue ?? '' });
    else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      out.push({
        type: 'element',
        name: element.localName,
        html: element.namespaceURI === HTML_NS,
        attrs: Array.from(element.attributes, (a) => [a.name, a.value] as const),
        children: nodesFromDom(element.childNodes),
      });
    }
  }
  return out;
}
