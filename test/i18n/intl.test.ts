import { expect } from '@open-wc/testing';
import arabic from '../../demo/articles/ar-demo.json';
import english from '../../demo/articles/en-demo.json';
import gujarati from '../../demo/articles/seed-gu.json';
import { countWords, formatDate, formatMinutes, listParts, readingMinutes } from '../../src/i18n/intl.js';

/** What the segmenter counts: its word-like segments. */
function segmenterWords(text: string, lang: string): number {
  let words = 0;
  for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** An article's text as the reader sees it (markup left out). */
function textOf(article: { headline: string; body: { text?: string; html?: string; caption?: string; items?: string[] }[] }): string {
  return [article.headline, ...article.body.flatMap((block) => [block.text, block.html, block.caption, ...(block.items ?? [])])]
    .filter(Boolean)
    .join(' ')
    .replace(/<[^>]+>/g, '');
}

/** `U.S.` as `US.`: the segmenter then counts it as one word, as `countWords` does. */
const joinAbbreviations = (text: string) => text.replace(/(?<=\p{L}\p{M}*)\.(?=\p{L})/gu, '');

describe('i18n/intl', () => {
  describe('countWords', () => {
    it('finds the words Intl.Segmenter finds in Gujarati, Arabic, Hindi and English prose', () => {
      const hindi = 'भारत के प्रधानमंत्री ने आज नई दिल्ली में बैठक की। सरकार 2024-25 में ₹500 करोड़ खर्च करेगी । यह "ऐतिहासिक" क़दम है — 10.5% की वृद्धि, ई-मेल पर 3:30 बजे।';
      const latin = "It's the co-operative's 70th year — \"don't\" (see §4), $5,000.50/10% off at 12:30; Kim Jong-un…";
      for (const [text, lang] of [[textOf(gujarati), 'gu'], [textOf(arabic), 'ar'], [textOf(english), 'en'], [hindi, 'hi'], [latin, 'en']] as const) {
        expect(countWords(text, lang), text.slice(0, 40)).to.equal(segmenterWords(joinAbbreviations(text), lang));
      }
    });

    it('counts a dotted abbreviation as one word, where the segmenter counts its letters', () => {
      expect(countWords('the U.S. at 5 p.m.', 'en')).to.equal(5);
      expect(segmenterWords('the U.S. at 5 p.m.', 'en')).to.equal(7);
      // In the demo articles: યુ.એસ.ના (three words for the segmenter), a.m. and p.m.
      expect(segmenterWords(textOf(gujarati), 'gu') - countWords(textOf(gujarati), 'gu')).to.equal(2);
      expect(segmenterWords(textOf(english), 'en') - countWords(textOf(english), 'en')).to.equal(2);
    });

    it('does not count dashes, quotes, dandas or symbols standing alone', () => {
      expect(countWords('a — b “ c । d ₹ e ... f', 'en')).to.equal(6);
      expect(countWords('', 'en')).to.equal(0);
      expect(countWords(' \n – ', 'en')).to.equal(0);
    });

    it('segments scripts written without spaces with Intl.Segmenter', () => {
      for (const [text, lang] of [
        ['東京都は今日、新しい計画を発表しました。', 'ja'],
        ['北京今天宣布了新的计划。', 'zh'],
        ['วันนี้รัฐบาลประกาศแผนใหม่', 'th'],
        ['Tokyo (東京) announced a plan', 'en'],
      ]) {
        expect(countWords(text!, lang!), text).to.equal(segmenterWords(text!, lang!));
      }
    });

    it('takes linear time on a long run of punctuation', () => {
      const started = performance.now();
      expect(countWords(`${'!'.repeat(60_000)} a`, 'en')).to.equal(1);
      expect(performance.now() - started).to.be.below(200);
    });
  });

  describe('readingMinutes', () => {
    it('gives minutes at 200 words a minute, at least 1', () => {
      expect(readingMinutes('word '.repeat(1000), 'en')).to.equal(5);
      expect(readingMinutes('word', 'en')).to.equal(1);
      expect(readingMinutes('', 'en')).to.equal(1);
    });
  });

  describe('listParts', () => {
    it('gives what Intl.ListFormat gives, also for one item', () => {
      for (const lang of ['en', 'gu', 'ar']) {
        const list = new Intl.ListFormat(lang, { type: 'conjunction' });
        for (const items of [['A'], ['A', 'B'], ['A', 'B', 'C']]) expect(listParts(items, lang)).to.deep.equal(list.formatToParts(items));
      }
    });
  });

  describe('formatters', () => {
    it('formats the same with a kept formatter as with a new one', () => {
      const iso = '2024-01-15T06:30:00Z';
      const expected = new Intl.DateTimeFormat('gu', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Kolkata' }).format(new Date(iso));
      expect(formatDate(iso, 'gu', 'Asia/Kolkata')).to.equal(expected);
      expect(formatDate(iso, 'gu', 'Asia/Kolkata')).to.equal(expected);
      expect(formatDate(iso, 'gu', 'UTC')).to.not.equal(expected);
      expect(formatDate('2024-01-15', 'gu')).to.equal(new Intl.DateTimeFormat('gu', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2024-01-15')));
      expect(formatMinutes(3, 'gu')).to.equal(new Intl.NumberFormat('gu', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(3));
      expect(formatMinutes(1, 'en')).to.equal('1 minute');
    });

    it('falls back to the reader’s time zone for an unknown one, every time', () => {
      const iso = '2024-01-15T06:30:00Z';
      const reader = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
      expect(formatDate(iso, 'en', 'Not/AZone')).to.equal(reader);
      expect(formatDate(iso, 'en', 'Not/AZone')).to.equal(reader);
    });
  });
});
