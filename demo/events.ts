/// <reference types="vite/client" />
import '../src/define.js';
import type { Article } from '../src/index.js';

// The page is served with the seed article's HTML-first markup (scripts/demo-pages.mjs): the
// element reads it as its article, and its first news-article-load comes from there.
const element = document.querySelector('news-article')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

/** What a line of the log says about an event's detail: small, readable, never the whole article. */
function summary(event: Event): (string | Node)[] {
  switch (event.type) {
    case 'news-article-load': {
      const { article, warnings } = (event as HTMLElementEventMap['news-article-load']).detail;
      // The headline is in the article's language, not the page's.
      const headline = Object.assign(document.createElement('span'), { lang: article.lang, textContent: article.headline });
      return ['headline “', headline, `”, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`];
    }
    case 'news-article-error': {
      const { kind, status, errors } = (event as HTMLElementEventMap['news-article-error']).detail;
      return [JSON.stringify({ kind, ...(status === undefined ? {} : { status }), errors: errors.length })];
    }
    default:
      return [JSON.stringify((event as Event & { detail?: unknown }).detail ?? {})];
  }
}

function record(event: Event): void {
  const item = document.createElement('li');
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString('en-GB');
  const name = document.createElement('code');
  name.textContent = event.type;
  item.append(time, ' ', name, ' ', ...summary(event));
  // Newest first, so the latest stays in view; the live region announces each addition.
  log.prepend(item);
}

for (const type of ['news-article-load', 'news-article-error', 'news-article-progress', 'news-article-share', 'news-article-copy']) {
  element.addEventListener(type, record);
}
// Ad events bubble from the slots in the article's light DOM.
for (const type of ['ad-slot-request', 'ad-slot-render', 'ad-slot-viewable', 'ad-slot-error']) element.addEventListener(type, record);

// The first ad fills from the house creative; the second asks a URL that never answers
// (the dev server holds it open), so it ends in ad-slot-error after the slot's timeout.
element.addEventListener('news-article-load', () => {
  const [first, second] = element.querySelectorAll('ad-slot');
  first?.setAttribute('src', 'creatives/house.html');
  second?.setAttribute('src', 'creatives/never');
  second?.setAttribute('timeout', '3000');
});

/** The seed article from its JSON, which replaces the markup the page was served with. */
async function loadSeed(): Promise<void> {
  const seed = (await import('./articles/seed-gu.json')).default as Article;
  element.removeAttribute('src');
  // A new object each time, so the element takes it as a new article.
  element.article = { ...seed };
  element.querySelector(':scope > article:not([data-news-copy])')?.remove();
}

document.querySelector('#reload')!.addEventListener('click', () => void loadSeed());
document.querySelector('#missing')!.addEventListener('click', () => {
  element.article = undefined;
  element.setAttribute('src', './articles/no-such-article.json');
});
document.querySelector('#clear')!.addEventListener('click', () => log.replaceChildren());
