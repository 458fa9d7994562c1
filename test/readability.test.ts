import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { renderArticleHTML } from '../src/article/render-html.js';
import type { NewsArticleElement } from '../src/index.js';
import seed from '../demo/articles/seed-gu.json' with { type: 'json' };
import { settled } from './components/news-article/helpers.js';

/**
 * Firefox Reader View's engine, run as Firefox runs it: on a copy of the document
 * (`cloneNode(true)` copies no shadow roots). It must find the article's text by every route.
 */
interface ReadabilityResult {
  title: string;
  textContent: string;
}
declare const Readability: new (document: Document) => { parse(): ReadabilityResult | null };

async function loadReadability(): Promise<void> {
  if (typeof (globalThis as { Readability?: unknown }).Readability === 'function') return;
  const script = document.createElement('script');
  script.src = '/node_modules/@mozilla/readability/Readability.js';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  document.head.append(script);
  await loaded;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The article's reading text: headline, headings and paragraphs. */
const ARTICLE_TEXT = [seed.headline, ...seed.body.flatMap((b) => ('html' in b ? [b.html!] : 'text' in b ? [b.text!] : []))].map(squeeze);
const TOTAL = ARTICLE_TEXT.reduce((n, t) => n + t.length, 0);

/** Share of the article's text (by characters) that Readability extracted from a copy of the page. */
function extracted(): { share: number; missing: string[] } {
  const result = new Readability(document.cloneNode(true) as Document).parse();
  const found = squeeze(result?.textContent ?? '');
  const missing = ARTICLE_TEXT.filter((t) => !found.includes(t));
  return { share: 1 - missing.reduce((n, t) => n + t.length, 0) / TOTAL, missing };
}

const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));

/** A page like the demo: a site bar with navigation, the article, a footer. */
async function page(setUp: (element: NewsArticleElement) => void): Promise<NewsArticleElement> {
  const container = await fixture<HTMLDivElement>(html`<div>
    <header><strong>Gujarat News Demo</strong><nav><a href="/">Home</a> <a href="/gujarat">Gujarat</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
    <main></main>
    <footer><p>© Gujarat News Demo · <a href="/about">About us</a> · <a href="/contact">Contact</a></p></footer>
  </div>`);
  const element = document.createElement('news-article') as NewsArticleElement;
  setUp(element);
  const event = settled(element);
  container.querySelector('main')!.append(element);
  await event;
  // The JSON routes write their copy when the browser is idle.
  for (let i = 0; i < 30 && !element.querySelector('article'); i++) await idle();
  return element;
}

const ROUTES: [string, (element: NewsArticleElement) => void][] = [
  ['the article property', (element) => (element.article = seed as never)],
  ['the article attribute', (element) => element.setAttribute('article', JSON.stringify(seed))],
  ['a child script', (element) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(seed);
    element.append(script);
  }],
  ['src', (element) => element.setAttribute('src', '/fetch/seed')],
  ['HTML children', (element) => (element.innerHTML = renderArticleHTML(seed))],
];

describe('reader views (Readability.js on a copy of the document)', () => {
  before(loadReadability);

  for (const [route, setUp] of ROUTES) {
    it(`extract at least 95 % of the seed article's text given by ${route}`, async () => {
      await page(setUp);
      const { share, missing } = extracted();
      expect(share, `missing: ${missing.map((t) => t.slice(0, 40)).join(' | ')}`).to.be.at.least(0.95);
    });
  }

  it('extract nothing of the article from the shadow root alone (what the copy is for)', async () => {
    // Without the light-DOM copy (the copy's code is what this guards), a reader view finds none of the text.
    const element = await page((e) => (e.article = seed as never));
    element.querySelector('[data-news-copy]')!.remove();
    expect(extracted().share).to.be.below(0.05);
  });
});
