'use client';
/**
 * news-elements/react: `<NewsArticle article={…}>` for React 19, on a server and in the
 * browser. It renders `<news-article>` with the article's HTML-first children
 * (`renderArticleHTML`), so a server render (`renderToString`, streaming, a framework's SSR)
 * holds the article's text, and the element reads the same children back as the same article
 * once it is defined. It never imports the elements: import `news-elements/define` (or load
 * the bundle) in the browser.
 *
 * Why the children and not the `article` property: the children are there before any script
 * runs, the element reads them as exactly the article it was given (a round-trip test), and
 * it keeps no second, light-DOM copy of an article it read from them. React 19 sets neither
 * properties nor event listeners on a custom element it hydrates, so the listeners are added
 * here, when the component mounts.
 */
import { createElement, useImperativeHandle, useLayoutEffect, useMemo, useRef, type HTMLAttributes, type ReactElement, type ReactNode, type Ref } from 'react';
import { renderArticleHTML } from '../article/render-html.js';
import type { Article } from '../article/types.js';
import type { NewsArticleCopyEvent, NewsArticleErrorEvent, NewsArticleLoadEvent, NewsArticleProgressEvent, NewsArticleShareEvent } from '../components/news-article/events.js';
import type { NewsArticleElement } from '../components/news-article/news-article.js';

/** The element's events, as props (each is the element's own `Event` subclass). */
export interface NewsArticleEventProps {
  onNewsArticleLoad?: (event: NewsArticleLoadEvent) => void;
  onNewsArticleError?: (event: NewsArticleErrorEvent) => void;
  onNewsArticleProgress?: (event: NewsArticleProgressEvent) => void;
  onNewsArticleShare?: (event: NewsArticleShareEvent) => void;
  onNewsArticleCopy?: (event: NewsArticleCopyEvent) => void;
}

/** `<news-article>`'s attributes, camel-cased; see its documentation for each. */
export interface NewsArticleAttributes {
  src?: string;
  crossOrigin?: 'anonymous' | 'use-credentials';
  timeout?: number;
  format?: 'wordpress' | 'ans' | 'anf' | 'optimo' | 'jsonld' | 'html';
  timeZone?: string;
  ads?: 'auto' | 'none';
  adEvery?: number;
  adUnit?: string;
  adProvider?: string;
  adSizes?: string;
  syndicated?: boolean;
  copy?: 'attribute' | 'protect';
  share?: boolean;
}

export interface NewsArticleProps
  extends NewsArticleAttributes, NewsArticleEventProps, Omit<HTMLAttributes<NewsArticleElement>, 'children' | 'dangerouslySetInnerHTML'> {
  /**
   * The article (Article JSON as an object), written as the element's HTML-first children.
   * One that is not an article (no headline, …) is written as a child JSON script instead,
   * so the element shows its error box and fires `news-article-error`; the render does not throw.
   */
  article?: Article;
  /** What the element shows without `article` (say, a placeholder while `src` loads). */
  children?: ReactNode;
  /** The `<news-article>` element. */
  ref?: Ref<NewsArticleElement | null>;
}

const ATTRIBUTES: Record<keyof NewsArticleAttributes, string> = {
  src: 'src',
  crossOrigin: 'crossorigin',
  timeout: 'timeout',
  format: 'format',
  timeZone: 'time-zone',
  ads: 'ads',
  adEvery: 'ad-every',
  adUnit: 'ad-unit',
  adProvider: 'ad-provider',
  adSizes: 'ad-sizes',
  syndicated: 'syndicated',
  copy: 'copy',
  share: 'share',
};

const EVENTS: Record<keyof NewsArticleEventProps, string> = {
  onNewsArticleLoad: 'news-article-load',
  onNewsArticleError: 'news-article-error',
  onNewsArticleProgress: 'news-article-progress',
  onNewsArticleShare: 'news-article-share',
  onNewsArticleCopy: 'news-article-copy',
};

/**
 * The markup inside `<news-article>` for `article`: its HTML-first children, or (not an
 * article) a JSON script the element reports as invalid. The same on a server and in the
 * browser, so hydration finds what it renders.
 */
export function newsArticleChildren(article: unknown): string {
  try {
    return renderArticleHTML(article);
  } catch {
    let json = '';
    try {
      json = JSON.stringify(article) ?? '';
    } catch {
      // Not even JSON (a cycle, a BigInt): an empty script, which the element reports too.
    }
    // `<` escaped: nothing in the text can close the script.
    return `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;
  }
}

/**
 * `<news-article>` with `article` as its HTML-first children: in the server's HTML, read
 * without JavaScript, by reader views and crawlers, and by the element when it is defined.
 */
export function NewsArticle(props: NewsArticleProps): ReactElement {
  const { article, children, ref, ...rest } = props;
  const element = useRef<NewsArticleElement | null>(null);
  useImperativeHandle(ref, () => element.current!, []);

  const own: Record<string, unknown> = {};
  const events: NewsArticleEventProps = {};
  for (const [name, value] of Object.entries(rest)) {
    if (Object.hasOwn(EVENTS, name)) events[name as keyof NewsArticleEventProps] = value as never;
    else own[Object.hasOwn(ATTRIBUTES, name) ? ATTRIBUTES[name as keyof NewsArticleAttributes] : name] = value;
  }
  // The latest handlers, read when an event fires: the listeners are added once.
  const handlers = useRef(events);
  useLayoutEffect(() => {
    handlers.current = events;
  });
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const listeners = Object.entries(EVENTS).map(([name, type]) => {
      const listener = (event: Event) => (handlers.current[name as keyof NewsArticleEventProps] as ((e: Event) => void) | undefined)?.(event);
      target.addEventListener(type, listener);
      return () => target.removeEventListener(type, listener);
    });
    return () => listeners.forEach((remove) => remove());
  }, []);

  const markup = useMemo(() => (article === undefined ? undefined : newsArticleChildren(article)), [article]);
  return createElement(
    'news-article',
    {
      ...own,
      ref: element,
      // Once defined, the element adds its own light DOM (ad slots, JSON-LD) beside the
      // children, maybe before React hydrates them: that is not a mismatch.
      suppressHydrationWarning: true,
      ...(markup === undefined ? {} : { dangerouslySetInnerHTML: { __html: markup } }),
    },
    markup === undefined ? children : undefined,
  );
}
