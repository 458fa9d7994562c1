import { expect } from '@open-wc/testing';
import type { Article, Block } from '../../src/article/types.js';
import { detectFormat, importArticle, type ImportFormat } from '../../src/import/index.js';

/**
 * The importers over real documents from public projects (../shared/corpus/external, served
 * by test/servers/corpus.mjs when that folder exists; it is never copied into the project).
 * Each document must import with no fatal error and keep its headline, every paragraph's
 * text, its images with alt, caption and credit, and its section. The facts below were read
 * from the source documents by hand; "every paragraph" is checked against the source's own
 * paragraphs, found independently of the importers (DOMParser for markup, the format's text
 * fields otherwise).
 */

interface Facts {
  format: ImportFormat;
  lang?: string;
  headline: string;
  section?: string;
  /** One image of the document: its caption's text (a part of it), alt and credit as the source has them. */
  image?: { caption?: string; alt?: string; credit?: string };
  /** The source's paragraphs, by the format's own fields. */
  paragraphs: (doc: unknown) => string[];
}

type Json = Record<string, unknown>;
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The text of markup, read by the browser's own parser (not the importers' code). */
const textOf = (html: string) => squeeze(new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '');
const paragraphsOfHtml = (html: string) =>
  Array.from(new DOMParser().parseFromString(html, 'text/html').querySelectorAll('p'), (p) => squeeze(p.textContent ?? '')).filter(Boolean);
const post = (doc: unknown, i = 0) => (Array.isArray(doc) ? doc[i] : doc) as Json;
const wpParagraphs = (doc: unknown) => paragraphsOfHtml(((post(doc)['content'] as Json)['rendered'] as string) ?? '');
const ansParagraphs = (doc: unknown) =>
  ((doc as Json)['content_elements'] as Json[]).filter((e) => e['type'] === 'text').map((e) => textOf(e['content'] as string)).filter(Boolean);
/** Optimo: the paragraphs of the article's text blocks (not the captions of images and videos). */
function optimoParagraphs(doc: unknown): string[] {
  const blocks = (node: unknown) => ((node as { model?: { blocks?: unknown[] } })?.model?.blocks ?? []) as { type?: string; model?: { text?: string } }[];
  const content = (((doc as Json)['data'] as Json)['article'] as Json)['content'];
  return blocks(content)
    .filter((block) => block.type === 'text')
    .flatMap((text) => blocks(text).filter((p) => p.type === 'paragraph').map((p) => squeeze(p.model?.text ?? '')))
    .filter(Boolean);
}

/** ANF: the paragraphs of `body` and `intro` components in HTML or plain text (Markdown is left to the importer's own tests). */
function anfParagraphs(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (components: unknown) => {
    for (const c of (Array.isArray(components) ? components : []) as Json[]) {
      if ((c['role'] === 'body' || c['role'] === 'intro') && typeof c['text'] === 'string' && !c['anchor']) {
        if (c['format'] === 'html') out.push(...paragraphsOfHtml(c['text']));
        else if (!c['format']) out.push(...c['text'].split(/\n\s*\n/).map(squeeze).filter(Boolean));
      }
      walk(c['components']);
    }
  };
  walk((doc as Json)['components']);
  return out;
}

