/// <reference types="vite/client" />
import '../src/define.js';
import type { Article } from '../src/index.js';

const articles = import.meta.glob<Article>('./articles/*.json', { import: 'default' });
const names = ['seed-gu', 'ar-demo', 'en-demo'];

const element = document.querySelector('news-article')!;
const warningsBox = document.querySelector<HTMLElement>('#warnings')!;
const dark = document.querySelector<HTMLInputElement>('#dark')!;

// The article's ad slots fill from the dev server's house creative (the frame provider):
// set each slot's creative URL as the article creates its slots, before any is requested.
element.addEventListener('news-article-load', () => {
  for (const slot of element.querySelectorAll('ad-slot')) slot.src ??= 'creatives/house.html';
});

element.addEventListener('news-article-load', (event) => {
  const list = warningsBox.querySelector('ul')!;
  list.replaceChildren(
    ...event.warnings.map((warning) => Object.assign(document.createElement('li'), { textContent: `${warning.path}: ${warning.message}` })),
  );
  warningsBox.hidden = event.warnings.length === 0;
  document.title = `${event.article.headline} · news-elements demo`;
});

dark.addEventListener('change', () => {
  document.documentElement.style.colorScheme = dark.checked ? 'dark' : '';
});

const requested = new URLSearchParams(location.search).get('article') ?? 'seed-gu';
const name = names.includes(requested) ? requested : 'seed-gu';
for (const link of document.querySelectorAll<HTMLAnchorElement>('.demo-bar nav a')) {
  if (link.search === `?article=${name}`) link.setAttribute('aria-current', 'page');
}
element.article = await articles[`./articles/${name}.json`]!();
