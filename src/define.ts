/**
 * Registers every element under its default tag; the entry of the embeddable bundle.
 * Safe to load twice, or next to another version: tags that are already defined are left
 * alone, and one warning says which and by whom.
 */
import { AdSlotElement } from './components/ad-slot/ad-slot.js';
import { ImageGalleryElement } from './components/image-gallery/image-gallery.js';
import { NewsArticleElement } from './components/news-article/news-article.js';
import { defineElements } from './internal/define.js';

defineElements([
  ['ad-slot', AdSlotElement],
  ['image-gallery', ImageGalleryElement],
  ['news-article', NewsArticleElement],
]);

// What a page that embeds the bundle may need; the JSON Schema generator stays in the npm module.
export { AdSlotElement, ImageGalleryElement, NewsArticleElement };
export { registerTranslation } from './i18n/localize.js';
export { registerAdProvider } from './components/ad-slot/provider.js';
export { parseArticle } from './article/validate.js';
