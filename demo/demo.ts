/// <reference types="vite/client" />
import '../src/define.js';

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

// The article is the element's HTML-first children, which it reads as it would read a
// server's: index.html comes with the markup of every demo article, and its inline script has
// put in the one ?article= asks for (the seed's stays for any other).
const asked = new URLSearchParams(location.search).get('article');
const name = asked && document.getElementById(`article-${asked}`) ? asked : 'seed-gu';
for (const link of document.querySelectorAll<HTMLAnchorElement>('.demo-bar nav a')) {
  if (link.search === `?article=${name}`) link.setAttribute('aria-current', 'page');
}
