/**
 * The shape of a language tag as feeds write it: BCP 47 (`gu`, `en-IN`, `zh-Hant-TW`), in
 * any case, with `_` accepted for `-` (`en_US` is WordPress's and Java's locale format).
 */
export const LANG_TAG = /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * `raw` as a canonical BCP 47 tag (`en_US` → `en-US`, `EN-gb` → `en-GB`), or `null` when it
 * is not one. The one gate between a feed's language and an attribute or `Intl`: the shape
 * check keeps out markup, spaces and bidi controls, and `Intl.getCanonicalLocales` the
 * tags that only look right (`en-US-US`, `abcdefghi`).
 */
export function normalizeLang(raw: unknown): string | null {
  if (typeof raw !== 'string' || !LANG_TAG.test(raw)) return null;
  try {
    return Intl.getCanonicalLocales(raw.replaceAll('_', '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** Languages written right to left (primary subtags). */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  const [primary = '', ...rest] = lang.toLowerCase().split('-');
  // A script subtag wins over the language: "pa-Arab" is RTL, "ku-Latn" is LTR.
  if (rest.includes('arab') || rest.includes('hebr') || rest.includes('thaa') || rest.includes('syrc')) return 'rtl';
  if (rest.includes('latn') || rest.includes('cyrl')) return 'ltr';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}

/**
 * The direction of a piece of content (a block, a caption): its own `dir`, else the one its
 * `lang` is written in, else none (it follows what is around it).
 */
export function directionFor(lang: string | undefined, dir?: 'ltr' | 'rtl'): 'ltr' | 'rtl' | undefined {
  return dir ?? (lang ? directionOf(lang) : undefined);
}
