/**
 * The `<ad-slot sizes>` grammar, shared by the element and the article validator:
 *   "300x250 336x280"                          fixed sizes
 *   "fluid"                                    native / fluid ads
 *   "(min-width: 768px) 728x90, 300x250"       per viewport; the last entry has no query
 */

export interface AdSize {
  width: number;
  height: number;
}

/** One entry of the list: the sizes that apply while `media` matches (`null` = always). */
export interface AdSizeRule {
  media: string | null;
  sizes: AdSize[];
  fluid: boolean;
}

const SIZE = /^(\d{1,4})x(\d{1,4})$/;

/** Parses a `sizes` value; returns `null` when it is malformed. */
export function parseAdSizes(value: string): AdSizeRule[] | null {
  const rules: AdSizeRule[] = [];
  for (const entry of value.split(',')) {
    let rest = entry.trim();
    let media: string | null = null;
    if (rest.startsWith('(')) {
      const close = rest.lastIndexOf(')');
      if (close === -1) return null;
      media = rest.slice(0, close + 1);
      rest = rest.slice(close + 1).trim();
    }
    const sizes: AdSize[] = [];
    let fluid = false;
    for (const token of rest.split(/\s+/).filter(Boolean)) {
      const match = SIZE.exec(token);
      if (match) sizes.push({ width: Number(match[1]), height: Number(match[2]) });
      else if (token === 'fluid') fluid = true;
      else return null;
    }
    if (!sizes.length && !fluid) return null;
    rules.push({ media, sizes, fluid });
  }
  return rules.length ? rules : null;
}

/** The sizes that apply now: the first rule whose media query matches, else the last rule. */
export function currentAdSizes(rules: AdSizeRule[], matches: (media: string) => boolean): AdSizeRule {
  return rules.find((rule) => rule.media === null || matches(rule.media)) ?? rules[rules.length - 1]!;
}
