/**
 * news-elements/react: a React 19 server render holds the article (the HTML-first children of
 * <news-article>), the package imports in plain Node, and the browser hydrates that HTML with
 * no mismatch, before or after the elements are defined. React runs as its development build,
 * which checks hydration in full. The elements are defined half-way (a page whose bundle
 * arrives after hydration), so the tests run in order.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
// React's development build (it checks hydration in full), served as ES modules by the test server's CommonJS plugin.
import { createElement, useLayoutEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderArticleHTML } from '../../src/article/render-html.js';
import type { NewsArticleErrorEvent, NewsArticleLoadEvent } from '../../src/components/news-article/events.js';
import type { NewsArticleElement } from '../../src/index.js';
import { NewsArticle, type NewsArticleEventProps } from '../../src/react/index.js';
import type { PackageInNode } from '../node/react-ssr.js';
import seed from '../../demo/articles/seed-gu.json' with { type: 'json' };
import english from '../../demo/articles/en-demo.json' with { type: 'json' };

const node = <T>(call: string, ...args: unknown[]) => executeServerCommand<T, { call: string; args: unknown[] }>('node-side', { call, args });

/** Each paragraph's text, as a reader sees it. */
const paragraphs = (article: { body: { type: string; html?: string }[] }) =>
  article.body.filter((b) => b.type === 'paragraph').map((b) => new DOMParser().parseFromString(b.html!, 'text/html').body.textContent!);

/** What React and the page said while `run` ran and hydration settled: console errors, recoverable errors, uncaught errors. */
async function problemsDuring(run: (report: (problem: string) => void) => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => problems.push(`console.error: ${args.map(String).join(' ')}`);
  const uncaught = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  window.addEventListener('error', uncaught);
  try {
    await run((problem) => problems.push(problem));
    // Passive effects and any follow-up render after the commit.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    console.error = original;
    window.removeEventListener('error', uncaught);
  }
  return problems;
}

/**
 * Hydrates `container` (holding `serverHtml`) with the page the server rendered, and
 * resolves when React committed it. `events` are the article's event props.
 */
function hydratePage(container: HTMLElement, article: unknown, report: (problem: string) => void, events: NewsArticleEventProps = {}) {
  let committed!: () => void;
  const done = new Promise<void>((resolve) => (committed = resolve));
  function Page({ article: shown }: { article: unknown }) {
    useLayoutEffect(() => committed());
    return createElement('main', null, createElement('p', null, 'The host page'), createElement(NewsArticle, { ...events, article: shown as never }));
  }
  const root = hydrateRoot(container, createElement(Page, { article }), {
    onRecoverableError: (error) => report(`recoverable: ${String(error)}`),
    onCaughtError: (error) => report(`caught: ${String(error)}`),
    onUncaughtError: (error) => report(`uncaught: ${String(error)}`),
  });
  const rerender = (next: unknown) => {
    const again = new Promise<void>((resolve) => (committed = resolve));
    root.render(createElement(Page, { article: next }));
    return again;
  };
  return { root, done, rerender };
}

/** A container on the page with what the server sent, written as a parser writes it. */
function serverPage(serverHtml: string): HTMLDivElement {
  const container = document.createElement('div');
  container.innerHTML = serverHtml;
  document.body.append(container);
  return container;
}

const headlineOf = (element: Element) => (element as NewsArticleElement).shadowRoot?.querySelector('[part="headline"]')?.textContent?.trim();

async function until(condition: () => unknown, what: string, ms = 4000) {
  for (const start = performance.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
  }
}

