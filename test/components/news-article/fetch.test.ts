import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsArticleElement } from '../../../src/index.js';
import { failed, loaded, renderSrc, settled, text } from './helpers.js';

const here = new URL('/fetch/', location.href).href;

describe('<news-article src>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('fetches the article and renders it, resolving relative URLs against the article, not the page', async () => {
    const { event, part, element } = await renderSrc('/fetch/article');
    expect(loaded(event).article.headline).to.equal('Fetched article');
    expect(text(part('headline'))).to.equal('Fetched article');
    const images = element.shadowRoot!.querySelectorAll('img');
    expect(images[0]!.getAttribute('src')).to.equal(`${here}images/lead.png`);
    expect(images[1]!.getAttribute('src')).to.equal(new URL('/fetch/images/body.png', location.href).href);
    expect(part('paragraph')!.querySelector('a')!.getAttribute('href')).to.equal(new URL('/other.html', location.href).href);
    await Promise.all(Array.from(images, (image) => image.decode()));
  });

  it('shows a skeleton of reserved height while loading, then the article with no layout shift', async () => {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    });
    observer.observe({ type: 'layout-shift' });
    const container = await fixture<HTMLDivElement>(html`<div><p id="after">Below the article</p></div>`);
    const element = document.createElement('news-article') as NewsArticleElement;
    element.style.setProperty('--news-article-skeleton-height', '1500px');
    element.src = '/fetch/article?delay=400';
    const done = oneEvent(element, 'news-article-load');
    container.prepend(element);
    await element.updateComplete;
    const skeleton = element.shadowRoot!.querySelector<HTMLElement>('[part="skeleton"]')!;
    expect(skeleton, 'skeleton while loading').to.exist;
    expect(skeleton.getAttribute('role')).to.equal('status');
    expect(text(skeleton)).to.equal('Loading the article…');
    expect(skeleton.getBoundingClientRect().height).to.equal(1500);
    await done;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    observer.disconnect();
    expect(element.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
    expect(shifts, 'layout shifts').to.deep.equal([]);
  });

  const failures: [string, string, string, string, number?][] = [
    ['a 404', '/fetch/status/404', 'http', 'The article could not be loaded (error 404).', 404],
    ['a 500', '/fetch/status/500', 'http', 'The article could not be loaded (error 500).', 500],
    ['a page that is not JSON', '/fetch/not-json', 'not-json', 'The article could not be read: it is not JSON.'],
    ['JSON that is not an article', '/fetch/invalid', 'invalid', 'This article could not be displayed.'],
    ['a declared size over 5 MB', '/fetch/oversize-declared', 'too-large', 'The article is too large to display.'],
    ['a streamed body over 5 MB', '/fetch/oversize-stream', 'too-large', 'The article is too large to display.'],
    ['a network failure', 'http://127.0.0.1:9/article.json', 'network', 'The article could not be loaded. Check your connection.'],
  ];
  for (const [name, src, kind, message, status] of failures) {
    it(`shows the error box with a retry button for ${name} (kind ${kind})`, async () => {
      const { event, part } = await renderSrc(src);
      const error = failed(event);
      expect(error.kind).to.equal(kind);
      expect(error.detail.status).to.equal(status);
      expect(error.errors.length).to.be.greaterThan(0);
      expect(part('error')!.getAttribute('role')).to.equal('alert');
      expect(text(part('error')!.querySelector('.error-title'))).to.equal(message);
      expect(part('retry-button')).to.exist;
    });
  }

  it('gives up on a body that hangs after `timeout` ms (kind timeout)', async () => {
    const started = performance.now();
    const { event, part } = await renderSrc('/fetch/hang', { timeout: '300' });
    expect(failed(event).kind).to.equal('timeout');
    expect(performance.now() - started).to.be.within(250, 5000);
    expect(text(part('error')!.querySelector('.error-title'))).to.equal('The article took too long to load.');
  });

  it('localizes the error box in the page language', async () => {
    document.documentElement.lang = 'gu';
    const { part } = await renderSrc('/fetch/status/503');
    expect(text(part('error')!.querySelector('.error-title'))).to.equal('લેખ લોડ થઈ શક્યો નથી (ભૂલ 503).');
    expect(text(part('retry-button'))).to.equal('ફરી પ્રયાસ કરો');
  });

  it('writes the status in the page language\'s digits', async () => {
    document.documentElement.lang = 'ar-EG';
    const { part } = await renderSrc('/fetch/status/503');
    expect(text(part('error')!.querySelector('.error-title'))).to.equal('تعذّر تحميل المقال (الخطأ ٥٠٣).');
  });

  it('tries again from the retry button, with the keyboard, and keeps focus in the element', async () => {
    const { element, part, event } = await renderSrc(`/fetch/flaky?id=${Math.random()}&delay=500`);
    expect(failed(event).detail.status).to.equal(503);
    part('retry-button')!.focus();
    const again = settled(element);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.getAttribute('part'), 'focus waits on the skeleton').to.equal('skeleton');
    loaded(await again);
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.getAttribute('part'), 'then moves to the article').to.equal('article');
  });

  it('keeps focus on the retry button when the retry fails too', async () => {
    const { element, part } = await renderSrc('/fetch/status/404');
    part('retry-button')!.focus();
    const again = settled(element);
    await sendKeys({ press: 'Space' });
    failed(await again);
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('retry-button');
  });

  it('aborts the old request when src changes, and renders only the new article', async () => {
    const id = `change-${Math.random()}`;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article') as NewsArticleElement;
    element.src = `/fetch/slow?id=${id}&delay=1500`;
    container.append(element);
    await aTimeout(300);
    const events: string[] = [];
    element.addEventListener('news-article-load', (e) => events.push(loaded(e).article.headline));
    element.src = `/fetch/slow?id=${id}-b&delay=10`;
    await oneEvent(element, 'news-article-load');
    await aTimeout(1600);
    expect(events).to.deep.equal([`Slow ${id}-b`]);
    const log = await (await fetch(`/fetch/log?id=${encodeURIComponent(id)}`)).json();
    expect(log).to.deep.equal({ requested: true, aborted: true });
  });

  it('aborts the request when the element leaves the page, and fetches again when it returns', async () => {
    const id = `leave-${Math.random()}`;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article') as NewsArticleElement;
    element.src = `/fetch/slow?id=${id}&delay=800`;
    container.append(element);
    await aTimeout(200);
    element.remove();
    await aTimeout(300);
    expect(await (await fetch(`/fetch/log?id=${encodeURIComponent(id)}`)).json()).to.deep.equal({ requested: true, aborted: true });
    const back = oneEvent(element, 'news-article-load');
    container.append(element);
    expect(loaded(await back).article.headline).to.equal(`Slow ${id}`);
  });

  it('prefers the article property over src, and src over a child script', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article') as NewsArticleElement;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ lang: 'en', headline: 'From the script', body: [] });
    element.append(script);
    element.src = '/fetch/article';
    const first = oneEvent(element, 'news-article-load');
    container.append(element);
    expect(loaded(await first).article.headline).to.equal('Fetched article');
    const second = oneEvent(element, 'news-article-load');
    element.article = { lang: 'en', headline: 'From the property', body: [] };
    expect(loaded(await second).article.headline).to.equal('From the property');
    const third = oneEvent(element, 'news-article-load');
    element.article = undefined;
    element.src = null;
    expect(loaded(await third).article.headline).to.equal('From the script');
  });

  it('re-reads the child script when its text changes, but ignores writes deep inside its light DOM', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article') as NewsArticleElement;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ lang: 'en', headline: 'One', body: [{ type: 'paragraph', html: 'x' }, { type: 'ad' }] });
    element.append(script);
    const first = oneEvent(element, 'news-article-load');
    container.append(element);
    await first;
    let loads = 0;
    element.addEventListener('news-article-load', () => loads++);
    // An ad script writing inside the light-DOM ad slot.
    const slot = element.querySelector('ad-slot')!;
    for (let i = 0; i < 5; i++) slot.append(document.createElement('div'));
    await aTimeout(50);
    expect(loads).to.equal(0);
    const next = oneEvent(element, 'news-article-load');
    script.textContent = JSON.stringify({ lang: 'en', headline: 'Two', body: [] });
    expect(loaded(await next).article.headline).to.equal('Two');
  });

  it('is accessible while loading and in the error state', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article') as NewsArticleElement;
    element.src = '/fetch/article?delay=1500';
    container.append(element);
    await element.updateComplete;
    await expect(element).to.be.accessible();
    const { element: broken } = await renderSrc('/fetch/status/500');
    await expect(broken).to.be.accessible();
  });
});

