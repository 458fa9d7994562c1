import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseArticle } from '../../src/article/validate.js';
import { fromOptimo } from '../../src/import/optimo.js';
import type { ImportOptions } from '../../src/import/types.js';
import optimo from './fixtures/optimo-article.json';
import pgl from './fixtures/optimo-gallery.json';

/** A fixture's copy to edit: any shape, as a test bends it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const copy = (value: unknown): any => structuredClone(value);

function imported(source: unknown, options: ImportOptions = {}) {
  const mapped = fromOptimo(source, options);
  return { ...mapped, parsed: parseArticle(mapped.article, options) };
}

const onServer = (doc: unknown, options: ImportOptions) =>
  executeServerCommand<ReturnType<typeof fromOptimo>, { call: string; args: unknown[] }>('node-side', { call: 'optimo', args: [doc, options] });

const BLOCKS = 'data.article.content.model.blocks';
const ichef = (path: string, widths: number[]) => widths.map((width) => `https://ichef.bbci.co.uk/news/${width}/${path} ${width}w`).join(', ');

describe('fromOptimo', () => {
  describe('an Optimo article', () => {
    it('maps the metadata, the byline and the timestamps', () => {
      const { body, ...metadata } = imported(optimo).article;
      expect(body).to.be.an('array');
      expect(metadata).to.deep.equal({
        id: 'urn:bbc:ares::article:c0000000000o',
        url: 'https://www.bbc.com/gujarati/articles/c0000000000o',
        lang: 'gu',
        summary: 'A short summary.',
        authors: [
          {
            name: 'Asha Patel',
            url: 'https://www.bbc.com/gujarati/topics/c0000000000t',
            image: { src: 'https://ichef.bbci.co.uk/news/160/cpsprodpb/a1b2/live/asha.png', alt: '' },
          },
        ],
        headline: 'આ પરીક્ષણ લેખની મુખ્ય મથાળા છે',
        datePublished: '2019-07-12T14:46:42.532Z',
        dateModified: '2019-07-12T15:46:42.532Z',
        tags: ['Weather', 'France'],
      });
    });

    it('maps headline, image, text, subheadline, lists and mpu blocks', () => {
      expect(imported(optimo).article.body).to.deep.equal([
        {
          type: 'image',
          src: 'https://ichef.bbci.co.uk/news/624/cpsdevpb/4808/test/map.jpg',
          srcset: ichef('cpsdevpb/4808/test/map.jpg', [240, 320, 480, 624]),
          alt: 'A map of France',
          width: 624,
          height: 351,
          caption: 'A map of <b>France</b> &amp; more',
          credit: 'BBC',
        },
        {
          type: 'paragraph',
          html: 'Plain, <b>bold</b>, <i><b>both</b></i>, underlined &amp; &lt;tags&gt;; <a href="https://www.bbc.co.uk/weather"> the <i>weather</i></a>.',
        },
        { type: 'paragraph', html: 'Second paragraph with a bad link.' },
        { type: 'paragraph', html: 'Text only, no fragments' },
        // The subheadline's leading \r is gone.
        { type: 'heading', text: 'આ એક સબહેડલાઇન છે', level: 2 },
        {
          type: 'image',
          src: 'https://ichef.bbci.co.uk/news/640/cpsprodpb/af07/live/harbour.jpg',
          srcset: ichef('cpsprodpb/af07/live/harbour.jpg', [240, 320, 480, 624, 800]),
          alt: '',
          width: 1024,
          height: 576,
          credit: 'Getty Images',
        },
        {
          type: 'image',
          src: 'https://ichef.bbci.co.uk/images/ic/400xn/p01djw9d.jpg',
          srcset: [240, 320, 400].map((w) => `https://ichef.bbci.co.uk/images/ic/${w}xn/p01djw9d.jpg ${w}w`).join(', '),
          alt: 'Programme still',
          width: 400,
          height: 225,
        },
        { type: 'list', items: ['First', 'Second with <a href="https://www.bbc.com/gujarati">a link</a>', 'Nested A', 'Nested B'] },
        { type: 'list', items: ['One', 'Two'], ordered: true },
        { type: 'ad', sizes: '300x250' },
      ]);
    });

    it('warns, at source paths, about what it dropped or changed', () => {
      expect(imported(optimo).warnings).to.deep.equal([
        { path: `${BLOCKS}[4].model.blocks[0].model.blocks[5].model.attributes`, message: 'the fragment attribute "underline" has no mapping; the text was kept' },
        { path: `${BLOCKS}[4].model.blocks[1].model.blocks[1].model.locator`, message: 'the link has no allowed URL; its text was kept without it' },
        { path: `${BLOCKS}[4].model.blocks[3]`, message: 'a node of type "quote" in a text block was dropped' },
        { path: `${BLOCKS}[5]`, message: 'a BBC media player video has no Article JSON block; it was dropped' },
        { path: `${BLOCKS}[7]`, message: 'the image has no altText; alt was set to ""' },
        { path: `${BLOCKS}[9]`, message: 'the image has no rawImage; it was dropped' },
        { path: `${BLOCKS}[10].model.blocks[0].model.blocks[1].model.blocks[1]`, message: 'a nested list was flattened into its parent' },
        { path: `${BLOCKS}[10].model.blocks[0].model.blocks[2]`, message: 'a node of type "paragraph" in a list was dropped' },
        { path: `${BLOCKS}[12]`, message: 'onward journeys (recommendations) has no Article JSON block; it was dropped' },
        { path: `${BLOCKS}[13]`, message: 'the block type "include" is not supported; it was dropped' },
      ]);
    });

    it('gives a draft that parseArticle accepts as it is', () => {
      const { parsed } = imported(optimo);
      expect(parsed.ok && parsed.warnings).to.deep.equal([]);
      expect(parsed.ok && parsed.article.body).to.have.length(10);
    });

    it('takes the article object without its data wrapper', () => {
      const { article, warnings } = fromOptimo(optimo.data.article, {});
      expect(article.headline).to.equal('આ પરીક્ષણ લેખની મુખ્ય મથાળા છે');
      expect(warnings[3]).to.deep.equal({ path: 'content.model.blocks[5]', message: 'a BBC media player video has no Article JSON block; it was dropped' });
    });

    it('makes relative BBC links absolute, so they work where the article is syndicated', () => {
      const link = { type: 'urlLink', model: { locator: '/gujarati/topics/c1', blocks: [{ type: 'fragment', model: { text: 'topic', attributes: [] } }] } };
      const doc = { data: { article: { metadata: { language: 'gu' }, content: { model: { blocks: [{ type: 'text', model: { blocks: [{ type: 'paragraph', model: { blocks: [link] } }] } }] } } } } };
      expect(fromOptimo(doc, {}).article.body).to.deep.equal([{ type: 'paragraph', html: '<a href="https://www.bbc.com/gujarati/topics/c1">topic</a>' }]);
    });

    it('drops the mpu where the article does not allow advertising', () => {
      const doc = copy(optimo);
      doc.data.article.metadata.allowAdvertising = false;
      const { article, warnings } = fromOptimo(doc, {});
      expect(article.body!.some((block) => block.type === 'ad')).to.equal(false);
      expect(warnings).to.deep.include({
        path: `${BLOCKS}[11]`,
        message: 'the article does not allow advertising (metadata.allowAdvertising); the ad slot was dropped',
      });
    });

    it('falls back to the promo headline, the timestamp block and the lang option', () => {
      const doc = copy(optimo);
      const article = doc.data.article;
      article.content.model.blocks.shift();
      delete article.metadata.language;
      delete article.metadata.passport;
      const { article: mapped, warnings } = fromOptimo(doc, { lang: 'gu-IN' });
      expect(mapped.headline).to.equal('Promo headline');
      expect(mapped.lang).to.equal('gu-IN');
      expect(mapped.datePublished).to.equal('2019-07-12T14:46:42.532Z');
      expect(warnings[0]).to.deep.equal({ path: BLOCKS, message: 'there is no headline block; the promo headline was used' });
    });

    it('reads dates from metadata first, and warns about a bad one', () => {
      const doc = copy(optimo);
      doc.data.article.metadata.firstPublished = 1500000000000;
      doc.data.article.metadata.lastPublished = 'soon';
      const { article, warnings } = fromOptimo(doc, {});
      expect(article.datePublished).to.equal('2017-07-14T02:40:00.000Z');
      expect(article.dateModified).to.equal(undefined);
      expect(warnings).to.deep.include({ path: 'data.article.metadata.lastPublished', message: '"soon" is not a date; it was left out' });
    });
  });

  describe('a CPS photo gallery (PGL)', () => {
    it('maps its images to one gallery block, with section, publisher and dates', () => {
      const { article, warnings, parsed } = imported(pgl);
      expect(article).to.deep.equal({
        id: 'urn:bbc:ares::asset:gujarati/international-40000001',
        url: 'https://www.bbc.com/gujarati/international-40000001',
        lang: 'gu',
        section: { name: 'આંતરરાષ્ટ્રીય', url: 'https://www.bbc.com/gujarati/international' },
        publisher: { name: 'BBC ગુજરાતી', url: 'https://www.bbc.com/gujarati' },
        summary: 'Pictures you have never seen.',
        headline: 'The best wildlife photos of the year',
        datePublished: '2017-09-21T10:41:56.000Z',
        dateModified: '2017-10-01T05:52:18.000Z',
        body: [
          {
            type: 'gallery',
            images: [
              {
                src: 'https://ichef.bbci.co.uk/news/640/cpsprodpb/F0DE/production/_1_1.jpg',
                srcset: ichef('cpsprodpb/F0DE/production/_1_1.jpg', [240, 320, 480, 624, 800]),
                alt: 'An iguana on a rock',
                width: 976,
                height: 549,
                caption: 'First place &amp; a &lt;rare&gt; find.',
                credit: 'A. PHOTOGRAPHER, 2017 WORLD PHOTOGRAPHY AWARD',
              },
              {
                src: 'https://ichef.bbci.co.uk/news/400/cpsprodpb/130F8/production/_2_2.jpg',
                srcset: ichef('cpsprodpb/130F8/production/_2_2.jpg', [240, 320, 400]),
                alt: '',
                width: 400,
                height: 300,
                caption: 'A kingfisher.',
              },
              { src: 'http://c.files.bbci.co.uk/13EFE/production/_3_3.jpg', alt: 'A leaping fish' },
            ],
          },
        ],
      });
      expect(warnings).to.deep.equal([
        { path: 'data.article.content.blocks[1]', message: 'the image has no altText; alt was set to ""' },
        { path: 'data.article.content.blocks[3]', message: 'the image has no path or href; it was dropped' },
        { path: 'data.article.content.blocks[4]', message: 'a CPS block of type "paragraph" is not supported; it was dropped' },
      ]);
      expect(parsed.ok && parsed.warnings).to.deep.equal([]);
    });

    it('reads another CPS asset type for its images only', () => {
      const doc = copy(pgl);
      doc.data.article.metadata.type = 'STY';
      const { article, warnings } = fromOptimo(doc, {});
      expect(article.body!.map((block) => block.type)).to.deep.equal(['image', 'image', 'image']);
      expect(warnings.at(-1)).to.deep.equal({ path: 'data.article.metadata.type', message: 'the CPS asset type "STY" is read for its images only' });
    });
  });

  describe('on a server', () => {
    it('maps the fixtures the same way with parse5, without a DOM', async () => {
      for (const doc of [optimo, pgl]) expect(await onServer(doc, {})).to.deep.equal(fromOptimo(doc, {}));
    });
  });

  describe('odd input', () => {
    it('never throws on what is not a BBC article', () => {
      for (const source of [null, 'text', 3, [], {}, { data: { article: { content: 'x' } } }]) {
        const { article, warnings } = fromOptimo(source, {});
        expect(article).to.deep.equal({});
        expect(warnings).to.have.length(1);
      }
      expect(fromOptimo({ data: { article: {} } }, {}).warnings).to.deep.equal([
        { path: 'data.article.content', message: 'is not a BBC Optimo or CPS article (no content.model.blocks or content.blocks)' },
      ]);
    });

    it('guards every field against the wrong type', () => {
      const doc = {
        data: {
          article: {
            metadata: { language: 5, locators: 'x', tags: { about: 'x' }, firstPublished: {} },
            content: {
              model: {
                blocks: [
                  null,
                  { type: 'text', model: 'x' },
                  { type: 'text', model: { blocks: [{ type: 'paragraph', model: { blocks: [{ type: 'fragment', model: { text: 5, attributes: 'bold' } }] } }] } },
                  { type: 'image', model: { blocks: [{ type: 'rawImage', model: { locator: 7, originCode: 'cpsprodpb' } }] } },
                  { type: 'subheadline', model: { blocks: 'x' } },
                ],
              },
            },
            promo: { headlines: { seoHeadline: 'SEO only' } },
          },
        },
      };
      const { article, warnings } = fromOptimo(doc, {});
      expect(article).to.deep.equal({ headline: 'SEO only', body: [] });
      expect(warnings).to.deep.equal([
        { path: 'data.article.metadata.language', message: 'is missing and no lang option was given' },
        { path: 'data.article.content.model.blocks', message: 'there is no headline block; the promo headline was used' },
        { path: 'data.article.content.model.blocks[0]', message: 'a block without a type was dropped' },
        { path: 'data.article.content.model.blocks[3]', message: 'the rawImage has no usable locator and originCode; the image was dropped' },
        { path: 'data.article.metadata.firstPublished', message: '{} is not a date; it was left out' },
      ]);
    });
  });
});
