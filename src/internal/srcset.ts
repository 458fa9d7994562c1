import { safeUrl } from './url.js';

/**
 * Parses an HTML `srcset` (following the spec's candidate-splitting rules, so commas
 * inside `data:` URLs are handled) and returns it rebuilt from allowed, normalized URLs,
 * or `null` when any candidate is malformed or its URL is not allowed.
 */
export function safeSrcset(srcset: string, base?: string): string | null {
  if (typeof srcset !== 'string') return null;
  const candidates: string[] = [];
  let position = 0;
  const length = srcset.length;
  while (position < length) {
    while (position < length && /[\t\n\f\r ,]/.test(srcset[position]!)) position++;
    if (position >= length) break;
    let end = position;
    // ASCII whitespace only, as in the spec: U+00A0 and friends are part of the URL.
    while (end < length && !/[\t\n\f\r ]/.test(srcset[end]!)) end++;
    let url = srcset.slice(position, end);
    position = end;
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const comma = srcset.indexOf(',', position);
      const stop = comma === -1 ? length : comma;
      descriptor = srcset.slice(position, stop).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
      position = stop + 1;
    }
    // A width is an integer above zero (`1.5w` and `0w` are errors); a density is a number.
    if (descriptor && !/^(?:[1-9]\d*w|\d+(?:\.\d+)?x)$/.test(descriptor)) return null;
    const safe = safeUrl(url, 'image', base);
    if (!safe) return null;
    candidates.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return candidates.length ? candidates.join(', ') : null;
}
