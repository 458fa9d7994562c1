import { expect } from '@open-wc/testing';
import type { Article, Block } from '../../../src/article/types.js';
import { minimal } from '../../article/samples.js';
import { renderArticle } from './helpers.js';
import { recordingProvider } from '../ad-slot/helpers.js';

const paragraph = (n: number): Block => ({ type: 'paragraph', html: `p${n}` });
const image: Block = { type: 'image', src: '/a.jpg', alt: 'a', width: 4, height: 3 };
const article = (...body: Block[]): Article => ({ ...minimal(), body });

/** The body's blocks in order, by their part ("paragraph", "figure", "ad", …). */
function sequence(root: ShadowRoot): string[] {
  return Array.from(root.querySelector('[part="body"]')!.children).map((block) => block.getAttribute('part')!);
}

describe('<news-article> ads', () => {
  it('gives each slot the article defaults and the block its own sizes and unit', async () => {
    const { element } = await renderArticle(
      article(paragraph(1), { type: 'ad' }, paragraph(2), { type: 'ad', sizes: '728x90', unit: '/1/own' }),
      { 'ad-unit': '/1/default', 'ad-sizes': '300x250', 'ad-provider': 'frame' },
    );
    const slots = Array.from(element.querySelectorAll('ad-slot'));
    expect(slots.map((slot) => [slot.getAttribute('sizes'), slot.getAttribute('unit'), slot.getAttribute('provider')])).to.deep.equal([
      ['300x250', '/1/default', 'frame'],
      ['728x90', '/1/own', 'frame'],
    ]);
    expect(slots.every((slot) => slot.getAttribute('lang') === 'gu')).to.equal(true);
  });

  it('fills its slots through the ad-provider, with the unit and sizes each slot was given', async () => {
    const recording = recordingProvider({ fill: { width: 728, height: 90 } });
    const { element } = await renderArticle(
      article(paragraph(1), { type: 'ad', sizes: '728x90', unit: '/1/own' }, paragraph(2)),
      { 'ad-unit': '/1/default', 'ad-provider': recording.name },
    );
    const slot = element.querySelector('ad-slot')!;
    await new Promise((resolve) => slot.addEventListener('ad-slot-render', resolve, { once: true }));
    expect(recording.contexts.map((context) => [context.unit, context.sizes])).to.deep.equal([['/1/own', [{ width: 728, height: 90 }]]]);
    // The creative is in the light DOM (reachable by id from the document) and shown in the article's body.
    const creative = document.getElementById(slot.container.id)!.querySelector<HTMLElement>('.creative')!;
    const place = element.shadowRoot!.querySelector('[part="ad"]')!.getBoundingClientRect();
    const box = creative.getBoundingClientRect();
    expect(box.top >= place.top && box.bottom <= place.bottom, 'inside the body').to.equal(true);
  });

  it('shows no ads with ads="none"', async () => {
    const { element, parts } = await renderArticle(article(paragraph(1), { type: 'ad' }, paragraph(2)), { ads: 'none' });
    expect(element.querySelectorAll('ad-slot')).to.have.length(0);
    expect(parts('ad')).to.have.length(0);
  });

  it('inserts ads every ad-every paragraphs with ads="auto", never first, last or next to media', async () => {
    const body = [1, 2, 3, 4, 5, 6].map(paragraph);
    body.splice(4, 0, image); // p1 p2 p3 p4 image p5 p6
    const { element } = await renderArticle(article(...body), { ads: 'auto', 'ad-every': '2' });
    // After p4 the next block is an image, so that ad waits until after p5.
    expect(sequence(element.shadowRoot!)).to.deep.equal(['paragraph', 'paragraph', 'ad', 'paragraph', 'paragraph', 'figure', 'paragraph', 'ad', 'paragraph']);
    expect(element.querySelectorAll('ad-slot')).to.have.length(2);
  });

  it('leaves the body alone with ads="auto" when it has ad blocks of its own', async () => {
    const { element } = await renderArticle(article(...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(paragraph), { type: 'ad' }, paragraph(10)), { ads: 'auto' });
    expect(element.querySelectorAll('ad-slot')).to.have.length(1);
  });

  it('keeps its ad slots (and so their ads) across re-renders, and removes them with their blocks', async () => {
    const { element } = await renderArticle(article(paragraph(1), { type: 'ad' }, paragraph(2)));
    const slot = element.querySelector('ad-slot');
    element.timeZone = 'UTC';
    await element.updateComplete;
    expect(element.querySelector('ad-slot')).to.equal(slot);
    element.ads = 'none';
    await element.updateComplete;
    expect(element.querySelector('ad-slot')).to.equal(null);
  });
});