describe('news-elements/react: a React server render of <news-article>', () => {
  after(() => document.querySelectorAll('body > div').forEach((container) => container.remove()));

  it('holds the article in the server HTML: the HTML-first children inside <news-article>, readable before any script runs', async () => {
    const serverHtml = await node<string>('reactRender', seed);
    // Parsed, not run: what a reader without JavaScript, a crawler or a reader view gets.
    const page = new DOMParser().parseFromString(serverHtml, 'text/html');
    const element = page.querySelector('main > news-article')!;
    expect(element, '<news-article> in the page').to.not.equal(null);
    expect(element.querySelector('h1')?.textContent).to.equal(seed.headline);
    const text = element.textContent!;
    for (const paragraph of paragraphs(seed)) expect(text).to.contain(paragraph);
    // Exactly the markup the browser writes for the same article: hydration finds what it renders.
    expect(serverHtml.includes(`<news-article>${renderArticleHTML(seed)}</news-article>`), 'the same markup as in the browser').to.equal(true);
  });

  it('imports in plain Node: every entry of the package (npm and Node builds), and renders through news-elements/react', async function () {
    this.timeout(60000);
    const result = await node<PackageInNode>('packageInNode', seed);
    expect(result.imports).to.deep.equal({ 'news-elements': null, 'news-elements/define': null, 'news-elements/import': null, 'news-elements/react': null });
    expect(result.reactFile, 'the node condition').to.equal('dist/node/react.js');
    expect(result.html).to.contain(`<h1 itemprop="headline">${seed.headline}</h1>`);
    expect(result.html.startsWith('<news-article><article ')).to.equal(true);
  });

  it('writes what is not an article as a JSON script, so the render does not throw (the element shows its error box)', async () => {
    const serverHtml = await node<string>('reactRender', { headline: 'x</script><b>', body: 'no' });
    const script = new DOMParser().parseFromString(serverHtml, 'text/html').querySelector('news-article > script[type="application/json"]');
    expect(JSON.parse(script!.textContent!), 'the whole input, nothing of it parsed as markup').to.deep.equal({ headline: 'x</script><b>', body: 'no' });
  });

  it('hydrates before the elements are defined, with no mismatch; once defined, the element renders the article and the event props hear it', async () => {
    const serverHtml = await node<string>('reactRender', seed);
    const container = serverPage(serverHtml);
    const element = container.querySelector('news-article')!;
    let loaded: (event: NewsArticleLoadEvent) => void;
    const load = new Promise<NewsArticleLoadEvent>((resolve) => (loaded = resolve));
    const problems = await problemsDuring(async (report) => {
      await hydratePage(container, seed, report, { onNewsArticleLoad: (event) => loaded(event) }).done;
    });
    expect(problems).to.deep.equal([]);
    expect(container.querySelector('news-article'), 'the server element kept').to.equal(element);
    expect(customElements.get('news-article'), 'not defined yet').to.equal(undefined);

    await import('../../src/define.js');
    const event = await load;
    expect(event.warnings).to.deep.equal([]);
    expect(headlineOf(element)).to.equal(seed.headline);
  });

  it('hydrates an element that already rendered and wrote its own light DOM (ad slots, JSON-LD), with no mismatch', async () => {
    const serverHtml = await node<string>('reactRender', seed);
    const container = serverPage(serverHtml);
    const element = container.querySelector('news-article')!;
    await until(() => headlineOf(element) && element.querySelector(':scope > script[type="application/ld+json"]'), 'the render and its JSON-LD');
    expect(element.querySelectorAll(':scope > ad-slot')).to.have.length(2);

    const problems = await problemsDuring(async (report) => {
      await hydratePage(container, seed, report).done;
    });
    expect(problems).to.deep.equal([]);
    expect(headlineOf(element)).to.equal(seed.headline);
  });

  it('leaves the children alone when the same article renders again, and gives the element new ones for a new article', async () => {
    const container = serverPage(await node<string>('reactRender', seed));
    const element = container.querySelector('news-article')!;
    await until(() => element.querySelectorAll(':scope > ad-slot').length === 2, 'the ad slots');
    const slots = [...element.querySelectorAll(':scope > ad-slot')];
    let settle: (event: NewsArticleLoadEvent | NewsArticleErrorEvent) => void = () => {};
    const problems = await problemsDuring(async (report) => {
      const page = hydratePage(container, seed, report, { onNewsArticleLoad: (event) => settle(event), onNewsArticleError: (event) => settle(event) });
      await page.done;
      // An equal article (another object): the same markup, so React writes nothing.
      await page.rerender(structuredClone(seed));
      expect([...element.querySelectorAll(':scope > ad-slot')], 'the same ad slots, never re-requested').to.deep.equal(slots);
      const next = new Promise<NewsArticleLoadEvent | NewsArticleErrorEvent>((resolve) => (settle = resolve));
      await page.rerender(english);
      const event = await next;
      expect(event.type).to.equal('news-article-load');
    });
    expect(problems).to.deep.equal([]);
    expect(headlineOf(element)).to.equal(english.headline);
    expect(element.querySelector(':scope > article h1')?.textContent, 'the new children').to.equal(english.headline);
  });

  it('shows the error box for what is not an article, hydrated with no mismatch', async () => {
    const container = serverPage(await node<string>('reactRender', { headline: 'x', body: 'no' }));
    const element = container.querySelector('news-article')!;
    const problems = await problemsDuring(async (report) => {
      await hydratePage(container, { headline: 'x', body: 'no' }, report).done;
    });
    expect(problems).to.deep.equal([]);
    await until(() => element.shadowRoot?.querySelector('[part="error"]'), 'the error box');
  });
});
