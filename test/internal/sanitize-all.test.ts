import { expect } from '@open-wc/testing';
import { sanitizeAll, sanitizeInlineHtml } from '../../src/internal/sanitize-html.js';

/** Serializes sanitized content (its children) for comparison. */
const markup = (content: Element | DocumentFragment) => {
  const div = document.createElement('div');
  div.append(...content.childNodes);
  return div.innerHTML;
};

const fields = [
  'Plain text, no markup at all.',
  'A <a href="https://example.com/a" title="t">link</a>, <em>em</em>, <strong>strong</strong> and <br> a break.',
  'Gujarati <span lang="gu">ગુજરાતી</span> and <span lang="ar" dir="rtl">عربي</span>.',
  '<a href="javascript:alert(1)">bad link</a> and <a href="/relative">relative</a>',
  '<b>unclosed bold',
  'after the unclosed bold: must not be bold',
  '<a title="unterminated>quote',
  '<i>misnested <b>tags</i></b>',
  '<a href="https://a.example/">outer <a href="https://b.example/">inner</a></a>',
  '<script>window.__pwned = 1</script>text',
  '<img src=x onerror="window.__pwned=1">',
  '<textarea>swallows',
  'the rest</textarea> of the fields',
  '<!-- an unclosed comment',
  '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
  '<abbr title="World Health Organization" onclick="x()">WHO</abbr>',
  '<a href="https://e.example/" rel="nofollow" target="_blank" class="c" style="color:red">attrs</a>',
  '<span dir="sideways" lang="not a tag">bad values</span>',
  '<time datetime="2024-01-01">New year</time> &amp; &lt;entities&gt; &#x263A;',
  'bidi \u202Eoverride\u202C in text',
  '<abbr title="bidi \u202E in title">x</abbr>',
  '<p>a paragraph inside</p>',
  '<em/>self-closing em',
  '',
  '5 < 6 and 7 > 3',
];

describe('sanitizeAll', () => {
  it('gives exactly what sanitizeInlineHtml gives for each field, in any mix', () => {
    (window as { __pwned?: number }).__pwned = 0;
    const together = sanitizeAll(fields);
    fields.forEach((field, i) => {
      const alone = sanitizeInlineHtml(field);
      expect(markup(together[i]!.content), field).to.equal(markup(alone.fragment));
      expect(together[i]!.removed, field).to.deep.equal(alone.removed);
    });
    expect((window as { __pwned?: number }).__pwned).to.equal(0);
  });

  it('keeps fields apart: an unclosed tag does not spill into the next field', () => {
    const [first, second] = sanitizeAll(['<b>unclosed', 'plain']);
    expect(markup(first!.content)).to.equal('<b>unclosed</b>');
    expect(markup(second!.content)).to.equal('plain');
  });

  it('gives the same result for a field whichever order it comes in', () => {
    const forward = sanitizeAll(fields).map((result) => markup(result.content));
    const backward = sanitizeAll([...fields].reverse()).map((result) => markup(result.content)).reverse();
    expect(backward).to.deep.equal(forward);
  });

  it('handles an empty list and a single field', () => {
    expect(sanitizeAll([])).to.deep.equal([]);
    expect(markup(sanitizeAll(['<em>one</em>'])[0]!.content)).to.equal('<em>one</em>');
  });
});
