import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/article/validate.js';
import type { ArticleIssue } from '../../src/article/types.js';
import seed from '../../demo/articles/seed-gu.json';
import { fullArticle, minimal } from './samples.js';

function errorsOf(input: unknown): ArticleIssue[] {
  const result = parseArticle(input);
  if (result.ok) throw new Error('expected a fatal result');
  return result.errors;
}

function warningsOf(input: unknown): ArticleIssue[] {
  const result = parseArticle(input);
  if (!result.ok) throw new Error(`expected an article, got ${JSON.stringify(result.errors)}`);
  return result.warnings;
}

const paths = (issues: ArticleIssue[]) => issues.map((issue) => issue.path);

describe('parseArticle', () => {
  describe('valid input', () => {
    it('accepts the Gujarati seed with no warnings', () => {
      const result = parseArticle(seed);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.warnings).to.deep.equal([]);
      expect(result.article.lang).to.equal('gu');
      expect(result.article.body.filter((block) => block.type === 'ad')).to.have.length(2);
    });

    it('accepts every field and block type with no warnings', () => {
      const result = parseArticle(fullArticle());
      expect(result.ok && result.warnings).to.deep.equal([]);
      expect(result.ok && result.article.body).to.have.length(10);
    });

    it('accepts the same document as JSON text', () => {
      const result = parseArticle(JSON.stringify(fullArticle()));
      expect(result.ok && result.article.headline).to.equal('A full article');
    });

    it('ignores unknown fields, so documents may carry extra data', () => {
      const result = parseArticle({ ...minimal(), extra: { anything: true } });
      expect(result.ok && result.warnings).to.deep.equal([]);
      expect(result.ok && 'extra' in result.article).to.equal(false);
    });
  });

  describe('fatal input', () => {
    it('rejects text that is not JSON', () => {
      const [error] = errorsOf('{"headline": ');
      expect(error!.path).to.equal('');
      expect(error!.message).to.match(/^is not valid JSON/);
    });

    for (const [name, input] of [['an array', []], ['null', null], ['a number', 42], ['a JSON array text', '[1,2]']] as const) {
      it(`rejects ${name}`, () => {
        expect(errorsOf(input)).to.deep.equal([{ path: '', message: `must be an object, not ${name === 'a JSON array text' ? 'an array' : name === 'a number' ? 'number' : name}` }]);
      });
    }

    it('rejects a missing headline, lang and body, reporting all three', () => {
      expect(paths(errorsOf({}))).to.deep.equal(['lang', 'headline', 'body']);
      expect(errorsOf({}).every((error) => error.message === 'is required')).to.equal(true);
    });

    it('rejects an empty or blank headline', () => {
      expect(errorsOf({ ...minimal(), headline: '   ' })).to.deep.equal([{ path: 'headline', message: 'must not be empty' }]);
    });

    it('rejects a headline that is not a string', () => {
      expect(errorsOf({ ...minimal(), headline: 7 })).to.deep.equal([{ path: 'headline', message: 'must be a string, not number' }]);
    });

    it('reads a lang that is not a BCP 47 tag as the given fallback, with a warning', () => {
      for (const junk of ['Gujarati language', '<b>gu</b>', 'gu\u202E', 'en-US-US', 'abcdefghi', '']) {
        const result = parseArticle({ ...minimal(), lang: junk }, { lang: 'hi' });
        if (!result.ok) throw new Error(`${JSON.stringify(junk)} was fatal`);
        expect(result.article.lang, JSON.stringify(junk)).to.equal('hi');
        expect(result.warnings.map((w) => w.path)).to.deep.equal(['lang']);
      }
      const noFallback = parseArticle({ ...minimal(), lang: 'junk tag' }, { lang: '"><script>' });
      expect(noFallback.ok && noFallback.article.lang).to.equal('und');
    });

    it('normalizes locale codes as feeds send them', () => {
      for (const [raw, tag] of [['en_US', 'en-US'], ['gu_IN', 'gu-IN'], ['EN-gb', 'en-GB'], ['zh_hant_tw', 'zh-Hant-TW'], ['AR', 'ar']]) {
        const result = parseArticle({ ...minimal(), lang: raw, body: [{ type: 'paragraph', html: 'x', lang: raw }] });
        if (!result.ok) throw new Error(`${raw} was fatal`);
        expect(result.article.lang).to.equal(tag);
        expect(result.article.body[0]!.lang).to.equal(tag);
        expect(result.warnings).to.deep.equal([]);
      }
    });

    it('reads a JSON null as a missing field', () => {
      expect(paths(errorsOf({ lang: null, headline: null, body: null }))).to.deep.equal(['lang', 'headline', 'body']);
      const result = parseArticle({ ...minimal(), subheadline: null, image: null });
      expect(result.ok && result.warnings).to.deep.equal([]);
    });

    it('resolves relative URLs against baseURL, and only then', () => {
      const article = {
        ...minimal(),
        image: { src: 'img/lead.jpg', alt: '', srcset: 'img/a.jpg 1x, /b.jpg 2x' },
        body: [{ type: 'image', src: '../up.png', alt: 'x' }],
      };
      const fetched = parseArticle(article, { baseURL: 'https://partner.example/news/2026/story.json' });
      if (!fetched.ok) throw new Error('fatal');
      expect(fetched.article.image!.src).to.equal('https://partner.example/news/2026/img/lead.jpg');
      expect(fetched.article.image!.srcset).to.equal('https://partner.example/news/2026/img/a.jpg 1x, https://partner.example/b.jpg 2x');
      expect((fetched.article.body[0] as { src: string }).src).to.equal('https://partner.example/news/up.png');
      const inline = parseArticle(article);
      expect(inline.ok && inline.article.image!.src).to.equal('img/lead.jpg');
    });

    it('rejects a body that is not an array', () => {
      expect(errorsOf({ ...minimal(), body: { type: 'paragraph' } })).to.deep.equal([{ path: 'body', message: 'must be an array, not object' }]);
    });
  });

  describe('warnings', () => {
    it('drops a block of unknown type and keeps the rest', () => {
      const input = { ...minimal(), body: [{ type: 'paragraph', html: 'a' }, { type: 'video', src: 'x' }, { type: 'divider' }] };
      const result = parseArticle(input);
      expect(result.ok && result.article.body.map((block) => block.type)).to.deep.equal(['paragraph', 'divider']);
      expect(paths(warningsOf(input))).to.deep.equal(['body[1].type']);
      expect(warningsOf(input)[0]!.message).to.contain('"video" is not a known type').and.contain('the block was left out');
    });

    it('drops a block that is not an object', () => {
      expect(paths(warningsOf({ ...minimal(), body: ['text'] }))).to.deep.equal(['body[0]']);
    });

    it('drops an image block with a javascript: src', () => {
      const input = { ...minimal(), body: [{ type: 'image', src: 'javascript:alert(1)', alt: 'x' }] };
      expect(paths(warningsOf(input))).to.deep.equal(['body[0].src']);
      const result = parseArticle(input);
      expect(result.ok && result.article.body).to.deep.equal([]);
    });

    it('drops an image with an SVG data: URL, but keeps raster data: URLs', () => {
      const svg = { type: 'image', src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' };
      const png = { type: 'image', src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'x' };
      const result = parseArticle({ ...minimal(), body: [svg, png] });
      expect(result.ok && result.article.body).to.have.length(1);
      expect(result.ok && paths(result.warnings)).to.deep.equal(['body[0].src']);
    });

    it('drops an image without alt text', () => {
      expect(paths(warningsOf({ ...minimal(), body: [{ type: 'image', src: 'https://a.example/x.jpg' }] }))).to.deep.equal(['body[0].alt']);
    });

    it('drops one bad gallery image and keeps the gallery', () => {
      const good = { src: 'https://a.example/1.jpg', alt: 'one' };
      const input = { ...minimal(), body: [{ type: 'gallery', images: [good, { src: 'vbscript:x', alt: 'two' }] }] };
      expect(paths(warningsOf(input))).to.deep.equal(['body[0].images[1].src']);
      const result = parseArticle(input);
      expect(result.ok && result.article.body[0]).to.deep.equal({ type: 'gallery', images: [good] });
    });

    it('drops a gallery left with no valid image', () => {
      const input = { ...minimal(), body: [{ type: 'gallery', images: [{ src: 'ftp://a.example/1.jpg', alt: 'one' }] }] };
      expect(paths(warningsOf(input))).to.deep.equal(['body[0].images[0].src', 'body[0].images']);
    });

    it('ignores a heading level outside 2–4 (the heading stays, at level 2)', () => {
      const input = { ...minimal(), body: [{ type: 'heading', text: 'H', level: 7 }] };
      expect(paths(warningsOf(input))).to.deep.equal(['body[0].level']);
      const result = parseArticle(input);
      expect(result.ok && result.article.body[0]).to.deep.equal({ type: 'heading', text: 'H' });
    });

    it('ignores a date that is not ISO 8601', () => {
      const warnings = warningsOf({ ...minimal(), datePublished: 'yesterday', dateModified: '2024-02-30T10:00:00Z' });
      expect(paths(warnings)).to.include('datePublished');
    });

    it('ignores an author URL with a bad scheme but keeps the author', () => {
      const input = { ...minimal(), authors: [{ name: 'A', url: 'javascript:alert(1)' }] };
      expect(paths(warningsOf(input))).to.deep.equal(['authors[0].url']);
      const result = parseArticle(input);
      expect(result.ok && result.article.authors).to.deep.equal([{ name: 'A' }]);
    });

    it('drops a bad social profile link', () => {
      const input = { ...minimal(), publisher: { name: 'P', sameAs: ['https://x.com/p', 'javascript:alert(1)', 7] } };
      expect(paths(warningsOf(input))).to.deep.equal(['publisher.sameAs[1]', 'publisher.sameAs[2]']);
    });

    it('ignores a canonical url that is relative', () => {
      expect(paths(warningsOf({ ...minimal(), url: '/a-1' }))).to.deep.equal(['url']);
    });

    it('ignores a srcset with a javascript: candidate', () => {
      const input = { ...minimal(), image: { src: 'https://a.example/1.jpg', alt: '', srcset: 'https://a.example/1.jpg 1x, javascript:alert(1) 2x' } };
      expect(paths(warningsOf(input))).to.deep.equal(['image.srcset']);
    });

    it('ignores a focal point outside 0..1', () => {
      const input = { ...minimal(), image: { src: 'https://a.example/1.jpg', alt: '', focalPoint: { x: 2, y: 0.5 } } };
      expect(paths(warningsOf(input))).to.deep.equal(['image.focalPoint.x']);
    });

    it('ignores invalid ad sizes', () => {
      expect(paths(warningsOf({ ...minimal(), body: [{ type: 'ad', sizes: 'big' }] }))).to.deep.equal(['body[0].sizes']);
    });

    it('turns an embed from a non-https URL into a warning', () => {
      expect(paths(warningsOf({ ...minimal(), body: [{ type: 'embed', url: 'http://video.example/1', title: 'V' }] }))).to.deep.equal(['body[0].url']);
    });

    it('ignores an unsupported version', () => {
      expect(paths(warningsOf({ ...minimal(), version: 2 }))).to.deep.equal(['version']);
    });

    it('removes bidi override characters from plain text, with a warning', () => {
      const input = { ...minimal(), headline: 'safe\u202Etxt.exe' };
      expect(paths(warningsOf(input))).to.deep.equal(['headline']);
      const result = parseArticle(input);
      expect(result.ok && result.article.headline).to.equal('safetxt.exe');
    });

    it('drops tags that are not strings', () => {
      expect(paths(warningsOf({ ...minimal(), tags: ['ok', 3, ''] }))).to.deep.equal(['tags[1]', 'tags[2]']);
    });

    it('never throws, whatever the input', () => {
      const hostile = [undefined, '', 'null', '{}', { body: null }, { lang: {}, headline: [], body: 'x' },
        { ...minimal(), body: [null, 1, [], { type: null }, { type: '__proto__' }, { type: 'constructor' }] },
        JSON.parse('{"__proto__": {"polluted": true}, "lang": "en", "headline": "h", "body": []}')];
      for (const input of hostile) expect(() => parseArticle(input)).not.to.throw();
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });
});