const CORPUS: Record<string, Facts> = {
  'apple-news-format/example-news-article.json': {
    format: 'anf',
    headline: 'Example News Article',
    image: { caption: "Shanghai's skyline featuring the landmark Oriental Pearl TV Tower.", credit: 'L. ELLIS' },
    paragraphs: anfParagraphs,
  },
  'apple-news-format/example-longform-travel-article.json': {
    format: 'anf',
    headline: 'Example Longform Travel Article',
    paragraphs: anfParagraphs,
  },
  'apple-news-format/anf-design-tutorial-6-embeds.json': {
    format: 'anf',
    headline: 'Duis sic Semper Aute Irure Dolor sic Ipsum',
    paragraphs: anfParagraphs,
  },
  // ANF fragments from the schema's fixtures: valid documents, though hardly articles.
  'apple-news-format/ads.json': { format: 'anf', headline: 'Advertisement', paragraphs: anfParagraphs },
  'apple-news-format/metadata.json': { format: 'anf', headline: 'metadata', paragraphs: anfParagraphs },
  'wordpress/frontity-wp-source-post-60-embed.json': {
    format: 'wordpress',
    lang: 'en_US',
    headline: 'The Beauties of Gullfoss',
    section: 'Photography',
    image: { alt: 'iceland' },
    paragraphs: wpParagraphs,
  },
  'wordpress/click9ja-posts-embed.EXTRACT.json': {
    format: 'wordpress',
    lang: 'en_NG',
    headline: 'Boko Haram Attacks In Borno Getting Worse – Gov Shettima Raises Alarm',
    section: 'NEWS',
    image: { alt: '' },
    paragraphs: wpParagraphs,
  },
  'wordpress/click9ja-posts.json': {
    format: 'wordpress',
    lang: 'en_NG',
    headline: 'DEVELOPMENT OF YOUTH INITIATIVE OF NIGERIA Kwali Area Council 22 December 2018',
    paragraphs: wpParagraphs,
  },
  'wordpress/photolandhk-post-10464.EXTRACT.json': {
    format: 'wordpress',
    lang: 'zh_HK',
    headline: 'Panasonic 85mm f/1.8 L mount 鏡頭規格洩漏–預計11月5日發布',
    paragraphs: wpParagraphs,
  },
  'wordpress/wordpress-develop-qunit-PostsCollection.json': {
    format: 'wordpress',
    lang: 'en_US',
    headline: 'REST API Client Fixture: Post',
    paragraphs: wpParagraphs,
  },
  'arc-ans/story-fixture-good.json': {
    format: 'ans',
    headline: 'The default headline for this story',
    section: 'Manufacturing',
    image: { caption: 'Never gonna give you up', credit: 'Ansel Adams' },
    paragraphs: ansParagraphs,
  },
  'arc-ans/story-fixture-good-distributor.json': {
    format: 'ans',
    headline: 'The default headline for this story',
    section: 'Manufacturing',
    image: { caption: 'Never gonna give you up', credit: 'Ansel Adams' },
    paragraphs: ansParagraphs,
  },
  'arc-ans/story-fixture-tiny-house.json': {
    format: 'ans',
    headline: 'Tiny house, big benefits: Freedom from a mortgage and worries — and stuff',
    image: { caption: 'America is having a big love affair with', credit: 'Ansel Adams' },
    paragraphs: ansParagraphs,
  },
  'bbc-simorgh/gujarati-optimo-test-article-cr5el5kw591o.EXCERPT.json': {
    format: 'optimo',
    headline: 'આ આ પરીક્ષણ લેખની મુખ્ય મથાળા છે',
    paragraphs: optimoParagraphs,
  },
  'bbc-simorgh/gujarati-photogallery-international-41345658.json': {
    format: 'optimo',
    headline: 'બે લાખ ફોટાઓમાંથી પસંદ કરાયેલા પ્રાણીઓના મનમોહક ફોટોઝ્',
    section: 'આંતરરાષ્ટ્રીય',
    image: { caption: 'વિશ્વની સૌથી મોટી ફોટોગ્રાફી સ્પર્ધામાં', credit: 'JONATAN BANISTA, 2017 SONY WORLD PHOTOGRAPHY AWARD' },
    paragraphs: () => [],
  },
};

/** Documents that are not articles, and formats no importer reads: each with the reason, reported, not silently left out. */
const NOT_ARTICLES: Record<string, string> = {
  'arc-ans/image-fixture-good.json': 'an ANS image on its own: no headline, no language',
  'arc-ans/gallery-fixture-good.json': 'an ANS gallery with no language and two images whose URLs are empty',
  'ft-content-tree/kitchen-snippet.json': 'an FT content-tree body: no headline, language or image URLs, and no importer (not a format of the contract)',
  'ft-content-tree/simple-body-inline-formatting.json': 'an FT content-tree body (no importer)',
  'ft-content-tree/simple-new-pink-article.json': 'an FT content-tree body (no importer)',
};

