import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { NewsArticleProgressPercent } from '../../../src/components/news-article/events.js';
import type { Article } from '../../../src/article/types.js';
import type { NewsArticleElement } from '../../../src/index.js';
import { minimal } from '../../article/samples.js';
import { featuresLoaded, nextLoad } from './helpers.js';

const VIEWPORT = { width: 800, height: 600 };

/** An article whose body is `count` paragraphs (tall: many screens). */
const long = (count = 80, headline = 'Long read'): Article => ({
  ...minimal(),
  lang: 'en',
  headline,
  body: Array.from({ length: count }, (_, i) => ({ type: 'paragraph' as const, html: `Paragraph ${i + 1}. ${'Words to read. '.repeat(12)}` })),
});

/** Frames enough for IntersectionObserver to deliver what the last scroll changed. */
const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 30));
};

interface Page {
  element: NewsArticleElement;
  percents: NewsArticleProgressPercent[];
  body: HTMLElement;
  /** Scrolls the window so that the bottom of the viewport is at `fraction` of the body's height. */
  readTo(fraction: number): Promise<void>;
}

/** A page with a screen of content, the article, and a screen of content after it. */
async function page(article: Article, { before = 700, after = 700 } = {}): Promise<Page> {
  await setViewport(VIEWPORT);
  const container = await fixture<HTMLDivElement>(html`<div>
    <div style="block-size: ${before}px"></div>
    <div class="slot"></div>
    <div style="block-size: ${after}px"></div>
  </div>`);
  window.scrollTo(0, 0);
  const element = document.createElement('news-article');
  const percents: NewsArticleProgressPercent[] = [];
  element.addEventListener('news-article-progress', (event) => percents.push(event.percent));
  const loaded = nextLoad(element);
  element.article = article;
  container.querySelector('.slot')!.append(element);
  await loaded;
  await featuresLoaded(); // the progress code loads after the first render
  await settle();
  const body = element.shadowRoot!.querySelector<HTMLElement>('[part~="body"]')!;
  return {
    element,
    percents,
    body,
    async readTo(fraction) {
      const box = body.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + box.top + box.height * fraction - window.innerHeight);
      await settle();
    },
  };
}

