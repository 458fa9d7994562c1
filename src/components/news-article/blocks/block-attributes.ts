import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { Block } from '../../../article/types.js';
import { directionFor } from '../../../i18n/localize.js';

/**
 * Puts a block's `id`, `lang` and `dir` on the element that renders it (`dir` derived from
 * `lang` when only that is given). One element part per block instead of three attribute
 * bindings, and no DOM call at all for the common block that has none of them.
 */
class BlockAttributes extends Directive {
  render(_block: Block): unknown {
    return noChange;
  }

  override update(part: ElementPart, [block]: [Block]): unknown {
    setBlockAttributes(part.element, block);
    return noChange;
  }
}

/** Sets (or removes) a block's `id`, `lang` and `dir` on `element`. */
export function setBlockAttributes(element: Element, block: Block): void {
  const dir = directionFor(block.lang, block.dir);
  for (const [name, value] of [['id', block.id], ['lang', block.lang], ['dir', dir]] as const) {
    if (value !== undefined) element.setAttribute(name, value);
    else if (element.attributes.length) element.removeAttribute(name);
  }
}

export const blockAttributes = directive(BlockAttributes);
