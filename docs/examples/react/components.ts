// React components for the three elements, made with @lit/react's createComponent: the
// element's properties as props and camelCase event props (`onNewsArticleLoad`, named here
// as news-elements/react names them), in React 18 as in React 19. They render on the client
// only; for server rendering use news-elements/react. React 19 also takes the tags as they
// are, with the types of news-elements/jsx-react: see App.tsx.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  AdSlotElement,
  ImageGalleryElement,
  NewsArticleElement,
  type AdSlotErrorEvent,
  type AdSlotRenderEvent,
  type AdSlotRequestEvent,
  type AdSlotViewableEvent,
  type ImageGalleryChangeEvent,
  type NewsArticleCopyEvent,
  type NewsArticleErrorEvent,
  type NewsArticleLoadEvent,
  type NewsArticleProgressEvent,
  type NewsArticleShareEvent,
} from 'news-elements';
// Registers the tags (the components render them, they do not define them).
import 'news-elements/define';

export const NewsArticle = createComponent({
  tagName: 'news-article',
  elementClass: NewsArticleElement,
  react: React,
  events: {
    onNewsArticleLoad: 'news-article-load' as EventName<NewsArticleLoadEvent>,
    onNewsArticleError: 'news-article-error' as EventName<NewsArticleErrorEvent>,
    onNewsArticleProgress: 'news-article-progress' as EventName<NewsArticleProgressEvent>,
    onNewsArticleShare: 'news-article-share' as EventName<NewsArticleShareEvent>,
    onNewsArticleCopy: 'news-article-copy' as EventName<NewsArticleCopyEvent>,
  },
});

export const ImageGallery = createComponent({
  tagName: 'image-gallery',
  elementClass: ImageGalleryElement,
  react: React,
  events: {
    onImageGalleryChange: 'image-gallery-change' as EventName<ImageGalleryChangeEvent>,
    onImageGalleryOpen: 'image-gallery-open',
    onImageGalleryClose: 'image-gallery-close',
  },
});

export const AdSlot = createComponent({
  tagName: 'ad-slot',
  elementClass: AdSlotElement,
  react: React,
  events: {
    onAdSlotRequest: 'ad-slot-request' as EventName<AdSlotRequestEvent>,
    onAdSlotRender: 'ad-slot-render' as EventName<AdSlotRenderEvent>,
    onAdSlotViewable: 'ad-slot-viewable' as EventName<AdSlotViewableEvent>,
    onAdSlotError: 'ad-slot-error' as EventName<AdSlotErrorEvent>,
  },
});
