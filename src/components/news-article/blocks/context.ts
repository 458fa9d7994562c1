import type { AdBlock } from '../../../article/types.js';
import type { Translation } from '../../../i18n/localize.js';

/** What block renderers need from the element, so they stay plain functions. */
export interface RenderContext {
  /** The article's language (for Intl); blocks may override `lang` for their own text. */
  readonly lang: string;
  readonly strings: Translation;
  /**
   * Sanitizes an inline-HTML field found at `path`, recording what it removed as warnings.
   * Its content goes into `into` (default: a new fragment, for a template), which is
   * returned, and is filled once every field of the article has been sanitized, before
   * anything renders.
   */
  rich(html: string, path: string, into?: ParentNode): ParentNode;
  /** The name of the light-DOM slot that holds the `<ad-slot>` for this block. */
  adSlotName(block: AdBlock): string;
}
