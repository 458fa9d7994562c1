/**
 * Dates, numbers, lists and durations through `Intl`, in the content's language. Bad
 * tags and bad dates never throw: they give `undefined` (and so render nothing).
 *
 * Formatters are made once per locale and options and kept: making one loads and prepares
 * its locale data, which costs more than formatting with it.
 */

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

/** The formatter kept under `key`, made by `make` the first time. */
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let kept = formatters.get(key) as T | undefined;
  if (!kept) formatters.set(key, (kept = make()));
  return kept;
}

const locales = new Map<string, string>();
/*
 * Set by localize.ts (intl.ts imports nothing: lazy chunks import it, and an import here
 * made the bundler split the modules it reaches out of the entry).
 */
let numberingSystemFor: (lang: string) => string | undefined = () => undefined;

/** Where the digits of a language come from (its translation's `numberingSystem`); forgets the locales made so far. */
export function useNumberingSystems(lookup: (lang: string) => string | undefined): void {
  numberingSystemFor = lookup;
  locales.clear();
}

/**
 * `lang` if Intl knows how to use it, else English; with the digits its translation asks
 * for (`numberingSystem`, as a `-u-nu-` extension) unless the tag names its own. Every
 * formatter here, and the gallery's, is made for this locale, so a translation's digits
 * reach dates, reading times, counters and numbers alike.
 */
export function intlLocale(lang: string): string {
  let locale = locales.get(lang);
  if (locale === undefined) locales.set(lang, (locale = withDigits(lang)));
  return locale;
}

function withDigits(lang: string): string {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
  const numberingSystem = numberingSystemFor(canonical);
  if (!numberingSystem) return canonical;
  try {
    const locale = new Intl.Locale(canonical);
    return locale.numberingSystem ? canonical : new Intl.Locale(canonical, { numberingSystem }).toString();
  } catch {
    // Not a well-formed numbering system name: Intl's default digits.
    return canonical;
  }
}

export function formatDate(iso: string | undefined, lang: string, timeZone?: string): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const locale = intlLocale(lang);
  const options: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long', timeStyle: 'short', timeZone };
  return formatter(`date ${locale} ${options.timeZone ?? ''} ${dateOnly}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown time zone name: fall back to the reader's own.
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: undefined });
    }
  }).format(date);
}

/** A whole number such as an HTTP status, in `lang`'s digits, without grouping (ar-EG: ٥٠٣). */
export function formatInteger(value: number, lang: string): string {
  const locale = intlLocale(lang);
  return formatter(`integer ${locale}`, () => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 })).format(value);
}

export function formatMinutes(minutes: number, lang: string): string {
  const locale = intlLocale(lang);
  return formatter(`minutes ${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' })).format(minutes);
}

/**
 * `items` as the parts of a list ("A, B and C") in `lang`, as `Intl.ListFormat`'s
 * `formatToParts` gives them. A list of one item is that item in every language (so the
 * specification says), which needs no formatter and none of its data.
 */
export function listParts(items: readonly string[], lang: string): { type: 'element' | 'literal'; value: string }[] {
  if (items.length === 1) return [{ type: 'element', value: items[0]! }];
  const locale = intlLocale(lang);
  return formatter(`list ${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).formatToParts(items);
}

const WORDS_PER_MINUTE = 200;
/** Text counted word by word; beyond it (about an hour's reading), words are extrapolated. */
const COUNTED = 60_000;

/**
 * Scripts written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer, the Tai
 * scripts, Balinese, Javanese, kana, Han): only a dictionary finds their words.
 */
const UNSPACED = /[\u0E00-\u109F\u1780-\u17FF\u1950-\u1B7F\u3040-\u9FFF\uA980-\uAADF\uF900-\uFAFF\uFF66-\uFF9F\uD840-\uD87F]/;
/** What separates words in the other scripts: white space, hyphens and dashes, slashes, colons. */
const SEPARATORS = '\\s\\u200B\\-\\u2010-\\u2015/:';
/**
 * Letters and digits, roughly: ASCII ones, and everything from U+00C0 on except the danda,
 * general punctuation, symbols and CJK punctuation. A run with none of them is no word.
 */
const LETTERS = '0-9A-Za-z\\u00C0-\\u0963\\u0966-\\u1FFF\\u2C00-\\u2DFF\\u3040-\\uFFFF';
/** A word: a run between separators with a letter or digit in it. Linear: a match can only start where a run starts. */
const WORD = new RegExp(`(?<![^${SEPARATORS}])[^${SEPARATORS}${LETTERS}]*[${LETTERS}][^${SEPARATORS}]*`, 'g');

/**
 * The number of words in `text`, as `Intl.Segmenter` counts them (its word-like segments).
 * In scripts written with spaces those are the runs of letters and digits between white
 * space, dashes, slashes and colons, which a regular expression counts without the
 * segmenter's first-use cost (loading its break rules and data). The counts differ only on
 * abbreviations with dots: `U.S.` and `p.m.` are one word here, two for the segmenter. Text
 * with a script written without spaces goes through the segmenter, which has the
 * dictionaries to find its words.
 */
export function countWords(text: string, lang: string): number {
  if (!UNSPACED.test(text)) return text.match(WORD)?.length ?? 0;
  let words = 0;
  for (const segment of new Intl.Segmenter(intlLocale(lang), { granularity: 'word' }).segment(text)) if (segment.isWordLike) words++;
  return words;
}

/**
 * Reading time in whole minutes (at least 1), from `countWords`. Exact for any article up to
 * COUNTED characters; for longer ones the count of the first COUNTED characters is scaled
 * by length, so a giant article costs no more than an hour-long one.
 */
export function readingMinutes(text: string, lang: string): number {
  let words = countWords(text.slice(0, COUNTED), lang);
  if (text.length > COUNTED) words *= text.length / COUNTED;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
