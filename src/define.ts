/**
 * Registers every element under its default tag; the entry of the embeddable bundle.
 * Safe to load twice: tags that are already defined are left alone.
 */
import { AdSlotElement } from './components/ad-slot/ad-slot.js';
import { NewsArticleElement } from './components/news-article/news-article.js';

AdSlotElement.define();
NewsArticleElement.define();

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
    'ad-slot': AdSlotElement;
  }
}
