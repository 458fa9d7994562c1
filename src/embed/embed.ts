/**
 * The script of the iframe embed page (`dist/embed.html`): renders the article named by
 * `?src=` with `<news-article>`, and tells the parent window how tall the page is, so the
 * host can size the frame to fit (no scrollbar). The host's side is `embed-host.js`; both are
 * documented in docs/embed.md.
 *
 * Query parameters (nothing else is read):
 * - `src`: the article's URL, absolute or relative to the embed page; http(s) only. Fetched
 *   by the element with CORS, so the article's server must allow the embed page's origin.
 * - `syndicated`: when present (any value, even empty), sets the element's `syndicated`
 *   attribute: attribution to the original, no JSON-LD.
 * - `lang`: a BCP 47 tag (`en_US` style accepted) for the page; the element's own strings
 *   (skeleton, errors) use it until the article's own `lang` is known.
 *
 * Messages to the parent, once the element has first rendered and whenever the page's height
 * changes:
 *   `{ type: 'news-elements:height', height, src }`: `height` in CSS pixels (a whole number),
 *   `src` the article's absolute URL ('' when `?src=` was refused).
 * They go to any origin (`'*'`): they carry only the height of a public article the parent
 * itself named in the frame's URL, and the parent's origin is not reliably known in every
 * browser. The host must check `event.origin` and `event.source` (embed-host.js does).
 * The parent may post `{ type: 'news-elements:measure' }` to have the height sent again
 * (e.g. when its listener starts after the frame has loaded).
 */
import type { NewsArticleLoadEvent } from '../components/news-article/events.js';
import type { NewsArticleElement } from '../components/news-article/news-article.js';

/** The message the embed page posts to its parent. */
export interface EmbedHeightMessage {
  type: 'news-elements:height';
  height: number;
  src: string;
}

const params = new URLSearchParams(location.search);
const element = document.querySelector<NewsArticleElement>('news-article')!;
const src = articleURL(params.get('src'));
const lang = languageTag(params.get('lang'));
let reported = -1;

/** `value` resolved against this page, when it is an http(s) URL. */
function articleURL(value: string | null): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** `value` as a canonical BCP 47 tag, or undefined when it is not one. */
function languageTag(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    return Intl.getCanonicalLocales(value.replaceAll('_', '-'))[0];
  } catch {
    return undefined;
  }
}

function postHeight(force = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === reported && !force) return;
  reported = height;
  const message: EmbedHeightMessage = { type: 'news-elements:height', height, src: src?.href ?? '' };
  window.parent.postMessage(message, '*');
}

const sheet = new CSSStyleSheet();
// flow-root keeps the article's margins inside the measured height. The skeleton's default
// height is 100vh, which in a frame sized to its content would grow with every report.
sheet.replaceSync(`
  html { background: transparent; }
  body { margin: 0; display: flow-root; }
  news-article { display: block; --news-article-skeleton-height: 40rem; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

if (lang) document.documentElement.lang = lang;
if (params.has('syndicated')) element.setAttribute('syndicated', '');
if (src) {
  element.setAttribute('src', src.href);
} else {
  const note = document.createElement('p');
  note.textContent = 'No article to show: the embed page needs ?src= with the http(s) URL of an article.';
  element.replaceChildren(note);
}
element.addEventListener('news-article-load', (event: NewsArticleLoadEvent) => {
  document.title = event.article.headline;
});

// Measured once the element has rendered for the first time (the skeleton, typically), so the
// host never sees the empty page's height.
async function reportHeights(): Promise<void> {
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  new ResizeObserver(() => postHeight()).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === 'news-elements:measure') postHeight(true);
  });
}

if (window.parent !== window) void reportHeights();
