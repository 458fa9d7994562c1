import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseArticle } from '../../src/article/validate.js';
import { newsArticleJsonLd } from '../../src/components/news-article/json-ld.js';
import { fromJsonLd, jsonLdFromHtml } from '../../src/import/jsonld.js';
import type { ImportOptions, Mapped } from '../../src/import/types.js';
import { fullArticle } from '../article/samples.js';
import graph from './fixtures/jsonld-graph.json';
import newsArticle from './fixtures/jsonld-newsarticle.json';

function imported(source: unknown, options: ImportOptions = {}) {
  const mapped = fromJsonLd(source, options);
  return { ...mapped, parsed: parseArticle(mapped.article, options) };
}

const onServer = (source: unknown, options: ImportOptions) =>
  executeServerCommand<Mapped, { call: string; args: unknown[] }>('node-side', { call: 'jsonld', args: [source, options] });
/** Without the JSON parser's own words, which differ between engines (Chrome's and Node's). */
const engineNeutral = ({ article, warnings }: Mapped) => ({ article, warnings: warnings.map((w) => ({ ...w, message: w.message.replace(/^(is not valid JSON) \(.*\)/, '$1') })) });

const ALT = 'JSON-LD has no alt text: the lead image\'s alt was set to ""';

/** A page as CMSs write it: JSON-LD among other scripts, one commented out, one broken, one in CDATA. */
const PAGE = `<!doctype html>
<html lang="en"><head>
<title>Harbour reopens</title>
<!-- <script type="application/ld+json">{"@type":"NewsArticle","headline":"Commented out"}</script> -->
<script>window.dataLayer = [{"@type": "NewsArticle", "headline": "Not JSON-LD"}];</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}</script>
<script type='application/ld+json'>{"@type": "NewsArticle", "headline": "Broken",}</script>
</head><body>
<script data-schema="article" type="application/ld+json; charset=utf-8">
//<![CDATA[
${JSON.stringify(graph)}
//]]>
</script>
<p>The page.</p>
</body></html>`;

/** An old page's way: the JSON inside a comment inside the script, for parsers that did not know scripts. */
const COMMENTED = '<script type=application/ld+json><!--\n{"@type": "NewsArticle", "headline": "In a comment", "inLanguage": "en"}\n--></script>';

