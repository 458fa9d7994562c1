// Both ways in a React 19 app: the @lit/react components of components.ts, and the tags
// themselves with the JSX types of news-elements/jsx-react.
import type {} from 'news-elements/jsx-react';
import { useRef, useState } from 'react';
import type { Article, NewsArticleElement } from 'news-elements';
import { AdSlot, ImageGallery, NewsArticle } from './components.js';

export function WithWrappers({ article }: { article: Article }) {
  const [read, setRead] = useState(0);
  const ref = useRef<NewsArticleElement>(null);
  return (
    <>
      <NewsArticle
        ref={ref}
        article={article}
        timeZone="Asia/Kolkata"
        share
        onNewsArticleLoad={(event) => console.info(`${event.warnings.length} warnings`)}
        onNewsArticleError={(event) => console.warn(event.kind, event.errors)}
        onNewsArticleProgress={(event) => setRead(event.percent)}
      />
      <p>{read} % read</p>
      <ImageGallery images={article.image ? [article.image] : []} lightbox onImageGalleryChange={(event) => console.info(event.index)} />
      <AdSlot unit="/1234/news/article" sizes="300x250" onAdSlotRender={(event) => console.info(event.empty ? 'no ad' : event.size)} />
    </>
  );
}

export function WithTags({ article }: { article: Article }) {
  const [read, setRead] = useState(0);
  return (
    <>
      <news-article
        article={article}
        time-zone="Asia/Kolkata"
        share
        onnews-article-load={(event) => console.info(`${event.warnings.length} warnings`)}
        onnews-article-progress={(event) => setRead(event.percent)}
      />
      <p>{read} % read</p>
    </>
  );
}
