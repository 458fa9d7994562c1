import { expect } from '@open-wc/testing';
import arabic from '../../../demo/articles/ar-demo.json';
import { registerTranslation } from '../../../src/index.js';
import { minimal } from '../../article/samples.js';
import { renderArticle, text } from './helpers.js';

const dated = (lang: string) => ({ ...minimal(), lang, datePublished: '2024-01-15T06:30:00Z' });

describe('<news-article> i18n', () => {
  it('formats the Gujarati publication date with Intl, in the pinned time zone', async () => {
    const { part } = await renderArticle(dated('gu'), { 'time-zone': 'Asia/Kolkata' });
    const date = text(part('date'));
    expect(date).to.contain('15 જાન્યુઆરી, 2024');
    expect(date).to.contain('12:00 PM');
    expect(date).to.match(/ના રોજ પ્રકાશિત$/);
  });

  it('formats the Hindi date and strings', async () => {
    const { part } = await renderArticle(dated('hi'), { 'time-zone': 'Asia/Kolkata' });
    expect(text(part('date'))).to.contain('15 जनवरी 2024').and.to.contain('को प्रकाशित');
    expect(text(part('reading-time'))).to.equal('पढ़ने का समय: 1 मिनट');
  });

  it('lays out an Arabic article right to left with Arabic strings and dates', async () => {
    const { part } = await renderArticle(arabic, { 'time-zone': 'Asia/Dubai' });
    const article = part('article')!;
    expect(article.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(article).direction).to.equal('rtl');
    expect(text(part('date'))).to.match(/^نُشر في /);
    expect(text(part('date'))).to.contain('مارس');
    expect(text(part('follow-title'))).to.equal('تابعونا');
    // Logical properties: the quote's rule sits on the right in RTL.
    const quote = part('quote')!;
    expect(getComputedStyle(quote).borderRightWidth).to.equal('4px');
    expect(getComputedStyle(quote).borderLeftWidth).to.equal('0px');
  });

  it('honours an explicit dir over the one derived from lang', async () => {
    const { part } = await renderArticle({ ...minimal(), lang: 'ar', dir: 'ltr' });
    expect(part('article')!.getAttribute('dir')).to.equal('ltr');
  });

  it('uses a registered translation, and falls back to English for missing keys', async () => {
    registerTranslation('mr', { readingTime: 'वाचन वेळ: {duration}' });
    const { part } = await renderArticle(dated('mr'), { 'time-zone': 'UTC' });
    expect(text(part('reading-time'))).to.equal('वाचन वेळ: १ मिनिट');
    expect(text(part('date'))).to.match(/^Published on /);
  });

  it('re-renders elements on the page when a translation is registered', async () => {
    const { part, element } = await renderArticle({ ...minimal(), lang: 'ta' });
    expect(text(part('reading-time'))).to.match(/read$/);
    registerTranslation('ta', { readingTime: 'படிக்கும் நேரம்: {duration}' });
    await element.updateComplete;
    expect(text(part('reading-time'))).to.match(/^படிக்கும் நேரம்: /);
  });

  it('uses a script-aware font stack and line height for Gujarati and Arabic', async () => {
    const gu = await renderArticle(minimal());
    const ar = await renderArticle({ ...minimal(), lang: 'ar' });
    const en = await renderArticle({ ...minimal(), lang: 'en' });
    const style = (rendered: typeof gu) => getComputedStyle(rendered.part('article')!);
    expect(style(gu).fontFamily).to.contain('Gujarati');
    expect(style(ar).fontFamily).to.contain('Arabic');
    const lineHeight = (rendered: typeof gu) => parseFloat(style(rendered).lineHeight) / parseFloat(style(rendered).fontSize);
    expect(lineHeight(gu)).to.be.greaterThan(lineHeight(en));
    expect(lineHeight(ar)).to.be.greaterThan(lineHeight(en));
  });
});
