/// <reference types="vite/client" />
// The theme gallery: the seed article and a gallery in one of three themes, each a CSS file of
// tokens, knobs and ::part() rules (demo/themes/). The radio group switches the theme live and
// keeps it in the URL (?theme=broadsheet); the file's text is the page's <style id="theme">,
// and is also shown under the article.
import { AdSlotElement, ImageGalleryElement, NewsArticleElement } from '../src/index.js';
import broadsheet from './themes/broadsheet.css?raw';
import contrast from './themes/contrast.css?raw';
import defaultTheme from './themes/default.css?raw';

const THEMES: Record<string, string> = { default: defaultTheme, broadsheet, contrast };

const themeStyle = document.querySelector<HTMLStyleElement>('#theme')!;
const picker = document.querySelector<HTMLFormElement>('#themes')!;
const dark = document.querySelector<HTMLInputElement>('#dark')!;
const article = document.querySelector('news-article')!;

/** Puts theme `name` on the page and in the URL. */
function showTheme(name: string): void {
  themeStyle.textContent = THEMES[name]!;
  document.querySelector('#theme-file')!.textContent = `demo/themes/${name}.css`;
  document.querySelector('#theme-source')!.textContent = THEMES[name]!;
  const url = new URL(location.href);
  url.searchParams.set('theme', name);
  history.replaceState(history.state, '', url);
}

const asked = new URLSearchParams(location.search).get('theme');
const initial = asked && Object.hasOwn(THEMES, asked) ? asked : 'default';
picker.querySelector<HTMLInputElement>(`input[value="${initial}"]`)!.checked = true;
showTheme(initial);

picker.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.name === 'theme') showTheme(input.value);
});
picker.addEventListener('submit', (event) => event.preventDefault());

dark.addEventListener('change', () => {
  document.documentElement.style.colorScheme = dark.checked ? 'dark' : '';
});

// The article's ad slots fill from the dev server's house creative, as on the articles page.
article.addEventListener('news-article-load', () => {
  for (const slot of article.querySelectorAll('ad-slot')) slot.src ??= 'creatives/house.html';
});

for (const element of [AdSlotElement, ImageGalleryElement, NewsArticleElement]) element.define();
