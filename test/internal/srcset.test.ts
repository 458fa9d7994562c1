import { expect } from '@open-wc/testing';
import { safeSrcset } from '../../src/internal/srcset.js';

const BASE = 'https://news.example/img/';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('safeSrcset', () => {
  const valid: Array<[string, string]> = [
    ['a.jpg 1x, b.jpg 2x', 'https://news.example/img/a.jpg 1x, https://news.example/img/b.jpg 2x'],
    ['a.jpg 480w, b.jpg 960w', 'https://news.example/img/a.jpg 480w, https://news.example/img/b.jpg 960w'],
    ['a.jpg', 'https://news.example/img/a.jpg'],
    ['a.jpg 1.5x', 'https://news.example/img/a.jpg 1.5x'],
    ['/abs/a.jpg 1x,https://cdn.example/b.jpg 2x', 'https://news.example/abs/a.jpg 1x, https://cdn.example/b.jpg 2x'],
    ['  a.jpg   1x  ,   b.jpg   2x  ', 'https://news.example/img/a.jpg 1x, https://news.example/img/b.jpg 2x'],
    ['a.jpg 1x,\n\tb.jpg 2x,\n', 'https://news.example/img/a.jpg 1x, https://news.example/img/b.jpg 2x'],
    ['a.jpg 1x,,, b.jpg 2x', 'https://news.example/img/a.jpg 1x, https://news.example/img/b.jpg 2x'],
    // A URL followed directly by a comma has no descriptor.
    ['a.jpg, b.jpg 2x', 'https://news.example/img/a.jpg, https://news.example/img/b.jpg 2x'],
    // A comma inside a URL (no whitespace around it) is part of the URL, as in the spec.
    ['a.jpg,b.jpg 2x', 'https://news.example/img/a.jpg,b.jpg 2x'],
    ['https://cdn.example/w_400,h_300/a.jpg 400w', 'https://cdn.example/w_400,h_300/a.jpg 400w'],
    // Commas inside data: URLs.
    [`${PNG} 1x, b.jpg 2x`, `${PNG} 1x, https://news.example/img/b.jpg 2x`],
    ['data:image/png;base64,AAA,BBB 1x', 'data:image/png;base64,AAA,BBB 1x'],
    [`${PNG}, b.jpg 2x`, `${PNG}, https://news.example/img/b.jpg 2x`],
    ['HTTPS://CDN.EXAMPLE/A.JPG 2x', 'https://cdn.example/A.JPG 2x'],
    ['a b.jpg', 'https://news.example/img/a'],
  ];
  // The last row would be 'a' with descriptor 'b.jpg', which is malformed.
  valid.pop();

  for (const [input, expected] of valid) {
    it(`normalizes ${JSON.stringify(input)}`, () => {
      expect(safeSrcset(input, BASE)).to.equal(expected);
    });
  }

  it('resolves against document.baseURI by default', () => {
    expect(safeSrcset('a.jpg 1x, b.jpg 2x')).to.equal(
      `${new URL('a.jpg', document.baseURI).href} 1x, ${new URL('b.jpg', document.baseURI).href} 2x`,
    );
  });

  const blocked: Array<[string, string]> = [
    ['javascript: candidate', 'javascript:alert(1) 1x'],
    ['javascript: without descriptor', 'javascript:alert(1)'],
    ['javascript: second candidate', 'a.jpg 1x, javascript:alert(1) 2x'],
    ['JavaScript: mixed case', 'a.jpg 1x, JaVaScRiPt:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1) 1x'],
    ['data:image/svg+xml', 'data:image/svg+xml,<svg/onload=alert(1)> 1x'],
    ['data:image/svg+xml;base64', 'a.jpg 1x, data:image/svg+xml;base64,PHN2Zz4= 2x'],
    ['data:text/html', 'data:text/html,<script>alert(1)</script> 1x'],
    ['comma-split data: svg', 'data:image/png;base64,AAA,data:image/svg+xml,<svg> 1x'.replace('data:image/png;base64,AAA,', 'data:image/png;base64,AAA, ')],
    ['a tab splitting java\\tscript', 'java\tscript:alert(1) 1x'],
    ['a NUL inside a URL', 'a\u0000.jpg 1x'],
    ['a control character inside a URL', 'a\u0001.jpg 1x'],
    ['blob:', 'blob:https://news.example/1234 1x'],
    ['file:', 'file:///etc/passwd 1x'],
    ['mailto: (not an image)', 'mailto:x@example.com 1x'],
  ];
  for (const [label, input] of blocked) {
    it(`rejects ${label}`, () => {
      expect(safeSrcset(input, BASE)).to.equal(null);
    });
  }

  const badDescriptors = [
    'a.jpg 2', 'a.jpg x', 'a.jpg w', 'a.jpg 1x 2x', 'a.jpg 100w 2x', 'a.jpg 100h', 'a.jpg -1x', 'a.jpg +1x',
    'a.jpg 1.5w', 'a.jpg 0w', 'a.jpg 1e2x', 'a.jpg 1x (evil)', 'a.jpg onerror=alert(1)', 'a.jpg "><img', 'a.jpg 1 x',
    'a.jpg 1x, b.jpg nonsense',
  ];
  for (const input of badDescriptors) {
    it(`rejects the bad descriptor in ${JSON.stringify(input)}`, () => {
      expect(safeSrcset(input, BASE)).to.equal(null);
    });
  }

  for (const input of ['', ' ', ',', ' , , ', '\n\t']) {
    it(`returns null for the empty srcset ${JSON.stringify(input)}`, () => {
      expect(safeSrcset(input, BASE)).to.equal(null);
    });
  }

  it('splits candidates only on ASCII whitespace, as the browser does', () => {
    // U+00A0 is not a separator in srcset: this is one URL without a descriptor.
    expect(safeSrcset('a.jpg\u00A01x', BASE)).to.equal('https://news.example/img/a.jpg%C2%A01x');
    // U+000C FORM FEED is.
    expect(safeSrcset('a.jpg\f1x', BASE)).to.equal('https://news.example/img/a.jpg 1x');
  });

  it('returns null for non-string input', () => {
    for (const input of [null, undefined, 42, {}, ['a.jpg 1x'], { length: 3 }]) {
      expect(safeSrcset(input as unknown as string, BASE)).to.equal(null);
    }
  });

  it('produces a srcset the browser parses into the same candidates', async () => {
    const out = safeSrcset(`a.jpg 1x, ${PNG} 2x, https://cdn.example/w_1,h_2/c.jpg 3x`, BASE)!;
    const img = document.createElement('img');
    img.srcset = out;
    img.sizes = '100px';
    expect(img.getAttribute('srcset')).to.equal(out);
    // Re-sanitizing the output is a no-op.
    expect(safeSrcset(out, BASE)).to.equal(out);
  });

  it('handles a long srcset', () => {
    const input = Array.from({ length: 2000 }, (_, i) => `img-${i}.jpg ${i + 1}w`).join(', ');
    const out = safeSrcset(input, BASE)!;
    expect(out.split(', ')).to.have.length(2000);
    expect(out.startsWith('https://news.example/img/img-0.jpg 1w, ')).to.equal(true);
  });
});
