/**
 * Preact in the browser: like React 19, it sets a prop the element has as its property and
 * adds `on` + event name (`onnews-article-load`) as an event listener, which is what the
 * JSX types of news-elements/jsx-preact promise.
 */
import { expect } from '@open-wc/testing';
import { h, render } from 'preact';
import '../../src/define.js';
import type { Article } from '../../src/article/types.js';
import type { NewsArticleLoadEvent } from '../../src/components/news-article/events.js';
import type { NewsArticleElement } from '../../src/index.js';
import { nextLoad, text } from '../components/news-article/helpers.js';

describe('Preact', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  it('sets `article` as the property and gets news-article-load through `onnews-article-load`', async () => {
    const article: Article = { lang: 'en', headline: 'From Preact', body: [] };
    const heard: string[] = [];
    const load = nextLoad(container);
    render(h('news-article', { article, 'time-zone': 'Asia/Kolkata', 'onnews-article-load': (event: Event) => heard.push((event as NewsArticleLoadEvent).article.headline) }), container);
    await load;
    const element = container.querySelector('news-article') as NewsArticleElement;
    expect(element.article).to.equal(article);
    expect(element.hasAttribute('article')).to.be.false;
    expect(element.timeZone).to.equal('Asia/Kolkata');
    expect(text(element.shadowRoot!.querySelector('[part~="headline"]'))).to.equal('From Preact');
    expect(heard).to.deep.equal(['From Preact']);
  });
});
