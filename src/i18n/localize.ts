import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalizeLang } from '../internal/lang.js';
import { useNumberingSystems } from './intl.js';
import { ar, en, gu, hi, type Translation } from './translations.js';

export { directionFor, directionOf } from '../internal/lang.js';

export type { Translation };

const translations = new Map<string, Partial<Translation>>([
  ['en', en],
  ['gu', gu],
  ['hi', hi],
  ['ar', ar],
]);
const listeners = new Set<() => void>();
let version = 0;

/**
 * Adds or extends the UI strings for a language (`"mr"`, `"ta"`, or a region such as
 * `"en-GB"`). Keys left out fall back to the base language, then to English. Elements
 * already on the page re-render with the new strings.
 */
export function registerTranslation(lang: string, strings: Partial<Translation>): void {
  const key = lang.toLowerCase();
  translations.set(key, { ...translations.get(key), ...strings });
  version++;
  // The built-in translations ask for no digits of their own: a registered one may.
  useNumberingSystems(numberingSystemFor);
  for (const listener of listeners) listener();
}

/** The strings for `lang`: exact tag, then its primary language, then English. */
export function translationFor(lang: string): Translation {
  const key = lang.toLowerCase();
  const base = key.split('-')[0]!;
  return { ...en, ...translations.get(base), ...translations.get(key) };
}

/**
 * The numbering system `lang`'s translation asks for (exact tag, then its primary language;
 * not English's, which is only the strings' fallback), or `undefined` for Intl's default.
 */
export function numberingSystemFor(lang: string): string | undefined {
  const key = lang.toLowerCase();
  return translations.get(key)?.numberingSystem ?? translations.get(key.split('-')[0]!)?.numberingSystem;
}

/**
 * Strings a lazy feature builds in with its code (so that the entry does not carry them), by
 * primary language, English's for any other: each one `strings` (a translation, where a
 * registered string wins) has, else the built-in one.
 */
export function builtInStrings<K extends keyof Translation>(strings: Translation, lang: string, builtIn: Record<string, Required<Pick<Translation, K>>>): Required<Pick<Translation, K>> {
  const own = builtIn[lang.split('-')[0]!.toLowerCase()] ?? builtIn['en']!;
  const out = { ...own };
  for (const key of Object.keys(own) as K[]) out[key] = (strings[key] ?? own[key]) as Required<Pick<Translation, K>>[K];
  return out;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/**
 * The language of the page around `element`: nearest `[lang]` ancestor, else `<html lang>`,
 * else English; always a valid, canonical tag (a page's own `lang` can be junk too).
 */
export function languageAround(element: Element): string {
  return normalizeLang(element.closest('[lang]')?.getAttribute('lang')) ?? normalizeLang(document.documentElement.lang) ?? 'en';
}

/** Re-renders its host when a translation is registered. */
export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onChange = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    listeners.add(this.#onChange);
  }

  hostDisconnected(): void {
    listeners.delete(this.#onChange);
  }

  /** Grows each time a translation is registered; compare it to know whether strings changed. */
  get version(): number {
    return version;
  }
}
