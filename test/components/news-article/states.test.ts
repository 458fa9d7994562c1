import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { NewsArticleElement } from '../../../src/index.js';
import { renderArticle, renderSrc, settled } from './helpers.js';

const STATES = ['loading', 'error', 'ready'] as const;

/** The custom states `element` is in, of the three it documents. */
const statesOf = (element: Element) => STATES.filter((state) => element.matches(`:state(${state})`));

/** A `<news-article>` with `markup` as its children, put on the page; not waited for. */
async function withChildren(markup: string): Promise<NewsArticleElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('news-article');
  element.innerHTML = markup;
  container.append(element);
  return element;
}

/** A `<news-article src>` put on the page; not waited for. */
async function withSrc(src: string): Promise<NewsArticleElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('news-article');
  element.src = src;
  container.append(element);
  return element;
}

describe('<news-article> custom states', () => {
  // First: the code that reads HTML children is a lazy chunk, so its first read is sure to take a while.
  it('is loading while it reads HTML children, then ready', async () => {
    const element = await withChildren('<article><h1>A headline</h1><p>A paragraph.</p></article>');
    const event = settled(element);
    await element.updateComplete;
    expect(statesOf(element), 'reading').to.deep.equal(['loading']);
    await event;
    await element.updateComplete;
    expect(statesOf(element), 'read').to.deep.equal(['ready']);
  });

  it('is in no state before it has an article, and with HTML children it cannot read (they stay, no error box)', async () => {
    const empty = await fixture<NewsArticleElement>(html`<news-article></news-article>`);
    expect(statesOf(empty)).to.deep.equal([]);
    const unreadable = await withChildren('<p>A note without a headline.</p>');
    await settled(unreadable);
    await unreadable.updateComplete;
    expect(unreadable.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(statesOf(unreadable)).to.deep.equal([]);
  });

  it('is loading while src loads, then ready', async () => {
    const element = await withSrc('/fetch/article?delay=300');
    const event = settled(element);
    await element.updateComplete;
    expect(statesOf(element), 'fetching').to.deep.equal(['loading']);
    expect(element.shadowRoot!.querySelector('[part="skeleton"]')).to.exist;
    expect((await event).type).to.equal('news-article-load');
    await element.updateComplete;
    expect(statesOf(element), 'loaded').to.deep.equal(['ready']);
  });

  it('goes loading, error, then (retry) loading and ready', async () => {
    const element = await withSrc(`/fetch/flaky?id=states-${Math.random()}&delay=300`);
    await element.updateComplete;
    expect(statesOf(element), 'fetching').to.deep.equal(['loading']);
    expect((await settled(element)).type).to.equal('news-article-error');
    await element.updateComplete;
    expect(statesOf(element), 'failed').to.deep.equal(['error']);
    const retried = settled(element);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await element.updateComplete;
    expect(statesOf(element), 'fetching again').to.deep.equal(['loading']);
    expect((await retried).type).to.equal('news-article-load');
    await element.updateComplete;
    expect(statesOf(element), 'loaded').to.deep.equal(['ready']);
  });

  it('leaves ready for loading when src changes', async () => {
    const { element } = await renderSrc('/fetch/article');
    await element.updateComplete;
    expect(statesOf(element)).to.deep.equal(['ready']);
    const event = settled(element);
    element.src = '/fetch/article?delay=200';
    await element.updateComplete;
    expect(statesOf(element)).to.deep.equal(['loading']);
    await event;
    await element.updateComplete;
    expect(statesOf(element)).to.deep.equal(['ready']);
  });

  it('is ready with warnings, and in error for an invalid article (no retry), and ready again with a valid one', async () => {
    const { element, event } = await renderArticle({ lang: 'en', headline: 'Warned', body: [{ type: 'unknown' }, { type: 'paragraph', html: 'Text.' }] });
    expect((event as { warnings?: unknown[] }).warnings).to.have.length.greaterThan(0);
    await element.updateComplete;
    expect(statesOf(element)).to.deep.equal(['ready']);
    const failed = settled(element);
    element.article = { lang: 'en', body: [] } as never;
    await failed;
    await element.updateComplete;
    expect(statesOf(element)).to.deep.equal(['error']);
    expect(element.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
    const loaded = settled(element);
    element.article = { lang: 'en', headline: 'Fixed', body: [] };
    await loaded;
    await element.updateComplete;
    expect(statesOf(element)).to.deep.equal(['ready']);
  });

  it('lets page rules style the element and its parts by state', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <style>
        news-article:state(error) { outline: 3px dashed; }
        news-article:state(ready) { outline: 1px dotted; }
        news-article:state(error)::part(error-message) { text-decoration-line: underline; }
      </style>
    </div>`);
    const element = document.createElement('news-article');
    element.src = '/fetch/status/503';
    const event = settled(element);
    page.append(element);
    await event;
    await element.updateComplete;
    const style = getComputedStyle(element);
    expect([style.outlineStyle, style.outlineWidth]).to.deep.equal(['dashed', '3px']);
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part~="error-message"]')!).textDecorationLine).to.equal('underline');
    const loaded = settled(element);
    element.src = '/fetch/article';
    await loaded;
    await element.updateComplete;
    expect([getComputedStyle(element).outlineStyle, getComputedStyle(element).outlineWidth]).to.deep.equal(['dotted', '1px']);
  });
});
