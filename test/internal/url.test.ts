import { expect } from '@open-wc/testing';
import { checkUrl, safeUrl, type UrlUse } from '../../src/internal/url.js';

const BASE = 'https://news.example/section/story.html';
const USES: readonly UrlUse[] = ['link', 'image', 'page', 'embed'];

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/**
 * One row per input: the expected result for each use. A string is the exact normalized
 * URL expected; `null` means blocked.
 */
type Row = [input: string, expected: Record<UrlUse, string | null>];

const all = (value: string | null): Record<UrlUse, string | null> => ({ link: value, image: value, page: value, embed: value });
const blockedEverywhere = all(null);

const TABLE: Row[] = [
  // Absolute http(s)
  ['https://example.com/a?b=1#c', all('https://example.com/a?b=1#c')],
  ['http://example.com', { link: 'http://example.com/', image: 'http://example.com/', page: 'http://example.com/', embed: null }],
  ['HTTPS://EXAMPLE.COM/Path', all('https://example.com/Path')],
  ['https://example.com/a b', all('https://example.com/a%20b')],
  ['https://example.com/"><script>', all('https://example.com/%22%3E%3Cscript%3E')],
  ['https://xn--80ak6aa92e.com/', all('https://xn--80ak6aa92e.com/')],
  ['https://ગુજરાત.example/', all(new URL('https://ગુજરાત.example/').href)],
  ['https://example.com:443/', all('https://example.com/')],
  ['https://user:pass@example.com/', all('https://user:pass@example.com/')],
  ['https:example.com/x', all('https://example.com/x')],

  // Other link schemes
  ['mailto:editor@example.com', { link: 'mailto:editor@example.com', image: null, page: null, embed: null }],
  ['MAILTO:editor@example.com?subject=Hi', { link: 'mailto:editor@example.com?subject=Hi', image: null, page: null, embed: null }],
  ['tel:+91-79-1234-5678', { link: 'tel:+91-79-1234-5678', image: null, page: null, embed: null }],

  // Relative references: resolved for link and image, refused for page and embed
  ['/path/to?x=1', { link: 'https://news.example/path/to?x=1', image: 'https://news.example/path/to?x=1', page: null, embed: null }],
  ['#frag', { link: 'https://news.example/section/story.html#frag', image: 'https://news.example/section/story.html#frag', page: null, embed: null }],
  ['photo.jpg', { link: 'https://news.example/section/photo.jpg', image: 'https://news.example/section/photo.jpg', page: null, embed: null }],
  ['../up.html', { link: 'https://news.example/up.html', image: 'https://news.example/up.html', page: null, embed: null }],
  ['?q=1', { link: 'https://news.example/section/story.html?q=1', image: 'https://news.example/section/story.html?q=1', page: null, embed: null }],
  ['//cdn.example.org/a.jpg', { link: 'https://cdn.example.org/a.jpg', image: 'https://cdn.example.org/a.jpg', page: null, embed: null }],
  // Text that only looks like a scheme is a harmless relative path.
  ['&#106;avascript:alert(1)', { link: 'https://news.example/section/&#106;avascript:alert(1)', image: 'https://news.example/section/&#106;avascript:alert(1)', page: null, embed: null }],
  ['javascript&colon;alert(1)', { link: 'https://news.example/section/javascript&colon;alert(1)', image: 'https://news.example/section/javascript&colon;alert(1)', page: null, embed: null }],
  ['ｊａｖａｓｃｒｉｐｔ:alert(1)', {
    link: 'https://news.example/section/%EF%BD%8A%EF%BD%81%EF%BD%96%EF%BD%81%EF%BD%93%EF%BD%83%EF%BD%92%EF%BD%89%EF%BD%90%EF%BD%94:alert(1)',
    image: 'https://news.example/section/%EF%BD%8A%EF%BD%81%EF%BD%96%EF%BD%81%EF%BD%93%EF%BD%83%EF%BD%92%EF%BD%89%EF%BD%90%EF%BD%94:alert(1)',
    page: null, embed: null,
  }],
  ['\u202Ejavascript:alert(1)', { link: 'https://news.example/section/%E2%80%AEjavascript:alert(1)', image: 'https://news.example/section/%E2%80%AEjavascript:alert(1)', page: null, embed: null }],

  // data: URLs: raster images only, and only as images
  [PNG, { link: null, image: PNG, page: null, embed: null }],
  ['data:image/jpeg;base64,/9j/4AAQ', { link: null, image: 'data:image/jpeg;base64,/9j/4AAQ', page: null, embed: null }],
  ['data:image/gif;base64,R0lGODlh', { link: null, image: 'data:image/gif;base64,R0lGODlh', page: null, embed: null }],
  ['data:image/webp;base64,UklGR', { link: null, image: 'data:image/webp;base64,UklGR', page: null, embed: null }],
  ['data:image/avif;base64,AAAA', { link: null, image: 'data:image/avif;base64,AAAA', page: null, embed: null }],
  ['DATA:IMAGE/PNG;base64,AAAA', { link: null, image: 'data:IMAGE/PNG;base64,AAAA', page: null, embed: null }],
  ['data:image/png,rawbytes', { link: null, image: 'data:image/png,rawbytes', page: null, embed: null }],
  ['data:image/svg+xml,<svg onload=alert(1)>', blockedEverywhere],
  ['data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', blockedEverywhere],
  ['data:image/SVG+XML,<svg/>', blockedEverywhere],
  ['data:image/pngx,AAAA', blockedEverywhere],
  ['data:image/png', blockedEverywhere],
  ['data:text/html,<script>alert(1)</script>', blockedEverywhere],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', blockedEverywhere],
  ['data:,hello', blockedEverywhere],
  ['data:application/javascript,alert(1)', blockedEverywhere],

  // Script and other dangerous or local schemes
  ['javascript:alert(1)', blockedEverywhere],
  ['JaVaScRiPt:alert(1)', blockedEverywhere],
  ['javascript://example.com/%0Aalert(1)', blockedEverywhere],
  ['vbscript:msgbox(1)', blockedEverywhere],
  ['file:///etc/passwd', blockedEverywhere],
  ['blob:https://news.example/0000-1111', blockedEverywhere],
  ['filesystem:https://news.example/temporary/x', blockedEverywhere],
  ['ftp://example.com/file', blockedEverywhere],
  ['ws://example.com/', blockedEverywhere],
  ['about:blank', blockedEverywhere],
  ['chrome://settings', blockedEverywhere],
  ['view-source:https://example.com/', blockedEverywhere],
  ['intent://scan/#Intent;scheme=zxing;end', blockedEverywhere],

  // Control characters and surrounding whitespace: the URL parser would strip them
  ['java\tscript:alert(1)', blockedEverywhere],
  ['java\nscript:alert(1)', blockedEverywhere],
  ['java\rscript:alert(1)', blockedEverywhere],
  ['java\u0000script:alert(1)', blockedEverywhere],
  ['\u0001javascript:alert(1)', blockedEverywhere],
  ['\u001Fjavascript:alert(1)', blockedEverywhere],
  ['\u007Fjavascript:alert(1)', blockedEverywhere],
  [' javascript:alert(1)', blockedEverywhere],
  ['   https://example.com/', blockedEverywhere],
  ['https://example.com/ ', blockedEverywhere],
  ['\thttps://example.com/', blockedEverywhere],
  ['https://example.com/\n', blockedEverywhere],
  ['https://exa\tmple.com/', blockedEverywhere],
  ['\u00A0https://example.com/', blockedEverywhere],
  ['https://example.com/\u3000', blockedEverywhere],
  ['\uFEFFhttps://example.com/', blockedEverywhere],

  // Malformed
  ['', blockedEverywhere],
  ['https://', blockedEverywhere],
  ['http://[::1', blockedEverywhere],
  ['http://example.com:99999/', blockedEverywhere],
];

