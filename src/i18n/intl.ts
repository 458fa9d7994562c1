/**
 * Dates, numbers, lists and durations through `Intl`, in the content's language. Bad
 * tags and bad dates never throw: they give `undefined` (and so render nothing).
 */

/** `lang` if Intl knows how to use it, else English. */
export function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function formatDate(iso: string | undefined, lang: string, timeZone?: string): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const options: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long', timeStyle: 'short', timeZone };
  try {
    return new Intl.DateTimeFormat(intlLocale(lang), options).format(date);
  } catch {
    // An unknown time zone name: fall back to the reader's own.
    return new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: undefined }).format(date);
  }
}

export function formatMinutes(minutes: number, lang: string): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

const WORDS_PER_MINUTE = 200;
/** Text counted word by word; beyond it (about an hour's reading), words are extrapolated. */
const COUNTED = 60_000;

/**
 * Reading time in whole minutes (at least 1), counting words with `Intl.Segmenter`. Exact
 * for any article up to COUNTED characters; for longer ones the count of the first COUNTED
 * characters is scaled by length, so a giant article costs no more than an hour-long one.
 */
export function readingMinutes(text: string, lang: string): number {
  const segmenter = new Intl.Segmenter(intlLocale(lang), { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text.slice(0, COUNTED))) if (segment.isWordLike) words++;
  if (text.length > COUNTED) words *= text.length / COUNTED;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
