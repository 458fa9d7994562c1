import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { renderArticleHTML } from '../../src/article/render-html.js';
import { parseArticle } from '../../src/article/validate.js';
import { fromHtml } from '../../src/import/html-article.js';
import seed from '../../demo/articles/seed-gu.json' with { type: 'json' };
import english from '../../demo/articles/en-demo.json' with { type: 'json' };
import arabic from '../../demo/articles/ar-demo.json' with { type: 'json' };
import { fullArticle, minimal, withDirections } from './samples.js';

const node = <T>(call: string, ...args: unknown[]) => executeServerCommand<T, { call: string; args: unknown[] }>('node-side', { call, args });

/** Reads markup back as an article: the html format, validated. */
function readBack(html: string) {
  const mapped = fromHtml(html, {});
  return { mapped, result: parseArticle(mapped.article) };
}

const ARTICLES: [string, unknown][] = [
  ['the seed article', seed],
  ['the English demo', english],
  ['the Arabic demo', arabic],
  ['every field and block', fullArticle()],
  ['the smallest article', minimal()],
];

describe('renderArticleHTML', () => {
  for (const [name, article] of ARTICLES) {
    it(`round-trips ${name}: read back through the html format, it is the same article, with no warnings`, () => {
      const html = renderArticleHTML(article);
      const { mapped, result } = readBack(html);
      expect(mapped.warnings, 'mapping warnings').to.deep.equal([]);
      expect(result.ok).to.equal(true);
      const original = parseArticle(article);
      if (!result.ok || !original.ok) return;
      expect(result.warnings).to.deep.equal([]);
      expect(withDirections(result.article)).to.deep.equal(withDirections(original.article));
    });
  }

  it("writes the direction an article's, a block's or a caption's language implies, where the JSON gives none", () => {
    const template = document.createElement('template');
    template.innerHTML = renderArticleHTML({
      lang: 'ar',
      headline: 'عنوان',
      body: [
        { type: 'paragraph', html: 'فقرة.' },
        { type: 'paragraph', lang: 'en', html: 'An English paragraph.' },
        { type: 'paragraph', lang: 'gu', dir: 'rtl', html: 'As the JSON says.' },
      ],
      image: { src: 'https://images.example/1.jpg', alt: 'A photo', width: 4, height: 3, caption: 'An English caption', lang: 'en' },
    });
    const content = template.content;
    expect(content.querySelector('article')!.getAttribute('dir')).to.equal('rtl');
    const paragraphs = [...content.querySelectorAll('article > p')];
    expect(paragraphs.map((p) => p.getAttribute('dir'))).to.deep.equal([null, 'ltr', 'rtl']);
    const caption = content.querySelector('figcaption')!;
    expect([caption.lang, caption.dir], "an English caption in an Arabic article").to.deep.equal(['en', 'ltr']);
  });

  it('writes the same markup in Node, without a DOM', async () => {
    for (const [name, article] of ARTICLES) expect(await node('renderArticleHTML', article), name).to.equal(renderArticleHTML(article));
  });

  it('escapes text and attributes and sanitizes inline HTML', () => {
    const html = renderArticleHTML({
      ...minimal(),
      headline: '<img src=x onerror=alert(1)> & "quotes"',
      summary: '"><script>alert(1)</script>',
      body: [
        { type: 'paragraph', html: 'ok <script>alert(1)</script><a href="javascript:alert(1)">x</a>' },
        { type: 'heading', text: '</h2><script>alert(1)</script>' },
        { type: 'quote', html: 'q', cite: '<b>not markup</b>' },
      ],
    });
    const template = document.createElement('template');
    template.innerHTML = html;
    const content = template.content;
    expect(content.querySelectorAll('script, [onerror]')).to.have.length(0);
    expect(content.querySelector('h1')!.textContent).to.equal('<img src=x onerror=alert(1)> & "quotes"');
    expect(content.querySelector('meta[itemprop=description]')!.getAttribute('content')).to.equal('"><script>alert(1)</script>');
    expect(content.querySelector('h2')!.textContent).to.equal('</h2><script>alert(1)</script>');
    expect(content.querySelector('cite')!.textContent).to.equal('<b>not markup</b>');
    expect(content.querySelector('article > p')!.innerHTML).to.equal('ok x');
  });

  it('says why it cannot write what is not an article', () => {
    expect(() => renderArticleHTML({ lang: 'gu', body: [] })).to.throw(TypeError, /headline/);
  });

  it('writes what readers without JavaScript and reader views need: headline, byline, dates, figures with captions, links for embeds', () => {
    const template = document.createElement('template');
    template.innerHTML = renderArticleHTML(fullArticle());
    const content = template.content;
    expect(content.querySelector('article[itemtype="https://schema.org/NewsArticle"][lang=en]')).to.exist;
    expect(content.querySelector('h1')!.textContent).to.equal('A full article');
    expect(content.querySelector('a[rel=author]')!.getAttribute('href')).to.equal('https://news.example/ada');
    expect(content.querySelector('time[itemprop=datePublished]')!.getAttribute('datetime')).to.equal('2024-03-05T10:30:00+05:30');
    expect(content.querySelector('figure[itemprop=image] figcaption .credit')!.textContent).to.equal('Photo: A. Photographer');
    expect(content.querySelector('figure[data-news-embed] a')!.textContent).to.equal('A video');
    expect(content.querySelectorAll('iframe, ad-slot'), 'no frame loads and no ad slot fills from the fallback').to.have.length(0);
  });
});
