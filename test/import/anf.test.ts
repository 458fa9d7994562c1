import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseArticle } from '../../src/article/validate.js';
import { fromAnf } from '../../src/import/anf.js';
import type { ImportOptions, Mapped } from '../../src/import/types.js';
import bundle from './fixtures/anf-bundle.json';
import longform from './fixtures/anf-longform.json';
import news from './fixtures/anf-news.json';

/** The same mapping in Node (test/node/entry.ts, parse5 for the HTML bodies). */
const onServer = (doc: unknown, options: ImportOptions = {}) =>
  executeServerCommand<Mapped, { call: string; args: unknown[] }>('node-side', { call: 'anf', args: [doc, options] });

const BASE = 'https://cdn.example/bundles/valley/article.json';

/** The fixtures, each as the mapping of a real document's shape (see the fixture files). */
const CASES: [name: string, doc: unknown, options: ImportOptions][] = [
  ['a news article (anf-news.json)', news, {}],
  ['a longform article (anf-longform.json)', longform, {}],
  ['a bundle without baseURL (anf-bundle.json)', bundle, {}],
  ['a bundle with baseURL (anf-bundle.json)', bundle, { baseURL: BASE }],
];

describe('fromAnf (Apple News Format)', () => {
  describe('a news article', () => {
    it('maps the metadata, the lead image from a named fill, HTML and plain bodies, headings, a gallery, ads', () => {
      expect(fromAnf(news, {})).to.deep.equal({
        article: {
          headline: 'Harbour reopens after storm repairs',
          subheadline: 'Ferries return to the east pier on Monday',
          lang: 'en_GB',
          id: 'harbour-reopens',
          datePublished: '2024-05-03T08:30:00+01:00',
          dateModified: '2024-05-03T11:05:00+01:00',
          url: 'https://news.example/2024/05/harbour-reopens',
          summary: 'The east pier is open again after six weeks of repairs.',
          authors: [{ name: 'Asha Patel' }, { name: 'Tom Reyes' }],
          tags: ['Harbour', 'Weather', 'Ferries'],
          image: {
            src: 'https://img.example/harbour-hero.jpg',
            alt: '',
            caption: 'The east pier at dawn on Monday.',
            credit: 'A. PATEL',
          },
          body: [
            { type: 'paragraph', html: 'The harbour reopened on <strong>Monday</strong> morning.' },
            {
              type: 'paragraph',
              html: 'Crews worked <a href="https://news.example/storm">through the night</a> to finish the wall.',
            },
            { type: 'list', items: ['Pier A: open', 'Pier B: <i>closed</i>'] },
            { type: 'quote', html: 'Crews worked through the night.' },
            { type: 'heading', text: 'What changes for ferries', level: 2 },
            { type: 'heading', text: 'Timetables & fares', level: 3 },
            { type: 'heading', text: 'Small print', level: 4 },
            {
              type: 'gallery',
              images: [
                {
                  src: 'https://img.example/north-wall.jpg',
                  alt: 'Workers on scaffolding beside a stone wall',
                  caption: 'Repairs on the north wall.',
                  credit: 'T. REYES',
                },
                {
                  src: 'https://img.example/lights.jpg',
                  alt: '',
                  caption: 'The new harbour lights.',
                  credit: 'Harbour Board/Handout',
                },
              ],
              caption: 'Before and after the repairs.',
            },
            { type: 'ad', sizes: '320x100' },
            { type: 'paragraph', html: 'The first ferry left at 6 a.m.<br>It was full.' },
            {
              type: 'paragraph',
              html: 'Timetables are on <a href="https://council.example/ferries">the council\'s site</a>, with a link to the fares.',
            },
            {
              type: 'image',
              src: 'https://img.example/trips-chart.png',
              alt: 'Bar chart: ferry trips per day, 2010 to 2024',
              caption: 'Trips per day (2010/11 to 2023/24)',
            },
            { type: 'ad', sizes: '300x250' },
          ],
        },
        warnings: [
          {
            path: 'components[0].style ("heroStyle" in componentStyles).fill',
            message: 'a fill image has no alt text (ANF has none for fills): its alt is ""',
          },
          { path: 'components[6]', message: 'a heading1 becomes a level 2 heading (the body has levels 2 to 4)' },
          { path: 'components[8]', message: 'a heading5 becomes a level 4 heading (the body has levels 2 to 4)' },
          {
            path: 'components[9].items[1]',
            message: 'the gallery item has no accessibilityCaption: its alt is "" (give it one)',
          },
          {
            path: 'components[12].additions[2]',
            message: 'a link without a URL or with a range outside the text; dropped',
          },
          { path: 'components[12].additions', message: 'a link spans a paragraph break; the text is kept without it' },
          {
            path: 'components[15]',
            message: 'a post on X (Twitter) (https://twitter.com/example/status/1234567890) has no Article JSON block; dropped',
          },
        ],
      });
    });
  });

  describe('a longform article', () => {
    it('maps header fills, intro, author components, mosaics, cites, banners by type, web videos, and drops what has no block', () => {
      expect(fromAnf(longform, {})).to.deep.equal({
        article: {
          headline: 'A Walk Across the Glacier',
          lang: 'en',
          id: 'glacier-walk',
          datePublished: '2023-11-02T09:00:00+00:00',
          tags: ['Travel', 'Ice'],
          image: { src: 'https://img.example/glacier-wide.jpg', alt: '' },
          authors: [{ name: 'KATE MORROW' }],
          body: [
            { type: 'paragraph', html: 'Four days on foot, from the moraine to the sea.' },
            { type: 'paragraph', html: 'The guide checks every crampon twice.' },
            { type: 'image', src: 'https://img.example/crevasse.jpg', alt: '' },
            { type: 'quote', html: 'THE ICE SINGS AT NIGHT.' },
            {
              type: 'gallery',
              images: [
                { src: 'https://img.example/tent.jpg', alt: '', caption: 'Camp on the <b>second</b> night.' },
                { src: 'https://img.example/boots.jpg', alt: '' },
              ],
            },
            { type: 'quote', html: 'YOU STOP LOOKING AT THE MAP.', cite: 'MARA HOLT, GUIDE' },
            { type: 'ad', sizes: '320x50 320x100 320x250' },
            { type: 'heading', text: 'WHAT TO PACK:', level: 2 },
            { type: 'list', items: ['Two pairs of gloves', 'A head torch'] },
            { type: 'embed', url: 'https://www.youtube.com/embed/dQw4w9WgXcQ', title: 'The route from above' },
            { type: 'embed', url: 'https://player.vimeo.com/video/76979871', title: 'Video' },
            { type: 'ad', sizes: '320x50 320x100 320x250' },
            { type: 'paragraph', html: 'Back in town, the guide orders soup.' },
          ],
        },
        warnings: [
          {
            path: 'components[0].style.fill',
            message: 'a fill image has no alt text (ANF has none for fills): its alt is ""',
          },
          {
            path: 'components[1].components[0].components[4]',
            message: 'metadata.authors is missing: the author component "KATE MORROW" is read as an author',
          },
          {
            path: 'components[1].components[0].components[5]',
            message: 'the article\'s photographer credit (Photos: JON DAHL) has no Article JSON block; dropped',
          },
          {
            path: 'components[3].components[0].style.fill',
            message: 'a fill image has no alt text (ANF has none for fills): its alt is ""',
          },
          {
            path: 'components[4].items[0]',
            message: 'the mosaic item has no accessibilityCaption: its alt is "" (give it one)',
          },
          {
            path: 'components[4].items[1]',
            message: 'the mosaic item has no accessibilityCaption: its alt is "" (give it one)',
          },
          { path: 'components[4]', message: 'a mosaic becomes a gallery: its tiled layout is not kept' },
          {
            path: 'components[10]',
            message: 'a web video has no caption or accessibilityCaption: its title is "Video" (give it one)',
          },
          {
            path: 'components[11]',
            message: 'a web video (https://videos.example/clip.mp4) that is not an https YouTube or Vimeo URL has no Article JSON block; dropped',
          },
          { path: 'components[12]', message: 'a map has no Article JSON block; dropped' },
          { path: 'components[13]', message: 'the caption of a component that was dropped; dropped' },
          { path: 'components[15]', message: 'the role "poll" has no Article JSON block; dropped' },
          { path: 'components[16].bannerType', message: '"jumbo" is not a banner type; read as "any"' },
        ],
      });
    });
  });

  describe('a bundle with Markdown', () => {
    it('drops bundle:// images with a warning without baseURL', () => {
      expect(fromAnf(bundle, {})).to.deep.equal({
        article: {
          headline: 'Ipsum Valley, Briefly',
          lang: 'en',
          id: 'valley-guide',
          summary: 'A short guide to the valley.',
          body: [
            { type: 'paragraph', html: 'Where the river bends twice.' },
            {
              type: 'paragraph',
              html: 'A paragraph with <a href="https://example.com/a" title="The A page">a link</a> and <strong>bold</strong>, <em>em</em>, <em>also em</em> and a snake_case_word. Still the same paragraph.',
            },
            { type: 'list', items: ['one', 'two <strong>2</strong>'] },
            { type: 'list', items: ['first', 'second'], ordered: true },
            {
              type: 'paragraph',
              html: 'Escaped *stars*, &lt;b&gt;tags&lt;/b&gt; &amp; a <a href="javascript:void">bad link</a>.',
            },
            { type: 'heading', text: 'The gallery', level: 2 },
            { type: 'quote', html: '<strong>Quiet</strong> is the point.', cite: 'A. SPEAKER' },
            { type: 'quote', html: 'First line.<br>Second line.' },
          ],
        },
        warnings: [
          {
            path: 'components[2]',
            message: 'the byline "By Jane Roe" is not read as authors (put the names in metadata.authors); dropped',
          },
          {
            path: 'components[3].URL',
            message: 'bundle://valley.jpg is a file of the ANF bundle: pass baseURL (the folder the bundle was unpacked to) to keep it; the image is dropped',
          },
          { path: 'components[4]', message: 'the caption of a component that was dropped; dropped' },
          {
            path: 'components[7].items[0].URL',
            message: 'bundle://gallery-01.jpg is a file of the ANF bundle: pass baseURL (the folder the bundle was unpacked to) to keep it; the image is dropped',
          },
          {
            path: 'components[7].items[1].URL',
            message: 'bundle://gallery-02.jpg is a file of the ANF bundle: pass baseURL (the folder the bundle was unpacked to) to keep it; the image is dropped',
          },
          { path: 'components[7]', message: 'a gallery with no image left; dropped' },
          { path: 'components[8]', message: 'the caption of a component that was dropped; dropped' },
        ],
      });
    });

    it('resolves bundle:// images against baseURL (the URL of article.json or its folder)', () => {
      expect(fromAnf(bundle, { baseURL: BASE })).to.deep.equal({
        article: {
          headline: 'Ipsum Valley, Briefly',
          lang: 'en',
          id: 'valley-guide',
          summary: 'A short guide to the valley.',
          image: {
            src: 'https://cdn.example/bundles/valley/valley.jpg',
            alt: '',
            caption: 'ABOVE: The valley at noon.',
            credit: 'Jane Roe/Example Agency',
          },
          body: [
            { type: 'paragraph', html: 'Where the river bends twice.' },
            {
              type: 'paragraph',
              html: 'A paragraph with <a href="https://example.com/a" title="The A page">a link</a> and <strong>bold</strong>, <em>em</em>, <em>also em</em> and a snake_case_word. Still the same paragraph.',
            },
            { type: 'list', items: ['one', 'two <strong>2</strong>'] },
            { type: 'list', items: ['first', 'second'], ordered: true },
            {
              type: 'paragraph',
              html: 'Escaped *stars*, &lt;b&gt;tags&lt;/b&gt; &amp; a <a href="javascript:void">bad link</a>.',
            },
            { type: 'heading', text: 'The gallery', level: 2 },
            {
              type: 'gallery',
              images: [
                {
                  src: 'https://cdn.example/bundles/valley/gallery-01.jpg',
                  alt: 'Fog over a river bend',
                  caption: 'Morning fog.',
                },
                {
                  src: 'https://cdn.example/bundles/valley/gallery-02.jpg',
                  alt: '',
                  caption: 'The old bridge.',
                  credit: 'J. Roe',
                },
              ],
              caption: 'ABOVE: Two views of the valley. (Jane Roe/Example Agency)',
            },
            { type: 'quote', html: '<strong>Quiet</strong> is the point.', cite: 'A. SPEAKER' },
            { type: 'quote', html: 'First line.<br>Second line.' },
          ],
        },
        warnings: [
          {
            path: 'components[2]',
            message: 'the byline "By Jane Roe" is not read as authors (put the names in metadata.authors); dropped',
          },
          { path: 'components[3]', message: 'the photo has no accessibilityCaption: its alt is "" (give it one)' },
          {
            path: 'components[3].caption',
            message: 'the image\'s own caption (shown full screen) differs from the caption component after it, which is kept',
          },
          {
            path: 'components[7].items[1]',
            message: 'the gallery item has no accessibilityCaption: its alt is "" (give it one)',
          },
        ],
      });
      const { article } = fromAnf(bundle, { baseURL: 'https://cdn.example/bundles/valley/' });
      expect(article.image?.src).to.equal('https://cdn.example/bundles/valley/valley.jpg');
    });
  });

  describe('rules', () => {
    it('reads credits only where the caption ends in one, maps banner types, keeps one divider of two', () => {
      const photo = (URL: string, caption: string) => ({ role: 'photo', URL, caption, accessibilityCaption: 'A view' });
      const doc = {
        title: 'Rules',
        language: 'en',
        components: [
          { role: 'body', text: 'Text first, so that the photos are body images.' },
          photo('https://img.example/a.jpg', 'A cat (and/or a dog)'),
          photo('https://img.example/b.jpg', 'Seen in a phone photo: blurry'),
          photo('https://img.example/c.jpg', 'Credit: Jane Doe'),
          photo('https://img.example/d.jpg', 'The harbour at night (Photo: J. Doe)'),
          { role: 'banner_advertisement', bannerType: 'standard' },
          { role: 'divider' },
          { role: 'divider' },
          { role: 'banner_advertisement', bannerType: 'large' },
          { role: 'embedwebvideo', URL: 'https://youtu.be/dQw4w9WgXcQ', accessibilityCaption: 'The launch', caption: 'Shown under the video' },
        ],
      };
      expect(fromAnf(doc, {})).to.deep.equal({
        article: {
          headline: 'Rules',
          lang: 'en',
          body: [
            { type: 'paragraph', html: 'Text first, so that the photos are body images.' },
            { type: 'image', src: 'https://img.example/a.jpg', alt: 'A view', caption: 'A cat (and/or a dog)' },
            { type: 'image', src: 'https://img.example/b.jpg', alt: 'A view', caption: 'Seen in a phone photo: blurry' },
            { type: 'image', src: 'https://img.example/c.jpg', alt: 'A view', credit: 'Jane Doe' },
            { type: 'image', src: 'https://img.example/d.jpg', alt: 'A view', caption: 'The harbour at night', credit: 'J. Doe' },
            { type: 'ad', sizes: '320x50' },
            { type: 'divider' },
            { type: 'ad', sizes: '320x250' },
            { type: 'embed', url: 'https://youtu.be/dQw4w9WgXcQ', title: 'The launch' },
          ],
        },
        warnings: [],
      });
    });
  });

  describe('validation', () => {
    for (const [name, doc, options] of CASES) {
      it(`gives a valid article for ${name}`, () => {
        const result = parseArticle(fromAnf(doc, options).article);
        expect(result.ok, JSON.stringify(result)).to.equal(true);
      });
    }

    it('leaves inline markup to the sanitizer: a Markdown link to javascript: loses its href there', () => {
      const result = parseArticle(fromAnf(bundle, {}).article);
      if (!result.ok) throw new Error('not ok');
      expect(result.article.lang).to.equal('en');
      expect(result.article.body[4]).to.deep.equal({ type: 'paragraph', html: 'Escaped *stars*, &lt;b&gt;tags&lt;/b&gt; &amp; a bad link.' });
      expect(result.warnings).to.deep.equal([{ path: 'body[4].html', message: 'removed href="javascript:void" on <a>' }]);
    });

    it('normalizes the ANF language code (en_GB) in parseArticle', () => {
      const result = parseArticle(fromAnf(news, {}).article);
      expect(result.ok && result.article.lang).to.equal('en-GB');
    });
  });

  describe('odd input', () => {
    it('does not throw on what is not a document', () => {
      for (const source of [null, 'text', [], 42]) {
        expect(fromAnf(source, {})).to.deep.equal({
          article: {},
          warnings: [{ path: '', message: 'is not an Apple News Format document (an object with title and components)' }],
        });
      }
    });

    it('takes the headline from the title component and lang from the options when the document has neither', () => {
      const doc = {
        components: [
          { role: 'title', text: 'Only\nthe component' },
          'not a component',
          { role: 'body', text: 'Text.', format: 'rtf' },
          { role: 'gallery', items: [] },
          { role: 'photo' },
          { role: 'caption', text: 'Of nothing.' },
        ],
      };
      expect(fromAnf(doc, { lang: 'gu' })).to.deep.equal({
        article: { headline: 'Only the component', lang: 'gu', body: [{ type: 'paragraph', html: 'Text.' }] },
        warnings: [
          { path: 'components[0]', message: 'the document has no title: the title component is the headline' },
          { path: 'components[1]', message: 'is not a component (an object with a role); dropped' },
          { path: 'components[2].format', message: '"rtf" is not a text format; read as plain text' },
          { path: 'components[3]', message: 'a gallery with no images; dropped' },
          { path: 'components[4].URL', message: 'is missing: the image is dropped' },
          { path: 'components[5]', message: 'the caption of a component that was dropped; dropped' },
        ],
      });
    });

    it('reads a document without language or components as "und" with an empty body, and warns', () => {
      expect(fromAnf({ title: 'T' }, {})).to.deep.equal({
        article: { headline: 'T', lang: 'und', body: [] },
        warnings: [
          { path: 'language', message: 'is missing: pass lang; read as "und"' },
          { path: 'components', message: 'is missing: the article has no body' },
        ],
      });
    });
  });

  describe('on a server', () => {
    it('maps every fixture the same way in Node (parse5), without a DOM', async () => {
      for (const [name, doc, options] of CASES) expect(await onServer(doc, options), name).to.deep.equal(fromAnf(doc, options));
    });
  });
});
