import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseArticle } from '../../src/article/validate.js';
import { fromAns } from '../../src/import/ans.js';
import type { ImportOptions } from '../../src/import/types.js';
import gallery from './fixtures/ans-gallery.json';
import story from './fixtures/ans-story.json';

type Doc = Record<string, unknown>;
const onServer = (doc: unknown, options: ImportOptions) =>
  executeServerCommand<ReturnType<typeof fromAns>, { call: string; args: unknown[] }>('node-side', { call: 'ans', args: [doc, options] });
const copy = (value: unknown): Doc => structuredClone(value) as Doc;

/** The mapping, and what parseArticle makes of its draft. */
function imported(source: unknown, options: ImportOptions = {}) {
  const mapped = fromAns(source, options);
  return { ...mapped, parsed: parseArticle(mapped.article, options) };
}

describe('fromAns', () => {
  describe('a story', () => {
    it('maps the metadata', () => {
      const { article } = imported(story);
      const { body, ...metadata } = article;
      expect(body).to.be.an('array');
      expect(metadata).to.deep.equal({
        id: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        lang: 'en',
        section: { name: 'World' },
        headline: 'Harbour reopens after storm & repairs',
        subheadline: 'Fishing boats return within the week',
        summary: 'The port was closed for three weeks.',
        datePublished: '2024-05-01T08:00:00Z',
        dateModified: '2024-05-02T10:30:00.250Z',
        authors: [
          { name: 'Jane Doe', image: { src: 'https://example.com/authors/jane.jpg', alt: '' } },
          { name: 'Wire Service', url: 'https://wire.example.org/' },
        ],
        image: {
          src: 'https://example.com/img/harbour-lead.jpg',
          alt: 'Boats moored in the harbour at dawn',
          width: 1600,
          height: 900,
          caption: 'The harbour at dawn.',
          credit: 'Sam Lens',
        },
        tags: ['Harbour', 'Storms'],
        copyright: '© 2024 The Daily',
      });
    });

    it('maps every content element it can, in order, with inline HTML as given (parseArticle sanitizes it)', () => {
      expect(imported(story).article.body).to.deep.equal([
        {
          type: 'paragraph',
          html: 'The harbour <b>reopened</b> on Monday, <a href="https://example.com/storm" target="_blank" class="x">after the storm</a> &amp; weeks of repairs.',
        },
        { type: 'paragraph', html: 'Officials <span style="color:red" lang="en">said</span> <font>so</font><script>track()</script>. A < B & <a href="javascript:alert(1)">C</a>.' },
        // Block-level markup in a text element goes through the shared HTML walk.
        { type: 'paragraph', html: 'First part.' },
        { type: 'paragraph', html: 'Second <em>part</em>.' },
        { type: 'heading', text: 'What happened', level: 2 },
        { type: 'heading', text: 'Top level', level: 2 },
        { type: 'heading', text: 'Deep level', level: 4 },
        { type: 'heading', text: 'No level', level: 2 },
        {
          type: 'image',
          src: 'https://example.com/img/quay.jpg',
          alt: 'The repaired quay wall',
          width: 800,
          height: 640,
          caption: 'The <em>new</em> quay wall.',
          credit: 'Sam Lens, Ann Other',
          focalPoint: { x: 0.575, y: 0.34375 },
        },
        // No caption: the subtitle stands in.
        { type: 'image', src: 'https://example.com/img/crane.jpg', alt: '', caption: 'A crane at work' },
        { type: 'list', items: ['Foo', '<b>Bar</b>', 'Hi', 'Mom'] },
        { type: 'list', items: ['One', 'Two'], ordered: true },
        { type: 'quote', html: "<i>Here's my html</i>" },
        {
          type: 'quote',
          html: 'I really like this sample sentence.<br>Now is the time for all good men.<br>— Charles E. Weller; <em>The Early History of the Typewriter</em>',
          cite: 'Me, on Slack',
        },
        { type: 'divider' },
        {
          type: 'embed',
          url: 'https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed',
          title: 'Harbour drone footage',
          width: 560,
          height: 315,
        },
        { type: 'embed', url: 'https://player.vimeo.com/video/76979871', title: 'Vimeo' },
        {
          type: 'gallery',
          images: [
            { src: 'https://example.com/g/1.jpg', alt: 'Broken pier', caption: 'Before' },
            { src: 'https://example.com/g/2.jpg', alt: 'Rebuilt pier', caption: 'After' },
          ],
          title: 'Storm damage',
          caption: 'Before & after the repairs.',
        },
        {
          type: 'gallery',
          images: [
            { src: 'http://foo.com/foo.jpg', alt: 'Foo', caption: 'Foo' },
            { src: 'http://bar.com/bar.jpg', alt: 'Bar', caption: 'Bar' },
          ],
        },
        { type: 'paragraph', html: 'Grouped text' },
        { type: 'divider' },
        { type: 'paragraph', html: '<a href="https://example.com/related">Related: the first storm</a>' },
        { type: 'paragraph', html: 'Not a link' },
        { type: 'paragraph', html: '<strong>Learn More</strong>' },
        {
          type: 'list',
          items: ['<a href="https://example.com/a">Story A</a><br><em>Emboldened</em> by victories', '<a href="/b">Story B</a>'],
        },
      ]);
    });

    it('warns, at source paths, about everything it dropped or changed', () => {
      expect(imported(story).warnings).to.deep.equal([
        { path: 'canonical_url', message: '"/world/2024/05/01/harbour-reopens/" is relative and no baseURL was given; it was left out' },
        { path: 'taxonomy.primary_section._id', message: '"/world" is relative and no baseURL was given; it was left out' },
        { path: 'headlines.basic', message: 'markup was removed: the headline is plain text' },
        { path: 'credits.by[0].url', message: '"/people/jane-doe/" is relative and no baseURL was given; it was left out' },
        { path: 'credits.by[2]', message: 'an unresolved author reference was dropped' },
        { path: 'content_elements[4].content', message: 'markup was removed: the heading is plain text' },
        { path: 'content_elements[5].level', message: 'heading level 1 was read as 2' },
        { path: 'content_elements[6].level', message: 'heading level 5 was read as 4' },
        { path: 'content_elements[9]', message: 'the image has no alt_text; alt was set to ""' },
        { path: 'content_elements[9].focal_point', message: 'the focal point is in pixels and the image has no width and height; it was left out' },
        { path: 'content_elements[10]', message: 'the image has no url; it was dropped' },
        { path: 'content_elements[11].items[2]', message: 'a nested list was flattened into its parent' },
        { path: 'content_elements[11].items[3]', message: 'a list item of type "image" was dropped' },
        { path: 'content_elements[14].content_elements[1].content_elements[0]', message: 'an element of type "image" inside a quote was dropped' },
        { path: 'content_elements[14].content_elements[1]', message: 'a nested quote was flattened into its parent (its citation became a line of its text)' },
        { path: 'content_elements[14].citation.content', message: 'markup was removed: the citation is plain text' },
        { path: 'content_elements[15]', message: 'the quote has no text; it was dropped' },
        { path: 'content_elements[18]', message: 'the embed has no title; "Vimeo" was used' },
        { path: 'content_elements[19]', message: 'an oEmbed from Twitter that is not a YouTube or Vimeo player was dropped' },
        { path: 'content_elements[20]', message: 'an unresolved reference (https://api.twitter.com/1/statuses/oembed.json) cannot be imported; it was dropped' },
        { path: 'content_elements[21]', message: 'raw HTML is not imported (it can hold script and layout markup); it was dropped' },
        { path: 'content_elements[22]', message: 'a correction has no Article JSON block; it was dropped' },
        { path: 'content_elements[23]', message: 'a numeric rating has no Article JSON block; it was dropped' },
        { path: 'content_elements[24]', message: 'a custom embed has no Article JSON block; it was dropped' },
        { path: 'content_elements[25]', message: 'a video has no Article JSON block; it was dropped' },
        { path: 'content_elements[26]', message: 'the element type "hologram" is not supported; it was dropped' },
        { path: 'content_elements[27].content_elements[2]', message: 'an element of type "text" in a gallery was dropped' },
        { path: 'content_elements[29]', message: 'an element group that is not all images was flattened: its elements were imported one by one' },
        { path: 'content_elements[30].content', message: 'markup was removed: the link text is plain text' },
        { path: 'content_elements[31].url', message: 'the URL is not an allowed link; the text was kept without it' },
        { path: 'content_elements[32].items[2]', message: 'an item of type "text" in a link list was dropped' },
        { path: 'corrections', message: 'Article JSON has no field for corrections: one was dropped' },
      ]);
    });

    it('gives a draft that parseArticle accepts, reducing its inline HTML to the subset', () => {
      const { article, parsed } = imported(story);
      expect(parsed.ok && parsed.warnings).to.deep.equal([
        { path: 'body[0].html', message: 'removed target="_blank" on <a>, class="x" on <a>' },
        { path: 'body[1].html', message: 'removed style="color:red" on <span>, <font>, <script>, href="javascript:alert(1)" on <a>' },
      ]);
      const body = parsed.ok ? parsed.article.body : [];
      expect(body).to.have.length(article.body!.length).and.to.have.length(25);
      expect(body.slice(0, 2)).to.deep.equal([
        {
          type: 'paragraph',
          html: 'The harbour <b>reopened</b> on Monday, <a href="https://example.com/storm" rel="noopener noreferrer">after the storm</a> &amp; weeks of repairs.',
        },
        { type: 'paragraph', html: 'Officials <span lang="en">said</span> so. A &lt; B &amp; C.' },
      ]);
      expect(body[17]).to.deep.include({ type: 'gallery', caption: 'Before &amp; after the repairs.' });
    });
  });

  describe('URLs', () => {
    it('resolves the canonical URL, section, author and relative links against baseURL', () => {
      const { article, warnings, parsed } = imported(story, { baseURL: 'https://example.com/' });
      expect(article.url).to.equal('https://example.com/world/2024/05/01/harbour-reopens/');
      expect(article.section).to.deep.equal({ name: 'World', url: 'https://example.com/world' });
      expect(article.authors?.[0]?.url).to.equal('https://example.com/people/jane-doe/');
      expect(article.body?.at(-1)).to.deep.equal({
        type: 'list',
        items: ['<a href="https://example.com/a">Story A</a><br><em>Emboldened</em> by victories', '<a href="https://example.com/b">Story B</a>'],
      });
      expect(warnings.map((w) => w.path)).not.to.include.members(['canonical_url', 'taxonomy.primary_section._id', 'credits.by[0].url']);
      expect(parsed.ok && parsed.article.url).to.equal('https://example.com/world/2024/05/01/harbour-reopens/');
    });

    it('reads website_url when there is no canonical_url, and leaves out a URL that is not http(s)', () => {
      const doc = copy(story);
      delete doc.canonical_url;
      doc.website_url = '/world/harbour/';
      expect(fromAns(doc, { baseURL: 'https://example.com/' }).article.url).to.equal('https://example.com/world/harbour/');
      doc.canonical_url = 'ftp://example.com/x';
      const { article, warnings } = fromAns(doc, {});
      expect(article.url).to.equal(undefined);
      expect(warnings[0]).to.deep.equal({ path: 'canonical_url', message: '"ftp://example.com/x" is not an http(s) URL; it was left out' });
    });
  });

  describe('sections', () => {
    it('falls back from primary_section to the website section, the primary site, primary_site and the kicker', () => {
      const doc = copy(story);
      const taxonomy = doc.taxonomy as Doc;
      const options = { baseURL: 'https://example.com/' };
      doc.websites = { 'the-daily': { website_url: '/x/', website_section: { _id: '/local', name: 'Local' } } };
      delete taxonomy.primary_section;
      expect(fromAns(doc, options).article.section).to.deep.equal({ name: 'Local', url: 'https://example.com/local' });
      delete doc.websites;
      taxonomy.sites = [
        { name: 'Business', path: '/business', primary: false },
        { name: 'Manufacturing', path: '/business/manufacturing', primary: true },
      ];
      expect(fromAns(doc, options).article.section).to.deep.equal({ name: 'Manufacturing', url: 'https://example.com/business/manufacturing' });
      delete taxonomy.sites;
      expect(fromAns(doc, options).article.section).to.deep.equal({ name: 'News', url: 'https://example.com/news' });
      delete taxonomy.primary_site;
      // The kicker, with its own absolute URL.
      expect(fromAns(doc, options).article.section).to.deep.equal({ name: 'Coast', url: 'https://example.com/coast/' });
      delete doc.label;
      expect(fromAns(doc, options).article.section).to.equal(undefined);
    });
  });

  describe('a gallery document', () => {
    it('maps to one gallery block, with the lang option where the document has none', () => {
      const { article, warnings, parsed } = imported(gallery, { lang: 'en-GB', baseURL: 'https://example.com/api/' });
      expect(article).to.deep.equal({
        id: 'GALLERY1',
        lang: 'en-GB',
        section: { name: 'Weather', url: 'https://example.com/weather' },
        headline: 'The storm in pictures',
        summary: 'Ten days on the coast.',
        datePublished: '2024-05-03T12:00:00+01:00',
        dateModified: '2024-05-04T10:00:00.000Z',
        body: [
          {
            type: 'gallery',
            images: [
              {
                src: 'https://example.com/g/pier.jpg',
                alt: 'Waves over the pier',
                width: 1200,
                height: 800,
                caption: 'High tide, Tuesday.',
                credit: 'Coast Photo Agency',
              },
              { src: 'https://example.com/g/road.jpg', alt: '', caption: 'The coast road.' },
            ],
          },
        ],
      });
      expect(warnings).to.deep.equal([
        { path: 'last_updated_date', message: '"May 4, 2024 10:00 UTC" is not ISO 8601; it was read as 2024-05-04T10:00:00.000Z' },
        { path: 'content_elements[1]', message: 'the image has no alt_text; alt was set to ""' },
        { path: 'content_elements[2]', message: 'the image has no url; it was dropped' },
        { path: 'content_elements[3]', message: 'an element of type "video" in a gallery was dropped' },
      ]);
      expect(parsed.ok && parsed.warnings).to.deep.equal([]);
    });

    it('without a language or any usable image, says so and fails validation', () => {
      const doc = copy(gallery);
      doc.content_elements = [{ type: 'image', url: '' }];
      const { article, warnings, parsed } = imported(doc);
      expect(article.body).to.deep.equal([]);
      expect(warnings.slice(0, 1)).to.deep.equal([{ path: 'language', message: 'is missing and no lang option was given' }]);
      expect(warnings.slice(-2)).to.deep.equal([
        { path: 'content_elements[0]', message: 'the image has no url; it was dropped' },
        { path: 'content_elements', message: 'the gallery has no usable images; it was dropped' },
      ]);
      expect(parsed.ok).to.equal(false);
    });
  });

  describe('a lone image document', () => {
    it('maps to a one-image body (no headline, so not an article)', () => {
      const doc = {
        type: 'image',
        url: 'https://example.com/scalia.jpg',
        alt_text: 'Justice Scalia testifies',
        caption: 'Testimony',
        credits: { by: [{ name: 'Ansel Adams', byline: 'John Jacob' }] },
        width: 800,
        height: 640,
        focal_point: { x: 460, y: 220 },
        language: 'en',
      };
      const { article, warnings, parsed } = imported(doc);
      expect(article.body).to.deep.equal([
        {
          type: 'image',
          src: 'https://example.com/scalia.jpg',
          alt: 'Justice Scalia testifies',
          width: 800,
          height: 640,
          caption: 'Testimony',
          credit: 'Ansel Adams',
          focalPoint: { x: 0.575, y: 0.34375 },
        },
      ]);
      expect(warnings).to.deep.equal([
        { path: 'headlines.basic', message: 'is missing: the document has no headline' },
        { path: 'type', message: 'the document is a lone ANS image, not a story: it was mapped to a one-image body' },
      ]);
      expect(parsed.ok).to.equal(false);
    });
  });

  describe('block-level markup in fields that hold a run of text', () => {
    it('joins the inline contents of its blocks with <br>, or keeps only its text, with a warning', () => {
      const content_elements = [
        { type: 'quote', content: '<p>One.</p>\n<p>Two <b>bold</b> &amp; <a href="/x">more</a>.<br></p><!-- a note -->' },
        { type: 'list', items: [{ type: 'text', content: '<ul><li>A</li><li><i>B</i></li></ul>' }] },
      ];
      const headlines = { basic: '<p>Storm</p><p>over<br>the <b>coast</b></p><script>x()</script>' };
      expect(fromAns({ type: 'story', language: 'en', headlines, content_elements }, {})).to.deep.equal({
        article: {
          lang: 'en',
          headline: 'Storm over the coast',
          body: [
            { type: 'quote', html: 'One.<br>Two <b>bold</b> &amp; <a href="/x">more</a>.' },
            { type: 'list', items: ['A<br><i>B</i>'] },
          ],
        },
        warnings: [
          { path: 'headlines.basic', message: 'markup was removed: the headline is plain text' },
          { path: 'content_elements[0].content', message: 'block-level markup (<p>) was removed; its parts were joined with <br>' },
          { path: 'content_elements[1].items[0].content', message: 'block-level markup (<ul>, <li>) was removed; its parts were joined with <br>' },
        ],
      });
    });
  });

  describe('on a server', () => {
    it('maps the fixtures the same way with parse5, without a DOM', async () => {
      for (const [doc, options] of [[story, {}], [story, { baseURL: 'https://example.com/' }], [gallery, { lang: 'en-GB' }]] as const) {
        expect(await onServer(doc, options)).to.deep.equal(fromAns(doc, options));
      }
    });
  });

  describe('odd input', () => {
    it('never throws, and says what it could not read', () => {
      for (const source of [null, undefined, 'text', 42, [], [story]]) {
        expect(fromAns(source, {})).to.deep.equal({ article: {}, warnings: [{ path: '', message: 'is not an ANS document (a JSON object)' }] });
      }
    });

    it('guards every field against the wrong type', () => {
      const doc = {
        type: 'story',
        language: 7,
        headlines: 'flat',
        credits: { by: 'me' },
        taxonomy: { tags: 'a,b', sites: {} },
        promo_items: { basic: { type: 'image', url: 5 } },
        content_elements: [
          null,
          'text',
          { type: 'text', content: 5 },
          { type: 'header', content: 'H', level: 'two' },
          { type: 'list', items: 'x' },
          { type: 'image', url: 'a.jpg', width: '800', height: -1, focal_point: 'center', credits: [] },
          { type: 'oembed_response', raw_oembed: 'x' },
          { type: 'interstitial_link' },
        ],
      };
      const { article, warnings } = fromAns(doc, {});
      expect(article.body).to.deep.equal([
        { type: 'heading', text: 'H', level: 2 },
        { type: 'image', src: 'a.jpg', alt: '' },
      ]);
      expect(warnings).to.deep.equal([
        { path: 'language', message: 'is missing and no lang option was given' },
        { path: 'headlines.basic', message: 'is missing: the document has no headline' },
        { path: 'promo_items.basic', message: 'the image has no url; it was dropped' },
        { path: 'content_elements[0]', message: 'an element without a type was dropped' },
        { path: 'content_elements[1]', message: 'an element without a type was dropped' },
        { path: 'content_elements[3].level', message: '"two" is not a heading level; 2 was used' },
        { path: 'content_elements[5]', message: 'the image has no alt_text; alt was set to ""' },
        { path: 'content_elements[6]', message: 'an oEmbed that is not a YouTube or Vimeo player was dropped' },
        { path: 'content_elements[7]', message: 'the link has no text and no url; it was dropped' },
      ]);
    });
  });
});
