import { expect } from '@open-wc/testing';
import seed from '../../../demo/articles/seed-gu.json';
import arabic from '../../../demo/articles/ar-demo.json';
import english from '../../../demo/articles/en-demo.json';
import { renderArticle } from './helpers.js';

describe('<news-article> accessibility', () => {
  it('the seed article passes axe', async () => {
    const { element } = await renderArticle(seed);
    await expect(element).to.be.accessible();
  });

  it('the Arabic article passes axe', async () => {
    const { element } = await renderArticle(arabic);
    await expect(element).to.be.accessible();
  });

  it('the English article with every block type passes axe', async () => {
    const { element } = await renderArticle(english);
    await expect(element).to.be.accessible();
  });

  it('the error box passes axe', async () => {
    const { element } = await renderArticle('{oops');
    await expect(element).to.be.accessible();
  });

  it('names the article by its headline', async () => {
    const { part } = await renderArticle(seed);
    const article = part('article')!;
    expect(article.getAttribute('aria-labelledby')).to.equal(part('headline')!.id);
  });

  it('reaches every link with the keyboard, in reading order', async () => {
    const { element } = await renderArticle(english);
    const links = Array.from(element.shadowRoot!.querySelectorAll('a[href], iframe'));
    for (const link of links) expect((link as HTMLElement).tabIndex).to.be.at.least(0);
  });
});
