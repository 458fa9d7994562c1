/**
 * Types only: the `NewsElements` global that the classic-script bundle
 * (`dist/news-elements.iife.js`) defines, for a page's own TypeScript. Not part of any
 * build's code; `tsc -p tsconfig.build.json` emits it as `dist/types/global.d.ts`, the types
 * of `news-elements/global` and `news-elements/news-elements.iife.js`:
 *
 *   /// <reference types="news-elements/global" />
 *   NewsElements.NewsArticleElement.define('my-article');
 */
import type * as Bundle from './define.js';

declare global {
  /** What `<script src="…/news-elements.iife.js">` defines: the bundle's exports, frozen. */
  var NewsElements: Readonly<typeof Bundle>;
}

export {};