describe('safeUrl', () => {
  describe('allowed and blocked inputs, per use', () => {
    for (const [input, expected] of TABLE) {
      for (const use of USES) {
        const want = expected[use];
        it(`${use}: ${JSON.stringify(input).slice(0, 70)} → ${want === null ? 'blocked' : want.slice(0, 60)}`, () => {
          expect(safeUrl(input, use, BASE)).to.equal(want);
        });
      }
    }
  });

  it('never returns a URL with a scheme outside the use allow-list', () => {
    const allowed: Record<UrlUse, readonly string[]> = {
      link: ['http:', 'https:', 'mailto:', 'tel:'],
      image: ['http:', 'https:', 'data:'],
      page: ['http:', 'https:'],
      embed: ['https:'],
    };
    for (const [input] of TABLE) {
      for (const use of USES) {
        const out = safeUrl(input, use, BASE);
        if (out !== null) {
          expect(allowed[use], `${use}: ${input}`).to.include(new URL(out).protocol);
          // The output is already normalized: passing it again changes nothing.
          expect(safeUrl(out, use, BASE)).to.equal(out);
        }
      }
    }
  });

  it('returns null for non-string input', () => {
    const inputs: unknown[] = [
      null, undefined, 0, 42, true, {}, [], ['https://example.com/'], new URL('https://example.com/'),
      new String('https://example.com/'), { toString: () => 'https://example.com/' }, Symbol('x'), () => 'https://example.com/',
    ];
    for (const input of inputs) {
      for (const use of USES) expect(safeUrl(input, use, BASE), `${use}: ${String(typeof input)}`).to.equal(null);
    }
  });

  it('resolves relative URLs against document.baseURI by default', () => {
    expect(safeUrl('/a/b', 'link')).to.equal(new URL('/a/b', document.baseURI).href);
    expect(safeUrl('#x', 'image')).to.equal(new URL('#x', document.baseURI).href);
    expect(safeUrl('/a/b', 'link', undefined)).to.equal(new URL('/a/b', document.baseURI).href);
  });

  it('resolves relative URLs against an explicit base (e.g. a syndicated article URL)', () => {
    expect(safeUrl('img/a.jpg', 'image', 'https://partner.example/feeds/article.json')).to.equal('https://partner.example/feeds/img/a.jpg');
  });

  it('ignores the base for absolute URLs', () => {
    expect(safeUrl('https://a.example/x', 'link', 'not a url')).to.equal('https://a.example/x');
  });

  it('blocks a relative URL when the base is not a valid URL', () => {
    expect(safeUrl('/a', 'link', 'not a url')).to.equal(null);
  });

  it('does not accept a javascript: base as a way in', () => {
    expect(safeUrl('alert(1)', 'link', 'javascript:void 0/')).to.equal(null);
  });

  describe('with no base and no document (as in Node)', () => {
    it('gives the same verdict as with a base, and keeps relative references as given', () => {
      for (const [input] of TABLE) {
        for (const use of USES) {
          const withBase = safeUrl(input, use, BASE);
          // An absolute URL comes out normalized as before; a relative one stays relative.
          const want = withBase === null ? null : URL.canParse(input) ? withBase : input;
          expect(checkUrl(input, use, undefined), `${use}: ${JSON.stringify(input)}`).to.equal(want);
        }
      }
    });

    it('accepts the relative references the browser accepts, unchanged', () => {
      for (const input of ['images/stand-in-meeting-1200x800.jpg', '/a/b.jpg', '../up.jpg', '?q=1', '#x', '//cdn.example.org/a.jpg']) {
        expect(checkUrl(input, 'image', undefined), input).to.equal(input);
        expect(checkUrl(input, 'link', undefined), input).to.equal(input);
        expect(checkUrl(input, 'page', undefined), input).to.equal(null);
        expect(checkUrl(input, 'embed', undefined), input).to.equal(null);
      }
    });

    it('still refuses what no base can make safe', () => {
      for (const input of ['javascript:alert(1)', ' a.jpg', 'a.jpg\n', 'java\tscript:x', 'http://[::1', 'data:image/svg+xml,<svg/>']) {
        expect(checkUrl(input, 'image', undefined), JSON.stringify(input)).to.equal(null);
      }
    });
  });

  it('handles very long URLs', () => {
    const long = `https://example.com/${'a'.repeat(100_000)}`;
    expect(safeUrl(long, 'link', BASE)).to.equal(long);
  });
});
