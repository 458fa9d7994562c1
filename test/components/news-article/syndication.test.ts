import { expect } from '@open-wc/testing';
import seed from '../../../demo/articles/seed-gu.json';
import { fullArticle, minimal } from '../../article/samples.js';
import { featuresLoaded, renderArticle, text } from './helpers.js';

describe('<news-article syndicated>', () => {
  describe('rendering', () => {
    it('credits the original publisher in the footer, linking to the original article', async () => {
      const { part } = await renderArticle(fullArticle(), { syndicated: '' });
      const attribution = part('attribution')!;
      expect(part('footer')!.contains(attribution)).to.equal(true);
      expect(text(attribution)).to.equal('Originally published by News Example');
      const link = attribution.querySelector('a')!;
      expect(link.href).to.equal('https://news.example/a-1');
      expect(text(link)).to.equal('News Example');
      // A plain, followed link that keeps the referrer for the original publisher.
      expect(link.rel).to.equal('external');
      expect(link.hasAttribute('target')).to.equal(false);
    });

    it('says it in the article\'s language (Gujarati seed)', async () => {
      const { part } = await renderArticle(seed, { syndicated: '' });
      expect(text(part('attribution'))).to.equal('મૂળ પ્રકાશક: Gujarat News Demo');
      expect(part('attribution')!.querySelector('a')!.href).to.equal(seed.url);
    });

    it('says it in Arabic and Hindi too', async () => {
      const arabic = await renderArticle({ ...fullArticle(), lang: 'ar', dir: undefined }, { syndicated: '' });
      expect(text(arabic.part('attribution'))).to.equal('نُشر أصلًا لدى News Example');
      const hindi = await renderArticle({ ...fullArticle(), lang: 'hi', dir: undefined }, { syndicated: '' });
      expect(text(hindi.part('attribution'))).to.equal('मूल रूप से News Example द्वारा प्रकाशित');
    });

    it('names the original by its host when the article has no publisher', async () => {
      const { part } = await renderArticle({ ...minimal(), lang: 'en', url: 'https://www.partner.example/story' }, { syndicated: '' });
      expect(text(part('attribution'))).to.equal('Originally published by partner.example');
      expect(part('attribution')!.querySelector('a')!.href).to.equal('https://www.partner.example/story');
    });

    it('names the publisher without a link when the article has no url', async () => {
      const { part } = await renderArticle({ ...fullArticle(), url: undefined }, { syndicated: '' });
      expect(text(part('attribution'))).to.equal('Originally published by News Example');
      expect(part('attribution')!.querySelector('a')).to.equal(null);
    });

    it('shows no attribution without the attribute', async () => {
      const { part } = await renderArticle(fullArticle());
      expect(part('attribution')).to.equal(null);
    });

    it('follows the attribute being set and removed', async () => {
      const { element, part } = await renderArticle(fullArticle());
      await featuresLoaded();
      expect(element.querySelector('script[type="application/ld+json"]')).not.to.equal(null);
      element.syndicated = true;
      await element.updateComplete;
      expect(part('attribution')).not.to.equal(null);
      expect(element.querySelector('script[type="application/ld+json"]')).to.equal(null);
      element.syndicated = false;
      await element.updateComplete;
      expect(part('attribution')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const { element } = await renderArticle(seed, { syndicated: '', share: '' });
      await expect(element).to.be.accessible();
    });
  });
});
