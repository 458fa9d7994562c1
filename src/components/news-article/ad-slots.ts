import type { AdBlock } from '../../article/types.js';
import { COPY_ID, tagOf } from '../../internal/define.js';
import { AdSlotElement } from '../ad-slot/ad-slot.js';

export interface AdDefaults {
  lang?: string;
  dir?: string;
  unit?: string;
  provider?: string;
  sizes?: string;
}

/** Slot ids are `news-article-<copy>-<n>-ad-<i>`, `<copy>` random per copy of the library (see COPY_ID). */
let instances = 0;

/**
 * Keeps one `<ad-slot>` per ad block in the host's light DOM, where ad scripts can find
 * it by id and measure it in the page; the host's shadow DOM projects each to its place
 * through a named `<slot>`. Slots are reused across re-renders (so an ad is not requested
 * again because, say, a translation changed) and removed when their block goes away.
 */
export class AdSlots {
  readonly #host: HTMLElement;
  readonly #id = `news-article-${COPY_ID}-${++instances}`;
  #slots: HTMLElement[] = [];

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  place(blocks: readonly AdBlock[], defaults: AdDefaults): void {
    // The tag this copy's <ad-slot> is registered under (a page may have chosen another).
    const tag = tagOf(AdSlotElement, 'ad-slot');
    blocks.forEach((block, i) => {
      let slot = this.#slots[i];
      if (!slot || slot.localName !== tag) {
        slot?.remove();
        slot = document.createElement(tag);
        slot.id = `${this.#id}-ad-${i + 1}`;
        this.#slots[i] = slot;
      }
      const attributes: Record<string, string | undefined> = {
        slot: `ad-${i + 1}`,
        sizes: block.sizes ?? defaults.sizes,
        unit: block.unit ?? defaults.unit,
        provider: defaults.provider,
        label: block.label,
        lang: block.lang ?? defaults.lang,
        dir: block.dir ?? defaults.dir,
      };
      for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined) slot.removeAttribute(name);
        else if (slot.getAttribute(name) !== value) slot.setAttribute(name, value);
      }
      if (slot.parentNode !== this.#host) this.#host.append(slot);
    });
    for (const extra of this.#slots.splice(blocks.length)) extra.remove();
  }
}
