/** The HTML children route's reader, a lazy chunk: the html format over the element's own children. */
import { articleFromNodes } from '../../import/html-article.js';
import type { Mapped } from '../../import/types.js';
import { nodesFromDom } from '../../internal/html-tree.js';

export function readChildren(children: readonly Element[]): Mapped {
  return articleFromNodes(nodesFromDom(children));
}
