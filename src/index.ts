/**
 * news-elements: Lit web components that render news articles.
 * This module has no side effects; import `news-elements/define` (or call each class's
 * `define()`) to register the elements.
 */
export { NewsArticleElement } from './components/news-article/news-article.js';
export { NewsArticleErrorEvent, NewsArticleLoadEvent } from './components/news-article/events.js';
// Types only: their classes live in the lazy chunks of the features that fire them.
export type {
  NewsArticleCopyEvent,
  NewsArticleCopyMode,
  NewsArticleProgressEvent,
  NewsArticleProgressPercent,
  NewsArticleShareEvent,
  NewsArticleShareNetwork,
} from './components/news-article/events.js';
export { AdSlotElement } from './components/ad-slot/ad-slot.js';
export { AdSlotErrorEvent, AdSlotRenderEvent, AdSlotRequestEvent, AdSlotViewableEvent } from './components/ad-slot/events.js';
export {
  registerAdProvider,
  type AdConsent,
  type AdContext,
  type AdProvider,
  type AdProviderSource,
  type AdRenderedSize,
  type AdResponse,
} from './components/ad-slot/provider.js';
export type { AdSize, AdSizeRule } from './internal/ad-sizes.js';
export { ImageGalleryElement } from './components/image-gallery/image-gallery.js';
export { ImageGalleryChangeEvent } from './components/image-gallery/events.js';
export { parseArticle, type ArticleResult, type ParseOptions } from './article/validate.js';
export { renderArticleHTML } from './article/render-html.js';
export { articleJsonSchema, type JsonSchema } from './article/json-schema.js';
export { registerTranslation, type Translation } from './i18n/localize.js';
export type * from './article/types.js';