describe('<news-article article> edge cases', () => {
  it('treats an empty article attribute as "no article given"', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article');
    element.setAttribute('article', '');
    const event = settled(element);
    container.append(element);
    const error = failed(await event);
    expect(error.kind).to.equal('empty');
    expect(text(element.shadowRoot!.querySelector('.error-title'))).to.equal('No article was given.');
  });

  it('renders an article whose lang is junk in the page language, with a warning', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="hi"></div>`);
    const element = document.createElement('news-article') as NewsArticleElement;
    element.article = { lang: '"><img src=x onerror=alert(1)>', headline: 'h', body: [{ type: 'paragraph', html: 'x' }] };
    const event = settled(element);
    container.append(element);
    const load = loaded(await event);
    expect(load.article.lang).to.equal('hi');
    expect(load.warnings.map((w) => w.path)).to.include('lang');
    expect(element.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal('hi');
    expect(text(element.shadowRoot!.querySelector('[part="reading-time"]'))).to.contain('पढ़ने का समय');
  });

  it('normalizes en_US to en-US on the article element', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article') as NewsArticleElement;
    element.article = { lang: 'en_US', headline: 'h', body: [] };
    const event = settled(element);
    container.append(element);
    expect(loaded(await event).warnings).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal('en-US');
  });
});
