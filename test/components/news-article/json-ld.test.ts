import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsArticleElement } from '../../../src/index.js';
import { fullArticle, minimal } from '../../article/samples.js';
import { featuresLoaded, nextLoad, renderArticle, type Rendered } from './helpers.js';

/** The element's JSON-LD scripts (direct light-DOM children). */
const scripts = (element: Element) => Array.from(element.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'));

/** The one JSON-LD script's data (fails unless there is exactly one). */
function jsonLd(element: Element): Record<string, any> {
  const found = scripts(element);
  expect(found, 'one JSON-LD script').to.have.length(1);
  return JSON.parse(found[0]!.textContent!);
}

/** Renders `article` and waits for the JSON-LD code, which loads after the first render. */
async function render(article: unknown, attributes: Record<string, string> = {}): Promise<Rendered> {
  const rendered = await renderArticle(article, attributes);
  await featuresLoaded();
  return rendered;
}

const nextError = (target: EventTarget) => new Promise((resolve) => target.addEventListener('news-article-error', resolve, { once: true }));

describe('<news-article> JSON-LD', () => {
  describe('content', () => {
    it('writes one schema.org NewsArticle into its light DOM, with every field the article has', async () => {
      const { element } = await render(fullArticle());
      const data = jsonLd(element);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('NewsArticle');
      expect(data.headline).to.equal('A full article');
      expect(data.alternativeHeadline).to.equal('Every field');
      expect(data.description).to.equal('A summary.');
      expect(data.datePublished).to.equal('2024-03-05T10:30:00+05:30');
      expect(data.dateModified).to.equal('2024-03-06T08:00:00Z');
      expect(data.inLanguage).to.equal('en');
      expect(data.isAccessibleForFree).to.equal(true);
      expect(data.mainEntityOfPage).to.deep.equal({ '@type': 'WebPage', '@id': 'https://news.example/a-1' });
      expect(data.url).to.equal('https://news.example/a-1');
      expect(data.articleSection).to.equal('World');
      expect(data.keywords).to.deep.equal(['world', 'harbours']);
      expect(data.copyrightNotice).to.equal('© News Example');
      expect(data.author).to.deep.equal([
        {
          '@type': 'Person',
          name: 'Ada Writer',
          url: 'https://news.example/ada',
          image: { '@type': 'ImageObject', url: 'https://images.example/ada.jpg', contentUrl: 'https://images.example/ada.jpg' },
        },
      ]);
      expect(data.publisher).to.deep.equal({
        '@type': 'Organization',
        name: 'News Example',
        url: 'https://news.example/',
        logo: { '@type': 'ImageObject', url: 'https://images.example/logo.png', contentUrl: 'https://images.example/logo.png' },
        sameAs: ['https://www.facebook.com/newsexample', 'https://x.com/newsexample'],
      });
    });

    it('lists the lead image first, then the body images, each once, as ImageObjects with their sizes', async () => {
      const { element } = await render(fullArticle());
      const images = jsonLd(element).image as Record<string, unknown>[];
      expect(images.map((image) => image.url)).to.deep.equal(['https://images.example/photo.jpg', 'https://images.example/2.jpg']);
      expect(images[0]).to.deep.equal({
        '@type': 'ImageObject',
        url: 'https://images.example/photo.jpg',
        contentUrl: 'https://images.example/photo.jpg',
        width: 1200,
        height: 800,
        caption: 'The harbour, seen from the pier',
        creditText: 'Photo: A. Photographer',
      });
    });

    it('gives relative image URLs absolute and leaves data: images out', async () => {
      const { element } = await render({
        ...minimal(),
        image: { src: 'images/lead.jpg', alt: '', width: 4, height: 3 },
        body: [{ type: 'image', src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'dot' }],
      });
      const images = jsonLd(element).image as Record<string, unknown>[];
      expect(images.map((image) => image.url)).to.deep.equal([new URL('images/lead.jpg', document.baseURI).href]);
    });

    it('leaves out what the article does not have', async () => {
      const { element } = await render(minimal());
      expect(jsonLd(element)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'શીર્ષક',
        inLanguage: 'gu',
      });
    });

    it('is not slotted, so nothing of it is shown', async () => {
      const { element } = await render(fullArticle());
      const [script] = scripts(element);
      expect(script!.assignedSlot).to.equal(null);
      expect(script!.getClientRects().length).to.equal(0);
    });
  });

  describe('escaping', () => {
    const hostile = 'Breaking </script><script>alert(1)</script> <!-- news --> a\u2028b\u2029c & "quotes" \\ done';

    it('stays valid JSON, with the same text, when fields hold </script>, <!--, U+2028 and U+2029', async () => {
      const { element } = await render({ ...fullArticle(), headline: hostile, tags: ['</SCRIPT>', '<!--'], summary: '-->' });
      const [script] = scripts(element);
      const text = script!.textContent!;
      expect(text).not.to.match(/[<>\u2028\u2029]/);
      expect(text).to.include('\\u003c/script\\u003e');
      const data = JSON.parse(text);
      expect(data.headline).to.equal(hostile);
      expect(data.keywords).to.deep.equal(['</SCRIPT>', '<!--']);
      expect(data.description).to.equal('-->');
    });

    it('reads back the same from the serialized page (what a crawler of the rendered HTML sees)', async () => {
      const { element } = await render({ ...fullArticle(), headline: hostile });
      const parsed = new DOMParser().parseFromString(`<body>${element.outerHTML}</body>`, 'text/html');
      const found = parsed.querySelectorAll('news-article > script[type="application/ld+json"]');
      expect(found).to.have.length(1);
      expect(JSON.parse(found[0]!.textContent!).headline).to.equal(hostile);
      expect(parsed.querySelectorAll('script')).to.have.length(1);
    });
  });

  describe('lifecycle', () => {
    it('is written after the first render, by code loaded on demand (the render does not wait for it)', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('news-article');
      let atFirstRender = -1;
      element.addEventListener('news-article-load', () => (atFirstRender = scripts(element).length), { once: true });
      const loaded = nextLoad(element);
      element.article = fullArticle();
      container.append(element);
      await loaded;
      expect(atFirstRender).to.equal(0);
      await waitUntil(() => scripts(element).length === 1, 'the JSON-LD');
      expect(jsonLd(element).headline).to.equal('A full article');
    });

    it('is replaced, still one, when the article changes', async () => {
      const { element } = await render(fullArticle());
      const loaded = nextLoad(element);
      element.article = { ...fullArticle(), headline: 'Second version' };
      await loaded;
      expect(jsonLd(element).headline).to.equal('Second version');
    });

    it('is removed when the article cannot be rendered, and written again for the next one', async () => {
      const { element } = await render(fullArticle());
      const failed = nextError(element);
      element.article = '{not json';
      await failed;
      expect(scripts(element)).to.have.length(0);
      const loaded = nextLoad(element);
      element.article = minimal();
      await loaded;
      expect(jsonLd(element).headline).to.equal('શીર્ષક');
    });

    it('is removed when the article is taken away', async () => {
      const element = await fixture<NewsArticleElement>(html`<news-article><p>Fallback</p></news-article>`);
      const loaded = nextLoad(element);
      element.article = fullArticle();
      await loaded;
      await featuresLoaded();
      expect(scripts(element)).to.have.length(1);
      element.article = undefined;
      await element.updateComplete;
      expect(scripts(element)).to.have.length(0);
      expect(element.querySelector('p')!.textContent, 'the fallback content is untouched').to.equal('Fallback');
    });

    it('is removed with the element, and comes back when it is put back', async () => {
      const { element } = await render(fullArticle());
      const parent = element.parentElement!;
      element.remove();
      expect(scripts(element)).to.have.length(0);
      parent.append(element);
      await element.updateComplete;
      expect(jsonLd(element).headline).to.equal('A full article');
    });

    it('leaves the page\'s own JSON-LD alone', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const page = document.createElement('script');
      page.type = 'application/ld+json';
      page.textContent = '{"@type":"WebSite"}';
      container.append(page);
      const element = document.createElement('news-article');
      const loaded = nextLoad(element);
      element.article = fullArticle();
      container.append(element);
      await loaded;
      await featuresLoaded();
      expect(container.querySelectorAll('script')).to.have.length(2);
      expect(page.textContent).to.equal('{"@type":"WebSite"}');
    });
  });

  describe('syndicated', () => {
    it('writes no JSON-LD', async () => {
      const { element } = await render(fullArticle(), { syndicated: '' });
      await element.updateComplete;
      expect(scripts(element)).to.have.length(0);
    });

    it('removes it when set, and writes it again when unset', async () => {
      const { element } = await render(fullArticle());
      expect(scripts(element)).to.have.length(1);
      element.setAttribute('syndicated', '');
      await element.updateComplete;
      expect(scripts(element)).to.have.length(0);
      element.removeAttribute('syndicated');
      await element.updateComplete;
      expect(jsonLd(element).headline).to.equal('A full article');
    });
  });

  describe('strict CSP', () => {
    it('writes it, and runs share, copy and progress, under Trusted Types with no violation', async () => {
      const iframe = document.createElement('iframe');
      const report = new Promise<{
        data?: Record<string, unknown>; count?: number; violations?: string[]; enforced?: boolean; error?: string;
        firstPercents?: number[]; percents?: number[]; shareLinks?: number; copied?: string;
      }>((resolve) => {
        const onMessage = (event: MessageEvent) => {
          if (event.source !== iframe.contentWindow) return;
          window.removeEventListener('message', onMessage);
          resolve(event.data);
        };
        window.addEventListener('message', onMessage);
      });
      const defineUrl = new URL('../../../src/define.ts', import.meta.url).href;
      const copyUrl = new URL('../../../src/components/news-article/copy.ts', import.meta.url).href;
      const article = {
        ...minimal(),
        headline: 'Strict </script> page',
        url: 'https://news.example/strict',
        body: [{ type: 'paragraph', html: 'Body <em>text</em>.' }],
      };
      iframe.srcdoc = `<!doctype html><html lang="en">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self' data:; script-src 'self' 'nonce-t'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html news-elements">
        <script type="module" nonce="t">
          const violations = [];
          document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));
          try {
            let enforced = false;
            try { document.createElement('script').textContent = '1'; } catch { enforced = true; }
            await new Promise((resolve) => setTimeout(resolve, 20));
            violations.length = 0;
            await import(${JSON.stringify(defineUrl)});
            const el = document.createElement('news-article');
            el.setAttribute('share', '');
            el.setAttribute('copy', 'attribute');
            const percents = [];
            el.addEventListener('news-article-progress', (e) => percents.push(e.percent));
            const loaded = new Promise((resolve) => el.addEventListener('news-article-load', resolve));
            el.article = ${JSON.stringify(article).replace(/</g, '\\u003c')};
            document.body.append(el);
            await loaded;
            // The features' code loads after the first render: wait for what it does (the copy code does nothing until a copy).
            for (let i = 0; i < 200 && !(el.querySelector('script[type="application/ld+json"]') && percents.length === 4); i++) {
              await new Promise((resolve) => setTimeout(resolve, 25));
            }
            await import(${JSON.stringify(copyUrl)});
            await new Promise((resolve) => setTimeout(resolve));
            const firstPercents = percents.splice(0);
            el.article = { ...el.article, headline: 'Updated' };
            await el.updateComplete;
            el.remove();
            document.body.append(el);
            await new Promise((resolve) => setTimeout(resolve, 100));
            const text = [...el.shadowRoot.querySelector('[part~="paragraph"]').childNodes].find((n) => n.nodeType === 3 && n.data.trim());
            document.getSelection().setBaseAndExtent(text, 0, text, 4);
            const clipboardData = new DataTransfer();
            text.parentNode.dispatchEvent(new ClipboardEvent('copy', { clipboardData, bubbles: true, composed: true, cancelable: true }));
            await new Promise((resolve) => setTimeout(resolve, 50));
            const found = el.querySelectorAll('script[type="application/ld+json"]');
            parent.postMessage({
              enforced, count: found.length, data: JSON.parse(found[0].textContent), violations, firstPercents, percents,
              shareLinks: el.shadowRoot.querySelectorAll('[part~="share-link"]').length,
              copied: clipboardData.getData('text/html'),
            }, '*');
          } catch (error) { parent.postMessage({ error: String(error), violations }, '*'); }
        </script>`;
      document.body.append(iframe);
      try {
        const result = await report;
        expect(result.error).to.equal(undefined);
        expect(result.enforced, 'the frame enforces Trusted Types').to.equal(true);
        expect(result.count).to.equal(1);
        expect(result.data!.headline).to.equal('Updated');
        expect(result.firstPercents).to.deep.equal([25, 50, 75, 100]);
        expect(result.percents, 'again for the updated article, not again when put back').to.deep.equal([25, 50, 75, 100]);
        expect(result.shareLinks).to.equal(5);
        expect(result.copied).to.include('<a href="https://news.example/strict">');
        expect(result.violations).to.deep.equal([]);
      } finally {
        iframe.remove();
      }
    });
  });
});
