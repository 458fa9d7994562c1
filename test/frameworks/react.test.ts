/**
 * React 19 in the browser, as README.md "In React, Preact and Vue" shows it: a prop the
 * element has is set as its property (`article` stays the very object), and a prop named
 * `on` + event name (`onnews-article-load`) is an event listener, which is what the JSX
 * types of news-elements/jsx-react promise. React runs as its development build
 * (test/frameworks/commonjs.mjs), so a misuse it can see would show as a console error.
 */
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/define.js';
import type { Article, Image } from '../../src/article/types.js';
import { NewsArticleLoadEvent } from '../../src/components/news-article/events.js';
import type { ImageGalleryElement, NewsArticleElement } from '../../src/index.js';
import { nextLoad, text } from '../components/news-article/helpers.js';

const story = (headline: string): Article => ({ lang: 'en', headline, body: [{ type: 'paragraph', html: `${headline}: the <em>body</em>.` }] });

describe('React 19', () => {
  let container: HTMLElement;
  let root: Root;
  let errors: string[];
  const originalError = console.error;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    errors = [];
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    console.error = originalError;
  });

  /** Renders `props` on a `<news-article>` and resolves with its next load event (the listener is the page's own). */
  const renderArticle = async (props: Record<string, unknown>) => {
    const load = nextLoad(container);
    root.render(createElement('news-article', props));
    const event = await load;
    return { event, element: container.querySelector('news-article') as NewsArticleElement };
  };

  it('sets `article` as the property and gets news-article-load through `onnews-article-load`', async () => {
    const article = story('From React');
    const heard: Event[] = [];
    const targets: (EventTarget | null)[] = [];
    const { element } = await renderArticle({ article, 'onnews-article-load': (event: Event) => heard.push(event) && targets.push(event.currentTarget) });

    expect(element.article).to.equal(article);
    expect(element.hasAttribute('article')).to.be.false;
    expect(text(element.shadowRoot!.querySelector('[part~="headline"]'))).to.equal('From React');
    expect(heard).to.have.length(1);
    expect(heard[0]).to.be.instanceOf(NewsArticleLoadEvent);
    expect((heard[0] as NewsArticleLoadEvent).article.headline).to.equal('From React');
    expect(targets[0], 'the listener is on the element').to.equal(element);
    expect(errors).to.deep.equal([]);
  });

  it('renders the next article on a new prop and stops listening once the handler prop is gone', async () => {
    const heard: string[] = [];
    const listen = (event: Event) => void heard.push((event as NewsArticleLoadEvent).article.headline);
    await renderArticle({ article: story('First'), 'onnews-article-load': listen });
    const { element } = await renderArticle({ article: story('Second'), 'onnews-article-load': listen });
    expect(text(element.shadowRoot!.querySelector('[part~="headline"]'))).to.equal('Second');

    await renderArticle({ article: story('Third') });
    expect(heard).to.deep.equal(['First', 'Second']);
    expect(errors).to.deep.equal([]);
  });

  it('sets attributes the element has no property for, and booleans and arrays as properties', async () => {
    const images: Image[] = [
      { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: 'One', width: 3, height: 2 },
      { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: 'Two', width: 3, height: 2 },
    ];
    const { element } = await renderArticle({ article: story('Attributes'), 'time-zone': 'Asia/Kolkata', syndicated: true, 'data-id': 'a1' });
    expect(element.timeZone, 'time-zone is the attribute of timeZone').to.equal('Asia/Kolkata');
    expect(element.syndicated).to.be.true;
    expect(element.dataset.id).to.equal('a1');

    flushSync(() => root.render(createElement('image-gallery', { images, lightbox: true })));
    const gallery = container.querySelector('image-gallery') as ImageGalleryElement;
    await gallery.updateComplete;
    expect(gallery.images).to.equal(images);
    expect(gallery.lightbox).to.be.true;
    expect(gallery.shadowRoot!.querySelectorAll('[part~="slide"]')).to.have.length(2);
    expect(errors).to.deep.equal([]);
  });
});
