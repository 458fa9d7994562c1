// Type test of news-elements/jsx-react (types/jsx/react.d.ts): compiled by
// `tsc -p test/types` in `npm run typecheck`, never run. Each
// `@ts-expect-error` line is a use the types must reject: if the types become too loose, the
// directive is unused and the check fails.
import type {} from 'news-elements/jsx-react';
import { useRef } from 'react';
import type {
  Article,
  ArticleIssue,
  Image,
  ImageGalleryElement,
  NewsArticleElement,
  NewsArticleErrorEvent,
  NewsArticleLoadEvent,
  NewsArticleProgressPercent,
} from 'news-elements';

declare const article: Article;
declare const images: Image[];
const log = (...values: unknown[]): void => void values;

export function Page() {
  const articleRef = useRef<NewsArticleElement>(null);
  return (
    <>
      <news-article
        ref={articleRef}
        key="a1"
        id="story"
        className="story"
        lang="gu"
        aria-label="Article"
        style={{ '--ne-color-accent': '#0a58ca', '--news-article-font-size': '1.2em', marginBlock: 8 }}
        article={article}
        timeZone="Asia/Kolkata"
        ads="auto"
        adEvery={3}
        syndicated
        share={false}
        copy="attribute"
        onClick={(event) => log(event.currentTarget.warnings)}
        onnews-article-load={(event) => {
          const headline: string = event.article.headline;
          const warnings: readonly ArticleIssue[] = event.warnings;
          const same: readonly ArticleIssue[] = event.detail.warnings;
          const element: NewsArticleElement = event.currentTarget;
          log(headline, warnings, same, element.warnings);
        }}
        onnews-article-error={(event) => log(event.kind, event.status, event.errors[0]?.path)}
        onnews-article-progress={(event) => {
          const percent: NewsArticleProgressPercent = event.percent;
          log(percent);
        }}
        onnews-article-share={(event) => (event.network === 'whatsapp' ? event.preventDefault() : undefined)}
        onnews-article-copy={(event) => log(event.mode)}
      >
        <article>
          <h1>Fallback headline, rendered by the server</h1>
        </article>
      </news-article>
      <news-article src="https://publisher.example/article.json" crossOrigin="anonymous" format="wordpress" timeout={5000} />
      {/* The attribute forms, as a server writes them. */}
      <news-article src="/a.json" time-zone="Asia/Kolkata" ad-every={4} ad-unit="/1234/news" ad-provider="gpt" ad-sizes="300x250" crossorigin="use-credentials" />
      <news-article article={JSON.stringify(article)} />
      <image-gallery
        images={images}
        start={1}
        loop
        thumbnails
        lightbox
        deepLink
        label="Photos"
        ref={(gallery) => gallery?.next()}
        onimage-gallery-change={(event) => log(event.index + 1, event.currentTarget.index)}
        onimage-gallery-open={(event) => log(event.type)}
      />
      <image-gallery deep-link>
        <img src="a.jpg" alt="A" width={600} height={400} />
      </image-gallery>
      <ad-slot
        sizes="(min-width: 768px) 728x90, 300x250"
        unit="/1234/news/article"
        provider="gpt"
        loading="eager"
        refresh={30}
        collapse="empty"
        targeting='{"section":"sport"}'
        onad-slot-request={(event) => log(event.provider, event.sizes.length, event.personalized)}
        onad-slot-render={(event) => log(event.empty, event.size)}
        onad-slot-error={(event) => log(event.message)}
      />
    </>
  );
}

export function Rejected() {
  const galleryRef = useRef<ImageGalleryElement>(null);
  return (
    <>
      {/* @ts-expect-error: `ads` is 'auto' | 'none' */}
      <news-article ads="sometimes" />
      {/* @ts-expect-error: `timeout` is a number */}
      <news-article timeout="fast" />
      {/* @ts-expect-error: `article` is an Article or its JSON text */}
      <news-article article={42} />
      {/* @ts-expect-error: an Article needs headline, lang and body */}
      <news-article article={{ headline: 'No body' }} />
      {/* @ts-expect-error: `warnings` is read-only, not a prop */}
      <news-article warnings={[]} />
      {/* @ts-expect-error: no such prop */}
      <news-article headline="Not a prop" />
      {/* @ts-expect-error: the attribute form has the property's type */}
      <news-article ad-every="often" />
      {/* @ts-expect-error: a ref of another element */}
      <news-article ref={galleryRef} />
      {/* @ts-expect-error: the load event has no `percent` */}
      <news-article onnews-article-load={(event) => log(event.detail.percent)} />
      {/* @ts-expect-error: nor a `kind` */}
      <news-article onnews-article-load={(event) => log(event.kind)} />
      {/* @ts-expect-error: progress is 25 | 50 | 75 | 100 */}
      <news-article onnews-article-progress={(event) => ((p: 10) => p)(event.percent)} />
      {/* @ts-expect-error: the error event's handler does not get a load event */}
      <news-article onnews-article-error={(event: NewsArticleLoadEvent) => log(event)} />
      {/* @ts-expect-error: nor the load event's handler an error event */}
      <news-article onnews-article-load={(event: NewsArticleErrorEvent) => log(event)} />
      {/* @ts-expect-error: an Image needs `alt` */}
      <image-gallery images={[{ src: 'a.jpg' }]} />
      {/* @ts-expect-error: `start` is a number */}
      <image-gallery start="2" />
      {/* @ts-expect-error: `index` is read-only */}
      <image-gallery index={2} />
      {/* @ts-expect-error: the change event carries `index`, not `slide` */}
      <image-gallery onimage-gallery-change={(event) => log(event.slide)} />
      {/* @ts-expect-error: `loading` is 'lazy' | 'eager' */}
      <ad-slot loading="soon" />
      {/* @ts-expect-error: `refresh` is a number of seconds */}
      <ad-slot refresh="30s" />
      {/* @ts-expect-error: the render event has `empty`, not `filled` */}
      <ad-slot onad-slot-render={(event) => log(event.filled)} />
      {/* @ts-expect-error: not a custom property of the elements */}
      <news-article style={{ '--ne-colour-accent': 'red' }} />
    </>
  );
}
