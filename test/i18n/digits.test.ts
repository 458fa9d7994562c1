import { expect, fixture, html } from '@open-wc/testing';
import { registerTranslation, renderArticleHTML } from '../../src/index.js';
import { formatDate, formatInteger, formatMinutes, intlLocale } from '../../src/i18n/intl.js';
import { renderArticle, text } from '../components/news-article/helpers.js';
import { nextEvent, renderGallery, sampleImages } from '../components/image-gallery/helpers.js';

const GUJARATI = /^[^0-9]*[૦-૯][^0-9]*$/u;
const LATIN = /^[^૦-૯०-९٠-٩]*[0-9][^૦-૯०-९٠-٩]*$/u;

/** Puts a language's digits back as built in (the registry is page-wide). */
const builtIn = (...langs: string[]) => langs.forEach((lang) => registerTranslation(lang, { numberingSystem: undefined }));

describe('localized digits (Translation.numberingSystem)', () => {
  afterEach(() => builtIn('gu', 'hi', 'ar', 'en', 'ar-eg'));

  describe('built in', () => {
    it("keeps Intl's own digits: Latin for gu, hi, en and ar, the region's for ar-EG", () => {
      for (const lang of ['gu', 'hi', 'en', 'ar']) {
        expect(formatInteger(123, lang), lang).to.equal('123');
        expect(formatMinutes(4, lang), lang).to.match(LATIN);
        expect(formatDate('2024-03-05', lang), lang).to.match(/5/);
      }
      expect(formatInteger(123, 'ar-EG')).to.equal('١٢٣');
      expect(formatInteger(123, 'ar-SA')).to.equal('١٢٣');
    });
  });

  describe('a translation that asks for digits', () => {
    it('makes dates, durations and numbers use them', () => {
      registerTranslation('gu', { numberingSystem: 'gujr' });
      expect(formatInteger(123, 'gu')).to.equal('૧૨૩');
      expect(formatMinutes(4, 'gu')).to.match(GUJARATI);
      expect(formatDate('2024-03-05', 'gu')).to.match(/૨૦૨૪/);
      expect(formatDate('2024-03-05T10:30:00Z', 'gu', 'Asia/Kolkata')).to.match(/૧૬:૦૦|૪:૦૦/);
      // A region of the language follows it; other languages do not.
      expect(formatInteger(123, 'gu-IN')).to.equal('૧૨૩');
      expect(formatInteger(123, 'hi')).to.equal('123');
      registerTranslation('hi', { numberingSystem: 'deva' });
      expect(formatInteger(123, 'hi')).to.equal('१२३');
    });

    it('merges with the built-in strings, and can be taken back', () => {
      registerTranslation('gu', { numberingSystem: 'gujr' });
      expect(intlLocale('gu')).to.equal('gu-u-nu-gujr');
      registerTranslation('gu', { readingTime: '{duration} વાંચન' });
      expect(intlLocale('gu'), 'kept when other strings are registered').to.equal('gu-u-nu-gujr');
      builtIn('gu');
      expect(intlLocale('gu')).to.equal('gu');
      expect(formatInteger(123, 'gu')).to.equal('123');
    });

    it("lets a tag's own -u-nu- win, ignores a malformed name, and is not inherited from English", () => {
      registerTranslation('gu', { numberingSystem: 'gujr' });
      expect(formatInteger(123, 'gu-u-nu-latn')).to.equal('123');
      expect(formatInteger(123, 'ar-u-nu-arab')).to.equal('١٢٣');
      registerTranslation('ar', { numberingSystem: 'arab' });
      expect(formatInteger(123, 'ar')).to.equal('١٢٣');
      registerTranslation('ar-EG', { numberingSystem: 'latn' });
      expect(formatInteger(123, 'ar-EG')).to.equal('123');
      registerTranslation('hi', { numberingSystem: 'not a name' });
      expect(formatInteger(123, 'hi')).to.equal('123');
      registerTranslation('en', { numberingSystem: 'arab' });
      expect(formatInteger(123, 'fr'), 'French falls back to English strings, not digits').to.equal('123');
    });
  });

  describe('in the elements', () => {
    const article = {
      lang: 'gu',
      headline: 'શીર્ષક',
      datePublished: '2024-03-05T10:30:00Z',
      body: [{ type: 'paragraph', html: 'એક ફકરો.' }],
    };

    it("writes a Gujarati article's date and reading time in Gujarati digits, live when the translation is registered", async () => {
      const { element, part } = await renderArticle(article, { 'time-zone': 'Asia/Kolkata' });
      expect(text(part('date'))).to.match(LATIN);
      expect(text(part('reading-time'))).to.match(LATIN);
      registerTranslation('gu', { numberingSystem: 'gujr' });
      await element.updateComplete;
      expect(text(part('date'))).to.match(GUJARATI);
      expect(text(part('date'))).to.contain('૨૦૨૪');
      expect(text(part('reading-time'))).to.match(GUJARATI);
      expect(part('date')!.getAttribute('datetime'), 'machine-readable, as it was').to.equal(article.datePublished);
    });

    it("writes the error box's HTTP status in the language's digits", async () => {
      registerTranslation('gu', { numberingSystem: 'gujr' });
      const container = await fixture<HTMLDivElement>(html`<div lang="gu"></div>`);
      const element = document.createElement('news-article');
      element.src = '/fetch/status/503';
      const failed = nextEvent(element, 'news-article-error');
      container.append(element);
      await failed;
      await element.updateComplete;
      expect(text(element.shadowRoot!.querySelector('[part~="error-message"]'))).to.contain('૫૦૩');
    });

    it("counts a Gujarati gallery's images in Gujarati digits, inline, in its labels and in the lightbox", async () => {
      registerTranslation('gu', { numberingSystem: 'gujr' });
      const gallery = await renderGallery({ images: sampleImages(5), attributes: { lightbox: '', thumbnails: '' }, around: { lang: 'gu' } });
      expect(text(gallery.part('counter'))).to.equal('૧ / ૫');
      expect(gallery.parts('slide')[1]!.getAttribute('aria-label')).to.contain('૨').and.contain('૫');
      expect(gallery.parts('thumbnail')[1]!.getAttribute('aria-label')).to.contain('૨');
      expect(gallery.parts('image-button')[1]!.getAttribute('aria-label')).to.contain('૨');
      gallery.part('next')!.click();
      await gallery.element.updateComplete;
      expect(text(gallery.part('counter'))).to.equal('૨ / ૫');
      expect(text(gallery.root.querySelector('[aria-live]'))).to.contain('૨').and.contain('૫');
      const opened = nextEvent(gallery.element, 'image-gallery-open');
      gallery.element.open();
      await opened;
      expect(text(gallery.part('lightbox')!.querySelector('span[aria-hidden="true"]'))).to.equal('૨ / ૫');
      const closed = nextEvent(gallery.element, 'image-gallery-close');
      gallery.element.close();
      await closed;
    });

    it("writes the HTML-first markup's dates in the digits the translation asks for", () => {
      const before = renderArticleHTML({ ...article, datePublished: '2024-03-05' });
      expect(before).to.contain('>5 ').and.not.match(/[૦-૯]/u);
      registerTranslation('gu', { numberingSystem: 'gujr' });
      const after = renderArticleHTML({ ...article, datePublished: '2024-03-05' });
      expect(after).to.contain('૨૦૨૪').and.contain('datetime="2024-03-05"');
    });

    it('keeps Latin digits in a gallery of a language that asks for none', async () => {
      registerTranslation('gu', { numberingSystem: 'gujr' });
      const gallery = await renderGallery({ images: sampleImages(5), around: { lang: 'en' } });
      expect(text(gallery.part('counter'))).to.equal('1 / 5');
    });
  });
});
