import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseArticle } from '../../src/article/validate.js';
import type { Article } from '../../src/article/types.js';
import { sanitizeString } from '../../src/internal/sanitize-string.js';
import seed from '../../demo/articles/seed-gu.json' with { type: 'json' };
import english from '../../demo/articles/en-demo.json' with { type: 'json' };
import arabic from '../../demo/articles/ar-demo.json' with { type: 'json' };
import { fullArticle, minimal } from '../article/samples.js';
import { FIELDS, HOSTILE } from './html-vectors.js';

/** Calls test/node/entry.ts's `call` in Node (parse5, no DOM). */
const node = <T>(call: string, ...args: unknown[]) => executeServerCommand<T, { call: string; args: unknown[] }>('node-side', { call, args });

const BASE = 'https://news.example/gujarati/article.json';

describe('the same rules on the server', () => {
  it('runs the Node side without a DOM', async () => {
    expect(await node('side')).to.deep.equal({ document: false });
  });

  describe('sanitizeString', () => {
    for (const [name, inputs] of [
      ['fields', FIELDS],
      ['hostile markup', HOSTILE],
    ] as const) {
      it(`gives the same markup and the same removals for ${name}, with and without a base`, async () => {
        for (const base of [BASE, undefined]) {
          const browser = inputs.map((html) => sanitizeString(html, base));
          const server = await node<ReturnType<typeof sanitizeString>[]>('sanitizeStrings', inputs, base);
          inputs.forEach((html, i) => {
            const label = `${JSON.stringify(html)}${base ? '' : ' (no base)'}`;
            // Without a base the browser resolves relative links against the page; a server keeps them as given.
            if (!base && /href\s*=\s*["']?(?![a-z][a-z0-9+.-]*:)/i.test(html)) return;
            expect(server[i], label).to.deep.equal(browser[i]);
          });
        }
      });
    }

    it('keeps a relative link as given on a server without a base, and resolves it with one', async () => {
      const [without, withBase] = await node<ReturnType<typeof sanitizeString>[]>('sanitizeStrings', ['<a href="../b.html">b</a>'], undefined).then(async (a) => [
        a[0]!,
        (await node<ReturnType<typeof sanitizeString>[]>('sanitizeStrings', ['<a href="../b.html">b</a>'], BASE))[0]!,
      ]);
      expect(without.html).to.equal('<a href="../b.html" rel="noopener noreferrer">b</a>');
      expect(withBase.html).to.equal('<a href="https://news.example/b.html" rel="noopener noreferrer">b</a>');
    });
  });

  describe('parseArticle', () => {
    const hostile = (): Article => ({
      ...minimal(),
      body: [
        { type: 'paragraph', html: '<script>alert(1)</script>Text <a href="story.html" onclick="x()">link</a>' },
        { type: 'quote', html: '<img src=x onerror=alert(1)>Quoted' },
        { type: 'list', items: ['<b>one</b>', '<iframe src="https://e.example/"></iframe>two'] },
        { type: 'image', src: 'images/a.jpg', alt: 'A', caption: '<em>cap</em><style>p{}</style>' },
      ],
    });
    const articles: [string, unknown][] = [
      ['the seed article', seed],
      ['the English demo', english],
      ['the Arabic demo', arabic],
      ['every field', fullArticle()],
      ['hostile inline HTML and relative URLs', hostile()],
    ];
    for (const [name, article] of articles) {
      it(`gives the same result in Node and in the browser for ${name} (relative URLs resolved against baseURL)`, async () => {
        const browser = parseArticle(article, { baseURL: BASE });
        const server = await node('parseArticle', article, { baseURL: BASE });
        expect(server).to.deep.equal(JSON.parse(JSON.stringify(browser)));
        expect(browser.ok).to.equal(true);
      });
    }

    it('keeps relative image URLs on a server without a baseURL (the seed article keeps its lead image and every block)', async () => {
      const server = await node<ReturnType<typeof parseArticle>>('parseArticle', seed);
      expect(server.ok).to.equal(true);
      if (!server.ok) return;
      expect(server.article.image?.src).to.equal(seed.image.src);
      expect(server.article.body).to.have.length(seed.body.length);
      expect(server.warnings).to.deep.equal([]);
    });

    it('sanitizes inline HTML and says what it removed, at the field path', async () => {
      const result = parseArticle(hostile(), { baseURL: BASE });
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      const paragraph = result.article.body[0] as { html: string };
      expect(paragraph.html).to.equal('Text <a href="https://news.example/gujarati/story.html" rel="noopener noreferrer">link</a>');
      expect(result.warnings).to.deep.include({ path: 'body[0].html', message: 'removed <script>, onclick="x()" on <a>' });
      expect(result.warnings.map((w) => w.path)).to.deep.equal(['body[0].html', 'body[1].html', 'body[2].items[1]', 'body[3].caption']);
    });
  });
});
