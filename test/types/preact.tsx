/** @jsxImportSource preact */
// Type test of news-elements/jsx-preact (types/jsx/preact.d.ts): compiled by
// `tsc -p test/types` (this pragma picks Preact's JSX) in `npm run typecheck`, never run. Each
// `@ts-expect-error` line is a use the types must reject: if the types become too loose, the
// directive is unused and the check fails.
import type {} from 'news-elements/jsx-preact';
import { useRef } from 'preact/hooks';
import type { Article, ArticleIssue, Image, ImageGalleryElement, NewsArticleElement, NewsArticleErrorEvent, NewsArticleLoadEvent } from 'news-elements';

declare const article: Article;
declare const images: Image[];
const log = (...values: unknown[]): void => void values;

export function Page() {
  const articleRef = useRef<NewsArticleElement>(null);
  return (
    <>
      <news-article
        ref={articleRef}
        class="story"
        lang="gu"
        aria-label="Article"
        style={{ '--ne-color-accent': '#0a58ca' }}
        article={article}
        timeZone="Asia/Kolkata"
        ads="none"
        syndicated
        onClick={(event) => log(event.currentTarget.warnings)}
        onnews-article-load={(event) => {
          const warnings: readonly ArticleIssue[] = event.detail.warnings;
          const element: NewsArticleElement = event.currentTarget;
          log(event.article.headline, warnings, element);
        }}
        onnews-article-error={(event) => log(event.kind, event.errors)}
      >
        <article>
          <h1>Fallback headline</h1>
        </article>
      </news-article>
      <news-article src="/a.json" time-zone="Asia/Kolkata" ad-every={4} />
      <image-gallery images={images} lightbox deep-link onimage-gallery-change={(event) => log(event.index)} />
      <ad-slot sizes="300x250" unit="/1234/news" onad-slot-viewable={(event) => log(event.source)} />
    </>
  );
}

export function Rejected() {
  const galleryRef = useRef<ImageGalleryElement>(null);
  return (
    <>
      {/* @ts-expect-error: `ads` is 'auto' | 'none' */}
      <news-article ads="sometimes" />
      {/* @ts-expect-error: `article` is an Article or its JSON text */}
      <news-article article={42} />
      {/* @ts-expect-error: `warnings` is read-only, not a prop */}
      <news-article warnings={[]} />
      {/* @ts-expect-error: a ref of another element */}
      <news-article ref={galleryRef} />
      {/* @ts-expect-error: the load event has no `percent` */}
      <news-article onnews-article-load={(event) => log(event.detail.percent)} />
      {/* @ts-expect-error: the error event's handler does not get a load event */}
      <news-article onnews-article-error={(event: NewsArticleLoadEvent) => log(event)} />
      {/* @ts-expect-error: nor the load event's handler an error event */}
      <news-article onnews-article-load={(event: NewsArticleErrorEvent) => log(event)} />
      {/* @ts-expect-error: an Image needs `alt` */}
      <image-gallery images={[{ src: 'a.jpg' }]} />
      {/* @ts-expect-error: `loading` is 'lazy' | 'eager' */}
      <ad-slot loading="soon" />
    </>
  );
}