describe('<news-article> news-article-progress', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('fires 25, 50, 75 and 100 as the reader scrolls through the body, each when its point comes into view', async () => {
    const { percents, readTo } = await page(long());
    expect(percents, 'the body is below the first screen').to.deep.equal([]);
    await readTo(0.2);
    expect(percents).to.deep.equal([]);
    await readTo(0.3);
    expect(percents).to.deep.equal([25]);
    await readTo(0.45);
    expect(percents).to.deep.equal([25]);
    await readTo(0.55);
    expect(percents).to.deep.equal([25, 50]);
    await readTo(0.8);
    expect(percents).to.deep.equal([25, 50, 75]);
    await readTo(0.98);
    expect(percents).to.deep.equal([25, 50, 75]);
    await readTo(1.01);
    expect(percents).to.deep.equal([25, 50, 75, 100]);
  });

  it('fires each once per article, however the reader scrolls back and forth', async () => {
    const { percents, readTo } = await page(long());
    for (const fraction of [0.3, 0.1, 0.6, 0.2, 0.9, 0.3, 1.05, 0, 1.05]) await readTo(fraction);
    expect(percents).to.deep.equal([25, 50, 75, 100]);
  });

  it('reports the points a jump went past, in order, even when they are out of view again', async () => {
    const { percents, readTo, body } = await page(long());
    expect(body.getBoundingClientRect().height * 0.2, 'the 75 % point leaves the screen').to.be.greaterThan(window.innerHeight);
    await readTo(0.95);
    expect(percents).to.deep.equal([25, 50, 75]);
  });

  it('counts from the start again when the article changes', async () => {
    const { element, percents, readTo } = await page(long());
    await readTo(1.05);
    expect(percents).to.deep.equal([25, 50, 75, 100]);
    window.scrollTo(0, 0);
    const loaded = nextLoad(element);
    element.article = long(80, 'Another long read');
    await loaded;
    await settle();
    percents.length = 0;
    await readTo(0.3);
    expect(percents).to.deep.equal([25]);
    await readTo(1.05);
    expect(percents).to.deep.equal([25, 50, 75, 100]);
  });

  it('does not start again when only the ad settings or translations re-render the same article', async () => {
    const { element, percents, readTo } = await page(long());
    await readTo(0.6);
    expect(percents).to.deep.equal([25, 50]);
    element.ads = 'auto';
    await element.updateComplete;
    await settle();
    expect(percents).to.deep.equal([25, 50]);
  });

  it('fires all four at once for a body that is wholly in view', async () => {
    const short = { ...minimal(), lang: 'en', body: [{ type: 'paragraph' as const, html: 'Short.' }] };
    const { percents } = await page(short, { before: 0, after: 0 });
    expect(percents).to.deep.equal([25, 50, 75, 100]);
  });

  it('fires nothing for an empty body', async () => {
    const { percents, readTo } = await page({ ...minimal(), lang: 'en' }, { before: 0 });
    await readTo(1);
    expect(percents).to.deep.equal([]);
  });

  it('works in a scroll container too (no window scrolling)', async () => {
    await setViewport(VIEWPORT);
    const scroller = await fixture<HTMLDivElement>(html`<div style="block-size: 400px; overflow: auto"><div style="block-size: 500px"></div></div>`);
    const element = document.createElement('news-article');
    const percents: number[] = [];
    element.addEventListener('news-article-progress', (event) => percents.push(event.percent));
    const loaded = nextLoad(element);
    element.article = long(40);
    scroller.append(element);
    await loaded;
    await featuresLoaded();
    await settle();
    expect(percents).to.deep.equal([]);
    const body = element.shadowRoot!.querySelector('[part~="body"]')!;
    const at = (fraction: number) => scroller.scrollTop + body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + body.getBoundingClientRect().height * fraction - scroller.clientHeight;
    scroller.scrollTop = at(0.55);
    await settle();
    expect(percents).to.deep.equal([25, 50]);
  });

  it('uses no scroll listeners', async () => {
    const added: string[] = [];
    const original = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if (type === 'scroll' || type === 'wheel' || type === 'touchmove') added.push(type);
      return (original as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof original;
    try {
      const { readTo, percents } = await page(long());
      await readTo(0.6);
      expect(percents).to.deep.equal([25, 50]);
    } finally {
      EventTarget.prototype.addEventListener = original;
    }
    expect(added).to.deep.equal([]);
  });

  it('adds nothing the reader or assistive technology can perceive, and nothing to the body', async () => {
    const { body, element } = await page(long(10), { before: 0 });
    expect(Array.from(body.children).every((child) => child.matches('[part]')), 'the body holds only its blocks').to.equal(true);
    const box = body.previousElementSibling as HTMLElement;
    expect(box.matches('[part]'), 'not one of the element\'s parts').to.equal(false);
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    expect(box.textContent).to.equal('');
    for (const node of [box, ...box.children]) expect(getComputedStyle(node).visibility).to.equal('hidden');
    const rect = box.getBoundingClientRect();
    expect([rect.width, rect.height], 'takes no room').to.deep.equal([1, 0]);
    await expect(element).to.be.accessible();
  });

  it('lies over the body, and follows it when the body changes height', async () => {
    const { body, element } = await page(long(10), { before: 0 });
    const box = body.previousElementSibling as HTMLElement;
    const over = () => {
      const [start, end] = [box.children[0]!.getBoundingClientRect(), box.children[3]!.getBoundingClientRect()];
      const b = body.getBoundingClientRect();
      // The 25 % marker starts a quarter down the body; the 100 % one is its last line.
      return [Math.abs(Math.round(start.top - (b.top + b.height / 4))), Math.abs(Math.round(end.bottom - b.bottom))];
    };
    expect(over()).to.deep.equal([0, 0]);
    const height = body.getBoundingClientRect().height;
    element.style.setProperty('--news-article-font-size', '2em');
    element.style.fontSize = '24px';
    await settle();
    expect(body.getBoundingClientRect().height, 'the body grew').to.be.greaterThan(height * 1.2);
    expect(over()).to.deep.equal([0, 0]);
  });
});
