import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { NewsArticleElement } from '../../../src/index.js';
import { minimal } from '../../article/samples.js';
import { failed, nextLoad as oneEvent, renderArticle, text, wrap } from './helpers.js';

describe('<news-article> input', () => {
  it('reads the article attribute as JSON text', async () => {
    const json = JSON.stringify({ ...minimal(), headline: 'From the attribute' });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article');
    element.setAttribute('article', json);
    const loaded = oneEvent(element);
    container.append(element);
    const { part } = wrap(element, await loaded);
    expect(text(part('headline'))).to.equal('From the attribute');
  });

  it('reads a child <script type="application/json">, and follows changes to it', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<news-article><script type="application/json">${JSON.stringify({ ...minimal(), headline: 'From the script' })}</script></news-article>`;
    const element = container.querySelector('news-article')!;
    const { part } = wrap(element, await oneEvent(element));
    expect(text(part('headline'))).to.equal('From the script');
    const reloaded = oneEvent(element);
    element.querySelector('script')!.textContent = JSON.stringify({ ...minimal(), headline: 'Changed' });
    await reloaded;
    expect(text(part('headline'))).to.equal('Changed');
  });

  it('prefers the article property over a child script', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<news-article><script type="application/json">${JSON.stringify({ ...minimal(), headline: 'Script' })}</script></news-article>`;
    const element = container.querySelector('news-article')!;
    await oneEvent(element);
    const loaded = oneEvent(element);
    element.article = { ...minimal(), headline: 'Property' };
    const { part } = wrap(element, await loaded);
    expect(text(part('headline'))).to.equal('Property');
  });

  it('shows its fallback content until an article is given', async () => {
    const element = await fixture<NewsArticleElement>(html`<news-article><p>Loading…</p></news-article>`);
    const slot = element.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Loading…']);
  });

  it('fires news-article-load with the article and its warnings, bubbling out of shadow roots', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article');
    element.article = { ...minimal(), body: [{ type: 'video' }] } as never;
    const loaded = oneEvent(container);
    container.append(element);
    const event = await loaded;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.article.headline).to.equal('શીર્ષક');
    expect(event.warnings.map((warning) => warning.path)).to.deep.equal(['body[0].type']);
    expect(event.detail.warnings).to.equal(event.warnings);
    expect(element.warnings).to.deep.equal(event.warnings);
  });

  it('fires the event again only when the article changes', async () => {
    const { element } = await renderArticle(minimal());
    let count = 0;
    element.addEventListener('news-article-load', () => count++);
    element.adEvery = 7;
    element.timeZone = 'UTC';
    await element.updateComplete;
    expect(count).to.equal(0);
  });

  describe('fatal input', () => {
    for (const [name, input, kind, title] of [
      ['text that is not JSON', '{oops', 'not-json', 'લેખ વાંચી શકાયો નથી: તે JSON નથી.'],
      ['an array', '[]', 'invalid', 'આ લેખ બતાવી શકાયો નથી.'],
      ['an object without headline, lang and body', '{}', 'invalid', 'આ લેખ બતાવી શકાયો નથી.'],
    ] as const) {
      it(`shows a localized error box for ${name}, and fires news-article-error`, async () => {
        document.documentElement.lang = 'gu';
        try {
          const { part, event } = await renderArticle(input);
          expect(event.type).to.equal('news-article-error');
          expect(failed(event).kind).to.equal(kind);
          expect(failed(event).detail.kind).to.equal(kind);
          const box = part('error')!;
          expect(box.getAttribute('role')).to.equal('alert');
          expect(text(box.querySelector('.error-title'))).to.equal(title);
          expect(part('retry-button'), 'no retry for an inline article').to.equal(null);
          expect(failed(event).errors.length).to.be.greaterThan(0);
        } finally {
          document.documentElement.lang = 'en';
        }
      });
    }

    it('lists each error with its path', async () => {
      const { event, part } = await renderArticle({ lang: 'en', body: [] });
      expect(failed(event).errors.map((error) => error.path)).to.deep.equal(['headline']);
      expect(text(part('error')!.querySelector('li'))).to.equal('headline is required');
    });

    it('recovers when a good article follows a bad one', async () => {
      const { element, part } = await renderArticle('{oops');
      const loaded = oneEvent(element);
      element.article = minimal();
      await loaded;
      expect(part('error')).to.equal(null);
      expect(text(part('headline'))).to.equal('શીર્ષક');
    });

    it('never lets an exception reach the page', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        for (const input of ['', 'null', '"a string"', '{"lang":"en","headline":"h","body":[null,{"type":"image"}]}', { lang: 'en', headline: 'h', body: [], section: { url: 'x' } }]) {
          const element = document.createElement('news-article');
          (element as { article?: unknown }).article = input;
          document.body.append(element);
          await element.updateComplete;
          element.remove();
        }
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  });
});
