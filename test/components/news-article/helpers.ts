import { fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { NewsArticleElement } from '../../../src/index.js';
import { NewsArticleErrorEvent, NewsArticleLoadEvent } from '../../../src/components/news-article/events.js';

export interface Rendered {
  element: NewsArticleElement;
  event: NewsArticleLoadEvent | NewsArticleErrorEvent;
  /** The first shadow element with `part` token `name`. */
  part<T extends Element = HTMLElement>(name: string): T | null;
  /** Every shadow element with `part` token `name`. */
  parts<T extends Element = HTMLElement>(name: string): T[];
}

/** Renders `article` (property) in a `<news-article>` with `attributes`, and waits for its load or error event. */
export async function renderArticle(article: unknown, attributes: Record<string, string> = {}): Promise<Rendered> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('news-article');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const event = new Promise<NewsArticleLoadEvent | NewsArticleErrorEvent>((resolve) => {
    element.addEventListener('news-article-load', resolve, { once: true });
    element.addEventListener('news-article-error', resolve, { once: true });
  });
  (element as { article?: unknown }).article = article;
  container.append(element);
  return wrap(element, await event);
}

/** Puts `<news-article src>` (plus `attributes`) on the page and waits for its load or error event. */
export async function renderSrc(src: string, attributes: Record<string, string> = {}): Promise<Rendered> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('news-article');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('src', src);
  const event = settled(element);
  container.append(element);
  return wrap(element, await event);
}

/** The next `news-article-load` or `news-article-error` that reaches `target`. */
export const settled = (target: EventTarget) =>
  new Promise<NewsArticleLoadEvent | NewsArticleErrorEvent>((resolve) => {
    target.addEventListener('news-article-load', (e) => resolve(e as NewsArticleLoadEvent), { once: true });
    target.addEventListener('news-article-error', (e) => resolve(e as NewsArticleErrorEvent), { once: true });
  });

export function wrap(element: NewsArticleElement, event: NewsArticleLoadEvent | NewsArticleErrorEvent): Rendered {
  const root = element.shadowRoot!;
  return {
    element,
    event,
    part: <T extends Element>(name: string) => root.querySelector<T>(`[part~="${name}"]`),
    parts: <T extends Element>(name: string) => Array.from(root.querySelectorAll<T>(`[part~="${name}"]`)),
  };
}

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The next `news-article-load` event that reaches `target`. */
export const nextLoad = (target: EventTarget) =>
  new Promise<NewsArticleLoadEvent>((resolve) => target.addEventListener('news-article-load', (e) => resolve(e as NewsArticleLoadEvent), { once: true }));

/** Narrows a rendered event to a load event (fails the test otherwise). */
export function loaded(event: Event): NewsArticleLoadEvent {
  if (!(event instanceof NewsArticleLoadEvent)) throw new Error(`expected news-article-load, got ${event.type}`);
  return event;
}

/** Narrows a rendered event to an error event (fails the test otherwise). */
export function failed(event: Event): NewsArticleErrorEvent {
  if (!(event instanceof NewsArticleErrorEvent)) throw new Error(`expected news-article-error, got ${event.type}`);
  return event;
}

/**
 * Resolves once the reader features that rendered elements asked for (JSON-LD, progress, the
 * copy modes: code loaded on demand, after the first render) have arrived and started: the
 * browser has been idle, their modules are loaded, then a task goes by for the elements' own imports to settle.
 */
export async function featuresLoaded(): Promise<void> {
  // JSON-LD and progress are asked for when the browser is idle after a render.
  await new Promise((resolve) => requestIdleCallback(resolve));
  await Promise.all([
    import('../../../src/components/news-article/json-ld.js'),
    import('../../../src/components/news-article/progress.js'),
    import('../../../src/components/news-article/copy.js'),
  ]);
  await new Promise((resolve) => setTimeout(resolve));
}
