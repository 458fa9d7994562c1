import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { htmlToBlocks } from '../../src/import/html.js';
import { Warnings } from '../../src/import/types.js';

/** The walk in this browser, and the same walk in Node (test/node/entry.ts, parse5). */
function blocks(html: string) {
  const warnings = new Warnings();
  return { blocks: htmlToBlocks(html, 'html', { warnings }), warnings: warnings.list };
}
const onServer = (html: string) => executeServerCommand<ReturnType<typeof blocks>, { call: string; args: unknown[] }>('node-side', { call: 'htmlBlocks', args: [html] });

const CASES: [string, string, ReturnType<typeof blocks>][] = [
  [
    'paragraphs, headings at every level, inline markup kept as it is',
    '<h1>Top</h1><p>One <a href="/x">link</a> &amp; <em>em</em>.</p><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>',
    {
      blocks: [
        { type: 'heading', text: 'Top', level: 2 },
        { type: 'paragraph', html: 'One <a href="/x">link</a> &amp; <em>em</em>.' },
        { type: 'heading', text: 'Two', level: 2 },
        { type: 'heading', text: 'Three', level: 3 },
        { type: 'heading', text: 'Four', level: 4 },
        { type: 'heading', text: 'Five', level: 4 },
        { type: 'heading', text: 'Six', level: 4 },
      ],
      warnings: [
        { path: 'html > h1[1]', message: '<h1> becomes a level 2 heading (the body has levels 2 to 4)' },
        { path: 'html > h5[1]', message: '<h5> becomes a level 4 heading (the body has levels 2 to 4)' },
        { path: 'html > h6[1]', message: '<h6> becomes a level 4 heading (the body has levels 2 to 4)' },
      ],
    },
  ],
  [
    'a figure with caption and credit, per-block lang',
    '<figure lang="en"><img src="a.jpg" alt="A market" width="1200" height="800" srcset="a-600.jpg 600w, a.jpg 1200w" sizes="100vw"><figcaption>Opening night. <span class="credit">Photo: A. Photographer</span></figcaption></figure>',
    {
      blocks: [
        {
          type: 'image',
          src: 'a.jpg',
          alt: 'A market',
          width: 1200,
          height: 800,
          srcset: 'a-600.jpg 600w, a.jpg 1200w',
          sizes: '100vw',
          caption: 'Opening night.',
          credit: 'Photo: A. Photographer',
          lang: 'en',
        },
      ],
      warnings: [],
    },
  ],
  [
    'a gallery of figures, an image without alt, an image alone in a paragraph',
    '<figure class="wp-block-gallery"><figure><img src="1.jpg" alt="One"><figcaption>First</figcaption></figure><figure><img src="2.jpg"></figure><figcaption>Both</figcaption></figure><p><img src="3.jpg" alt="Three"></p>',
    {
      blocks: [
        { type: 'gallery', images: [{ src: '1.jpg', alt: 'One', caption: 'First' }, { src: '2.jpg', alt: '' }], caption: 'Both' },
        { type: 'image', src: '3.jpg', alt: 'Three' },
      ],
      warnings: [{ path: 'html > figure[1] > figure[2] > img[1]', message: '<img src="2.jpg"> has no alt text; give it one (it is kept as "")' }],
    },
  ],
  [
    'quotes with several paragraphs and a cite, lists (nested flattened), a divider',
    '<blockquote><p>First line</p><p>Second line</p><cite>— A. Person</cite></blockquote><ul><li>a</li><li>b<ul><li>b.1</li></ul></li></ul><ol><li><p>one</p></li></ol><hr>',
    {
      blocks: [
        { type: 'quote', html: 'First line<br>Second line', cite: 'A. Person' },
        { type: 'list', items: ['a', 'b', 'b.1'] },
        { type: 'list', items: ['one'], ordered: true },
        { type: 'divider' },
      ],
      warnings: [{ path: 'html > ul[1]', message: 'a nested list is flattened into the list' }],
    },
  ],
  [
    'embeds (also inside a paragraph), a non-https iframe, ad markers',
    '<p><iframe src="https://www.youtube.com/embed/abc" title="Video" width="560" height="315"></iframe></p><iframe src="http://e.example/"></iframe><ad-slot sizes="300x250"></ad-slot><div data-news-ad data-unit="/1/a"></div>',
    {
      blocks: [
        { type: 'embed', url: 'https://www.youtube.com/embed/abc', title: 'Video', width: 560, height: 315 },
        { type: 'ad', sizes: '300x250' },
        { type: 'ad', unit: '/1/a' },
      ],
      warnings: [{ path: 'html > iframe[1]', message: '<iframe src="http://e.example/"> is not an https embed; dropped' }],
    },
  ],
  [
    'wrappers looked through, loose inline text as a paragraph, empty paragraphs dropped, unknown blocks warned',
    '<div class="4">Text in a div <b>bold</b></div><section><p>In a section</p></section><p>&nbsp;</p><p></p><table><tr><td>x</td></tr></table><script>alert(1)</script>',
    {
      blocks: [
        { type: 'paragraph', html: 'Text in a div <b>bold</b>' },
        { type: 'paragraph', html: 'In a section' },
      ],
      warnings: [{ path: 'html > table[1]', message: '<table> has no Article JSON block; dropped' }],
    },
  ],
];

describe('htmlToBlocks (the html format, WordPress content, HTML children)', () => {
  for (const [name, html, expected] of CASES) {
    it(`maps ${name}`, () => {
      expect(blocks(html)).to.deep.equal(expected);
    });
  }

  it('maps every case the same way on a server (parse5), without a DOM', async () => {
    for (const [name, html] of CASES) expect(await onServer(html), name).to.deep.equal(blocks(html));
  });
});
