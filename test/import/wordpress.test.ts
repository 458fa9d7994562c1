import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseArticle } from '../../src/article/validate.js';
import { fromWordpress } from '../../src/import/wordpress.js';
import embed from './fixtures/wordpress-embed.json' with { type: 'json' };
import gutenberg from './fixtures/wordpress-gutenberg.json' with { type: 'json' };

const onServer = (doc: unknown, options: object) =>
  executeServerCommand<ReturnType<typeof fromWordpress>, { call: string; args: unknown[] }>('node-side', { call: 'wordpress', args: [doc, options] });

const U = 'https://news.example/wp-content/uploads/';

describe('the wordpress importer', () => {
  describe('a post with ?_embed, classic editor markup', () => {
    const { article, warnings } = fromWordpress(embed, { lang: 'en' });

    it('reads the metadata: entities decoded, GMT dates, author, category as the section, tags, featured image with sizes', () => {
      expect(article.headline).to.equal('Iceland on a Budget – Gullfoss & more');
      expect(article.summary).to.equal('Text that the editor left …');
      expect(article.datePublished).to.equal('2016-11-25T18:31:11Z');
      expect(article.dateModified).to.equal('2017-02-10T10:20:00Z');
      expect(article.url).to.equal('https://news.example/2016/11/25/iceland-on-a-budget/');
      expect(article.authors).to.deep.equal([{ name: 'Alan Martin', url: 'https://news.example/author/alan/', image: { src: 'https://secure.gravatar.com/avatar/a?s=96', alt: '' } }]);
      expect(article.section).to.deep.equal({ name: 'Photography', url: 'https://news.example/category/photography/' });
      expect(article.tags).to.deep.equal(['Gullfoss', 'Iceland']);
      expect(article.image).to.deep.equal({
        src: `${U}iceland.jpg`,
        alt: 'iceland',
        width: 5000,
        height: 3025,
        srcset: `${U}iceland-150x150.jpg 150w, ${U}iceland-300x182.jpg 300w, ${U}iceland.jpg 5000w`,
        sizes: '100vw',
        caption: 'Snow on <em>black</em> sand',
        credit: 'A. Photographer',
      });
    });

    it('reads the content: captions, text left in a div, a quote, an iframe in a paragraph, lists, a post from X, the [gallery] output', () => {
      expect(article.body).to.deep.equal([
        {
          type: 'image',
          src: `${U}gullfoss-1024x576.jpg`,
          alt: 'gullfoss',
          width: 840,
          height: 473,
          srcset: `${U}gullfoss-300x169.jpg 300w, ${U}gullfoss-1024x576.jpg 1024w`,
          sizes: '(max-width: 840px) 100vw, 840px',
          caption: 'The falls in winter',
        },
        { type: 'paragraph', html: 'Text that the editor left in a div, with <strong>bold</strong>.' },
        { type: 'paragraph', html: 'A paragraph with a <a href="https://news.example/travel/">link</a>.' },
        { type: 'quote', html: 'A quote in a paragraph' },
        { type: 'embed', url: 'https://www.youtube.com/embed/3bUtvUAeX8s?feature=oembed', title: 'Embedded content', width: 840, height: 473 },
        { type: 'list', items: ['<a href="https://news.example/a">First</a>', 'Second'] },
        { type: 'quote', html: 'A post from X<br>— Someone (@someone) <a href="https://twitter.com/someone/status/1">November 25, 2016</a>' },
        {
          type: 'gallery',
          images: [
            { src: `${U}pexels-photo-225203-150x150.jpeg`, alt: 'pexels-photo-225203', width: 150, height: 150 },
            { src: `${U}pexels-photo-1-150x150.jpeg`, alt: '', width: 150, height: 150, caption: 'Second' },
          ],
        },
        { type: 'paragraph', html: 'Unrendered' },
      ]);
    });

    it('says what it lost, with paths into content.rendered', () => {
      expect(warnings).to.deep.equal([
        { path: 'content.rendered', message: 'unrendered shortcodes removed: [caption]' },
        { path: 'content.rendered > p[2] > iframe[1]', message: '<iframe src="https://www.youtube.com/embed/3bUtvUAeX8s?feature=oembed"> has no title; give it one (it is called "Embedded content")' },
        { path: 'content.rendered > blockquote[2]', message: 'an embedded post from X is kept as a quote with its text' },
        { path: 'content.rendered > div[2] > .gallery-item[2] > img', message: `<img src="${`${U}pexels-photo-1-150x150.jpeg`.slice(0, 60)}"> has no alt text; give it one (it is kept as "")` },
        { path: 'content.rendered', message: 'its first heading repeats the title; dropped' },
      ]);
    });

    it('makes a valid article', () => {
      const result = parseArticle(article);
      expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
      if (result.ok) expect(result.warnings).to.deep.equal([]);
    });
  });

  describe('a post without ?_embed, Gutenberg markup, a gu_IN site', () => {
    const { article, warnings } = fromWordpress(gutenberg, { lang: 'gu_IN' });

    it('reads blocks: drop cap paragraph, heading, image with an empty caption, nested gallery with credit, pull quote, quote of two lines, bare-URL embed, separator, ad markers', () => {
      expect(article.body).to.deep.equal([
        { type: 'ad' },
        { type: 'paragraph', html: 'પહેલો ફકરો&nbsp;<em>ભાર</em> સાથે.' },
        { type: 'heading', text: 'પેટા મથાળું', level: 2 },
        {
          type: 'image',
          src: 'https://news.example/uploads/a-1024x683.jpg',
          alt: '',
          srcset: 'https://news.example/uploads/a-300x200.jpg 300w, https://news.example/uploads/a-1024x683.jpg 1024w',
          sizes: '(max-width: 1024px) 100vw, 1024px',
        },
        {
          type: 'gallery',
          images: [
            { src: 'https://news.example/uploads/b.jpg', alt: 'બ', caption: 'પહેલી', credit: 'ફોટો: એ' },
            { src: 'https://news.example/uploads/c.jpg', alt: 'ક' },
          ],
          caption: 'ગેલેરી',
        },
        { type: 'quote', html: 'એક ખેંચેલું અવતરણ', cite: 'નેતા' },
        { type: 'quote', html: 'પહેલી પંક્તિ<br>બીજી પંક્તિ' },
        { type: 'embed', url: 'https://www.youtube.com/watch?v=abc123', title: 'YouTube video' },
        { type: 'divider' },
        { type: 'ad' },
        { type: 'ad' },
        { type: 'paragraph', html: 'છેલ્લો ફકરો.' },
      ]);
      expect(warnings).to.deep.equal([
        { path: '[0].jetpack_featured_media_url', message: 'the featured image without ?_embed has no alt text or size; kept with alt ""' },
        { path: '[0].content.rendered > div[1] > figure[1] > img[1]', message: '<img src="https://news.example/uploads/a-1024x683.jpg"> has no alt text; give it one (it is kept as "")' },
        { path: '[0].content.rendered > div[1] > figure[4]', message: 'an embed of https://www.youtube.com/watch?v=abc123 has no title; it is called "YouTube video"' },
      ]);
    });

    it('normalizes the site locale and keeps the GMT date', () => {
      const result = parseArticle(article);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.article.lang).to.equal('gu-IN');
      expect(result.article.headline).to.equal('બજેટ ‘સત્ર’ શરૂ');
      expect(result.article.datePublished).to.equal('2023-05-02T09:00:00Z');
      expect(result.article.image).to.deep.equal({ src: 'https://news.example/uploads/lead.jpg', alt: '' });
    });

    it('warns when no language is given, and reads "und"', () => {
      const { article: unknown, warnings: said } = fromWordpress(gutenberg, {});
      expect(unknown.lang).to.equal('und');
      expect(said[0]).to.deep.equal({ path: '[0].lang', message: 'a post does not say its language: pass lang (the site\'s locale, such as gu_IN); read as "und"' });
    });
  });

  it('never throws on what is not a post', () => {
    for (const odd of [null, 42, 'text', [], [null], { title: 5, content: { rendered: 7 } }]) {
      expect(() => fromWordpress(odd, {})).not.to.throw();
      expect(parseArticle(fromWordpress(odd, {}).article).ok).to.equal(false);
    }
  });

  it('maps both posts the same way on a server (parse5), without a DOM', async () => {
    expect(await onServer(embed, { lang: 'en' })).to.deep.equal(fromWordpress(embed, { lang: 'en' }));
    expect(await onServer(gutenberg, { lang: 'gu_IN' })).to.deep.equal(fromWordpress(gutenberg, { lang: 'gu_IN' }));
  });
});
