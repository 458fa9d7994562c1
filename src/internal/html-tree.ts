/** The plain tree of html-nodes.ts, read from an inert `<template>` parse (the server's twin is html-tree.node.ts). */
import { HTML_NS, type HNode } from './html-nodes.js';
import { parseInert } from './sanitize-html.js';

export * from './html-nodes.js';

/** `html` parsed as the children of a `<template>`; `null` when the page's Trusted Types refuse the parse. */
export function parseHtml(html: string): HNode[] | null {
  const fragment = parseInert(html);
  return fragment ? fromDom(fragment) : null;
}

function fromDom(parent: Node): HNode[] {
  const nodes: HNode[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) nodes.push({ type: 'text', text: node.nodeValue ?? '' });
    else if (node.nodeType === Node.COMMENT_NODE) nodes.push({ type: 'comment', text: node.nodeValue ?? '' });
    else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      nodes.push({
        type: 'element',
        name: element.localName,
        html: element.namespaceURI === HTML_NS,
        attrs: Array.from(element.attributes, (a) => [a.name, a.value] as const),
        children: fromDom(element),
      });
    }
  }
  return nodes;
}

