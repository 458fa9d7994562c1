import { expect } from '@open-wc/testing';
import { sanitizeAll, sanitizeInlineHtml } from '../../src/internal/sanitize-html.js';
import { FIELDS as fields } from './html-vectors.js';

/** Serializes sanitized content (its children) for comparison. */
const markup = (content: Element | DocumentFragment) => {
  const div = document.createElement('div');
  div.append(...content.childNodes);
  return div.innerHTML;
};


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
