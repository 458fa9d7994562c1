import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (allowed under a CSP without
 * 'unsafe-inline', unlike a style attribute). `undefined` removes a property. A smaller
 * stand-in for Lit's styleMap, used as an element binding: `<div ${styles({ … })}>`.
 */
class StyleProperties extends Directive {
  render(_properties: Record<string, string | undefined>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string | undefined>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    return noChange;
  }
}

export const styles = directive(StyleProperties);
