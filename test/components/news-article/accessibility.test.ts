import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

  it('reaches every link with the Tab key, in reading order', async () => {
    const { element } = await renderArticle(english);
    const root = element.shadowRoot!;
    // Links only: an embed's iframe has no document to tab into on a machine without the network.
    const targets = Array.from(root.querySelectorAll<HTMLElement>('a[href]'));
    expect(targets.length, 'links in the English article').to.be.greaterThan(5);
    const before = document.createElement('button');
    before.textContent = 'Before';
    element.before(before);
    const after = document.createElement('button');
    after.textContent = 'After';
    element.after(after);
    before.focus();
    // Every Tab stop until focus leaves the article; the gallery's and the ads' own stops come in between.
    const reached: HTMLElement[] = [];
    for (let presses = 0; presses < 200 && document.activeElement !== after; presses++) {
      await sendKeys({ press: 'Tab' });
      const active = root.activeElement;
      if (active && targets.includes(active as HTMLElement) && document.activeElement === element) reached.push(active as HTMLElement);
    }
    expect(document.activeElement, 'Tab leaves the article after its last stop').to.equal(after);
    expect(reached.map((node) => node.getAttribute('href'))).to.deep.equal(
      targets.map((node) => node.getAttribute('href')),
    );
    before.remove();
    after.remove();
  });
});
