import { safeUrl } from './url.js';

/**
 * One `srcset` candidate, split as the HTML spec splits them: a URL is a run of
 * non-whitespace (so `a.jpg,b.jpg` is one URL, and commas inside `data:` URLs are fine);
 * commas that end the run end the candidate; otherwise its descriptors run to the next comma.
 * Whitespace means ASCII whitespace only, as in the spec.
 */
const CANDIDATE = /[\t\n\f\r ,]*([^\t\n\f\r ,][^\t\n\f\r ]*?)(?:,+(?=[\t\n\f\r ]|$)|(?=[\t\n\f\r ]|$)[\t\n\f\r ]*([^,]*?)[\t\n\f\r ]*(?:,|$))/gy;

/** A width is a whole number above zero (`1.5w` and `0w` are errors); a density is a number. */
const DESCRIPTOR = /^(?:[1-9]\d*w|\d+(?:\.\d+)?x)?$/;

/**
 * Parses an HTML `srcset` and returns it rebuilt from allowed, normalized URLs, or `null`
 * when any candidate is malformed or its URL is not allowed.
 */
export function safeSrcset(srcset: string, base?: string): string | null {
  if (typeof srcset !== 'string') return null;
  const candidates: string[] = [];
  // Candidates follow one another with nothing between (sticky); only whitespace and commas can be left over.
  for (const [, url, descriptor = ''] of srcset.matchAll(CANDIDATE)) {
    const safe = DESCRIPTOR.test(descriptor) && safeUrl(url, 'image', base);
    if (!safe) return null;
    candidates.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return candidates.length ? candidates.join(', ') : null;
}