/** Every text an article holds, for finding the source's paragraphs in it. */
function textsOf(article: Article): string {
  const parts: string[] = [article.headline, article.subheadline ?? '', article.summary ?? ''];
  const image = (i: { caption?: string; alt: string; credit?: string }) => parts.push(textOf(i.caption ?? ''), i.alt, i.credit ?? '');
  if (article.image) image(article.image);
  for (const block of article.body as Block[]) {
    if (block.type === 'paragraph' || block.type === 'quote') parts.push(textOf(block.html), block.type === 'quote' ? (block.cite ?? '') : '');
    else if (block.type === 'heading') parts.push(block.text);
    else if (block.type === 'list') parts.push(...block.items.map(textOf));
    else if (block.type === 'image') image(block);
    else if (block.type === 'gallery') {
      block.images.forEach(image);
      parts.push(textOf(block.caption ?? ''));
    }
    else if (block.type === 'embed') parts.push(block.title);
  }
  return squeeze(parts.join(' '));
}

function imagesOf(article: Article) {
  const images = article.image ? [article.image] : [];
  for (const block of article.body) {
    if (block.type === 'image') images.push(block);
    else if (block.type === 'gallery') images.push(...block.images);
  }
  return images;
}

const index = await fetch('/corpus/index.json');
const files: string[] = index.ok ? await index.json() : [];

describe('importers over the real documents (../shared/corpus/external)', function () {
  if (!index.ok) {
    it('SKIPPED: the corpus folder is not on this machine (set CORPUS_DIR to run these)', function () {
      console.log('corpus.test.ts: skipped, no corpus folder (../shared/corpus/external, or CORPUS_DIR)');
      this.skip();
    });
    return;
  }

  it('knows every document in the folder: a set of facts, or why it is not an article', () => {
    const unknown = files.filter((file) => !(file in CORPUS) && !(file in NOT_ARTICLES));
    expect(unknown).to.deep.equal([]);
  });

  for (const [file, facts] of Object.entries(CORPUS)) {
    it(`${file}: imports as ${facts.format}, keeping its headline, paragraphs, images and section`, async () => {
      const doc: unknown = JSON.parse(await (await fetch(`/corpus/${file}`)).text());
      expect(detectFormat(doc), 'the format, detected').to.equal(facts.format);
      const result = await importArticle(doc, { lang: facts.lang });
      expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
      if (!result.ok) return;
      const { article } = result;
      expect(squeeze(article.headline)).to.equal(facts.headline);
      const section = typeof article.section === 'string' ? article.section : article.section?.name;
      expect(section, 'the section').to.equal(facts.section);
      const texts = textsOf(article);
      const missing = facts.paragraphs(doc).filter((p) => !texts.includes(p));
      expect(missing, 'source paragraphs missing from the article').to.deep.equal([]);
      const images = imagesOf(article);
      for (const image of images) expect(typeof image.alt, 'every image has an alt (maybe empty)').to.equal('string');
      if (facts.image) {
        const found = images.find(
          (image) =>
            (!facts.image!.caption || textOf(image.caption ?? '').includes(facts.image!.caption)) &&
            (facts.image!.alt === undefined || image.alt === facts.image!.alt) &&
            (!facts.image!.credit || image.credit === facts.image!.credit),
        );
        expect(found, `an image with ${JSON.stringify(facts.image)}`).to.exist;
      }
    });
  }

  for (const [file, why] of Object.entries(NOT_ARTICLES)) {
    it(`${file}: is not an article (${why}), and says so without throwing`, async () => {
      if (!files.includes(file)) return;
      const doc: unknown = JSON.parse(await (await fetch(`/corpus/${file}`)).text());
      const format = detectFormat(doc);
      if (!format) return; // no importer: nothing to run
      const result = await importArticle(doc, { format });
      expect(result.ok).to.equal(false);
    });
  }
});