describe('fromJsonLd', () => {
  describe('a NewsArticle object', () => {
    it('maps every field', () => {
      const { article, parsed } = imported(newsArticle);
      expect(article).to.deep.equal({
        // From mainEntityOfPage's @id, without its fragment (not the AMP `url`).
        url: 'https://news.example.com/india/monsoon-2024',
        lang: 'gu-IN',
        section: 'India',
        headline: 'Monsoon arrives early in Gujarat & Kutch',
        subheadline: 'Rains a week ahead of schedule',
        summary: 'The monsoon reached the coast on Monday.',
        datePublished: '2024-06-10T06:30:00+05:30',
        dateModified: '2024-06-10T09:00:00.000Z',
        authors: [
          { name: 'Riya Shah', image: { src: 'https://news.example.com/img/riya.jpg', alt: '' } },
          { name: 'Example News Desk', url: 'https://news.example.com/desk' },
          { name: 'Staff Reporter' },
          { name: 'Amit Desai', image: { src: 'https://news.example.com/img/amit.jpg', alt: '' } },
        ],
        publisher: {
          name: 'Example News',
          url: 'https://news.example.com/',
          logo: { src: 'https://news.example.com/logo.png', alt: 'Example News', width: 600, height: 60 },
          sameAs: ['https://twitter.com/examplenews', 'https://www.facebook.com/examplenews'],
        },
        image: {
          src: 'https://news.example.com/img/monsoon-16x9.jpg',
          alt: '',
          width: 1600,
          height: 900,
          caption: 'Clouds over the coast &lt;Monday&gt;',
          credit: 'Photo: A. Photographer',
        },
        body: [
          { type: 'paragraph', html: 'The monsoon reached the coast on Monday, a week early.' },
          { type: 'paragraph', html: 'Farmers said rain &amp; wind &lt;finally&gt; came.<br>The second line of that paragraph.' },
          { type: 'paragraph', html: 'Officials expect more rain.' },
        ],
        tags: ['monsoon', 'Gujarat', 'weather'],
        copyright: '© 2024 Example News',
        isAccessibleForFree: false,
      });
      expect(parsed.ok && parsed.warnings).to.deep.equal([]);
    });

    it('warns, at paths in the JSON-LD, about what it left out or changed', () => {
      expect(imported(newsArticle).warnings).to.deep.equal([
        { path: 'dateModified', message: '"Mon, 10 Jun 2024 09:00:00 GMT" is not ISO 8601; it was read as 2024-06-10T09:00:00.000Z' },
        { path: 'author[0].url', message: '"/authors/riya-shah" is relative and no baseURL was given; it was left out' },
        { path: 'author[4]', message: 'an author without a name was dropped' },
        { path: 'publisher.sameAs[2]', message: '"javascript:alert(1)" is not an http(s) URL; it was left out' },
        { path: 'image[0]', message: ALT },
      ]);
    });

    it('resolves relative page URLs against baseURL', () => {
      const { article, warnings } = fromJsonLd(newsArticle, { baseURL: 'https://news.example.com/india/' });
      expect(article.authors?.[0]?.url).to.equal('https://news.example.com/authors/riya-shah');
      expect(warnings.map((w) => w.path)).not.to.include('author[0].url');
    });

    it('splits a body without blank lines on its line breaks', () => {
      const { article } = fromJsonLd({ '@type': 'NewsArticle', headline: 'H', inLanguage: 'en', articleBody: 'One.\r\nTwo.\n\nThree?' }, {});
      expect(article.body).to.deep.equal([
        { type: 'paragraph', html: 'One.<br>Two.' },
        { type: 'paragraph', html: 'Three?' },
      ]);
      const single = fromJsonLd({ '@type': 'NewsArticle', headline: 'H', inLanguage: 'en', articleBody: 'One.\nTwo.' }, {});
      expect(single.article.body).to.deep.equal([
        { type: 'paragraph', html: 'One.' },
        { type: 'paragraph', html: 'Two.' },
      ]);
    });

    it('reads a body that holds HTML as markup, with a warning', () => {
      const { article, warnings } = fromJsonLd({ '@type': 'NewsArticle', headline: 'H', inLanguage: 'en', articleBody: '<p>One <b>bold</b>.</p><h2>Next</h2><p>Two.</p>' }, {});
      expect(article.body).to.deep.equal([
        { type: 'paragraph', html: 'One <b>bold</b>.' },
        { type: 'heading', text: 'Next', level: 2 },
        { type: 'paragraph', html: 'Two.' },
      ]);
      expect(warnings).to.deep.equal([{ path: 'articleBody', message: 'holds HTML, though articleBody is plain text: it was read as markup' }]);
    });

    it('falls back to name, dateCreated, thumbnailUrl and url, and to the lang option', () => {
      const { article, warnings } = fromJsonLd(
        {
          '@type': 'https://schema.org/BlogPosting',
          name: 'A post',
          dateCreated: '2024-01-02',
          thumbnailUrl: 'https://example.org/t.jpg',
          url: 'https://example.org/post',
          keywords: [' a ', 'b', 7],
          isAccessibleForFree: 'maybe',
        },
        { lang: 'hi' },
      );
      expect(article).to.deep.equal({
        url: 'https://example.org/post',
        lang: 'hi',
        headline: 'A post',
        datePublished: '2024-01-02',
        image: { src: 'https://example.org/t.jpg', alt: '' },
        body: [],
        tags: ['a', 'b', '7'],
      });
      expect(warnings).to.deep.equal([
        { path: 'headline', message: 'is missing; the name was used' },
        { path: 'thumbnailUrl', message: ALT },
        { path: 'isAccessibleForFree', message: '"maybe" is not true or false; it was left out' },
      ]);
    });
  });

  describe('a @graph', () => {
    it('finds the article and resolves its @id references', () => {
      const { article, warnings, parsed } = imported(graph);
      expect(article).to.deep.equal({
        url: 'https://example.org/2024/05/harbour/',
        lang: 'en-US',
        section: 'Local',
        headline: 'Harbour reopens',
        datePublished: '2024-05-01T08:00:00+00:00',
        dateModified: '2024-05-01T09:00:00+00:00',
        authors: [{ name: 'Jane Doe', url: 'https://example.org/author/jane/', image: { src: 'https://example.org/avatar.jpg', alt: '' } }],
        publisher: {
          name: 'Example Daily',
          url: 'https://example.org/',
          logo: { src: 'https://example.org/logo.png', alt: 'Example Daily', width: 512, height: 512 },
          sameAs: ['https://twitter.com/exampledaily'],
        },
        image: {
          src: 'https://example.org/wp-content/uploads/harbour.jpg',
          alt: '',
          width: 1200,
          height: 675,
          caption: 'The harbour',
          credit: 'Example Daily',
        },
        body: [],
        tags: ['Harbour', 'Storms'],
        isAccessibleForFree: true,
      });
      expect(warnings).to.deep.equal([{ path: '@graph[4].image', message: ALT }]);
      expect(parsed.ok && parsed.warnings).to.deep.equal([]);
    });

    it('finds the article in an array, and in JSON text', () => {
      expect(fromJsonLd([{ '@type': 'WebSite' }, newsArticle], {}).warnings.at(-1)).to.deep.equal({ path: '[1].image[0]', message: ALT });
      expect(fromJsonLd(JSON.stringify(graph), {}).article.headline).to.equal('Harbour reopens');
      expect(fromJsonLd('{"@type": ', {}).warnings[0]!.message).to.match(/^is not valid JSON \(/);
    });

    it('reads back the NewsArticle that <news-article> writes', () => {
      const source = fullArticle();
      const { article, parsed } = imported(newsArticleJsonLd({ article: source }));
      expect(parsed.ok).to.equal(true);
      expect(article).to.deep.include({
        url: source.url,
        lang: 'en',
        section: 'World',
        headline: source.headline,
        subheadline: source.subheadline,
        summary: source.summary,
        datePublished: source.datePublished,
        dateModified: source.dateModified,
        authors: [{ name: 'Ada Writer', url: 'https://news.example/ada', image: { src: 'https://images.example/ada.jpg', alt: '' } }],
        publisher: {
          name: 'News Example',
          url: 'https://news.example/',
          logo: { src: 'https://images.example/logo.png', alt: 'News Example' },
          sameAs: source.publisher!.sameAs,
        },
        tags: source.tags,
        copyright: source.copyright,
        isAccessibleForFree: true,
        // Its JSON-LD has no articleBody.
        body: [],
      });
      expect(article.image).to.deep.equal({
        src: 'https://images.example/photo.jpg',
        alt: '',
        width: 1200,
        height: 800,
        caption: 'The harbour, seen from the pier',
        credit: 'Photo: A. Photographer',
      });
    });
  });

  describe('a page', () => {
    it('finds the JSON-LD scripts without a DOM, and warns about the broken one', () => {
      const found = jsonLdFromHtml(PAGE);
      expect(found.blocks).to.have.length(3);
      expect(found.blocks[0]).to.deep.equal({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [] });
      expect(found.blocks[1]).to.equal(undefined);
      expect(found.node?.headline).to.equal('Harbour reopens');
      expect(found.path).to.equal('script[type="application/ld+json"][3] > @graph[4]');
      expect(found.warnings).to.have.length(1);
      expect(found.warnings[0]!.path).to.equal('script[type="application/ld+json"][2]');
      expect(found.warnings[0]!.message).to.match(/^is not valid JSON \(.*\); it was skipped$/);
    });

    it('maps the page as fromJsonLd input, with paths into its scripts', () => {
      const { article, warnings, parsed } = imported(PAGE);
      expect(article.headline).to.equal('Harbour reopens');
      expect(article.publisher?.name).to.equal('Example Daily');
      expect(warnings.map((w) => w.path)).to.deep.equal(['script[type="application/ld+json"][2]', 'script[type="application/ld+json"][3] > @graph[4].image']);
      expect(parsed.ok).to.equal(true);
    });

    it('reads JSON wrapped in a comment inside its script', () => {
      expect(jsonLdFromHtml(COMMENTED)).to.deep.include({ path: 'script[type="application/ld+json"][1]', warnings: [] });
      expect(fromJsonLd(COMMENTED, {}).article.headline).to.equal('In a comment');
    });

    it('says when a page has no article', () => {
      expect(jsonLdFromHtml('<p>No scripts</p>')).to.deep.equal({ blocks: [], path: '', warnings: [] });
      expect(fromJsonLd('<script type="application/ld+json">{"@type":"Organization","name":"X"}</script>', {})).to.deep.equal({
        article: {},
        warnings: [{ path: '', message: 'holds no schema.org NewsArticle or Article' }],
      });
    });
  });

  describe('on a server', () => {
    it('maps the fixtures and the page the same way with parse5, without a DOM', async () => {
      for (const source of [newsArticle, graph, PAGE, COMMENTED]) expect(engineNeutral(await onServer(source, {}))).to.deep.equal(engineNeutral(fromJsonLd(source, {})));
    });
  });

  describe('odd input', () => {
    it('never throws', () => {
      for (const source of [null, undefined, 42, [], {}, [null], { '@graph': 'x' }]) {
        expect(fromJsonLd(source, {})).to.deep.equal({ article: {}, warnings: [{ path: '', message: 'holds no schema.org NewsArticle or Article' }] });
      }
      expect(jsonLdFromHtml(7 as unknown as string).blocks).to.deep.equal([]);
    });

    it('guards every field against the wrong type', () => {
      const { article, warnings } = fromJsonLd(
        {
          '@type': ['Thing', 'NewsArticle'],
          headline: ['', { '@value': 'From @value' }],
          author: [7, {}, { name: ['Alias'] }],
          publisher: {},
          image: [{ '@type': 'ImageObject', width: 'wide' }],
          datePublished: 'yesterday',
          inLanguage: { '@type': 'Language', name: 'English', alternateName: 'en' },
          mainEntityOfPage: 5,
          keywords: {},
          articleBody: 42,
        },
        {},
      );
      expect(article).to.deep.equal({ lang: 'en', headline: 'From @value', authors: [{ name: '7' }, { name: 'Alias' }], body: [{ type: 'paragraph', html: '42' }] });
      expect(warnings).to.deep.equal([
        { path: 'datePublished', message: '"yesterday" is not a date; it was left out' },
        { path: 'author[1]', message: 'an author without a name was dropped' },
        { path: 'publisher', message: 'the publisher has no name; it was left out' },
      ]);
    });
  });
});
