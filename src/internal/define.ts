/** Set by the build from package.json (vite.config.ts); unset when the sources run as they are (tests, dev). */
declare const __NEWS_ELEMENTS_VERSION__: string | undefined;

/** Set (true) by the bundle build, whose entry defines every element. */
declare const __NEWS_ELEMENTS_DEFINES_ITSELF__: boolean | undefined;

/** This copy's version: every element class has it as its static `version`. */
export const VERSION: string = typeof __NEWS_ELEMENTS_VERSION__ === 'string' ? __NEWS_ELEMENTS_VERSION__ : 'dev';

/**
 * Random per copy of the library: generated ids (ad slots, their containers) include it, so
 * that two copies on one page, each with its own counters, never make the same id.
 */
export const COPY_ID: string = Math.random().toString(36).slice(2, 8);

/** Who registered the class found under a tag, for the warning: another copy names its version. */
function holder(existing: CustomElementConstructor): string {
  const version = (existing as { version?: unknown }).version;
  return typeof version === 'string' ? `news-elements ${version}` : 'another script';
}

const list = (tags: string[]) => tags.map((tag) => `<${tag}>`).join(', ');

/**
 * Registers each `[tag, class]` unless the tag is taken, so a second copy of the library on
 * one page (another version, or the same script twice) never throws and never re-defines.
 * The tags that were taken by another class are named in one warning, with who holds them:
 * `news-elements 0.2.0: <news-article> is already defined by news-elements 0.1.0; keeping that one`.
 */
export function defineElements(
  elements: readonly (readonly [string, CustomElementConstructor])[],
  registry: CustomElementRegistry = customElements,
): void {
  const taken = new Map<string, string[]>(); // holder -> tags
  for (const [tag, constructor] of elements) {
    const existing = registry.get(tag);
    if (existing === constructor) continue;
    if (existing) {
      const who = holder(existing);
      taken.set(who, [...(taken.get(who) ?? []), tag]);
      continue;
    }
    try {
      registry.define(tag, constructor);
      parseStyles(constructor);
    } catch (error) {
      // The same class under another name, or an invalid name: say so, do not break the page.
      console.warn(`news-elements ${VERSION}: could not define <${tag}>: ${(error as Error).message}`);
    }
  }
  if (!taken.size) return;
  const count = [...taken.values()].flat().length;
  const held = [...taken].map(([who, tags]) => `${list(tags)} ${tags.length > 1 ? 'are' : 'is'} already defined by ${who}`);
  console.warn(`news-elements ${VERSION}: ${held.join('; ')}; keeping ${count > 1 ? 'those' : 'that one'}`);
}

/**
 * Parses a Lit element's style sheets now, as the page's own style sheets are parsed while
 * it loads, instead of inside its first render (about 1 ms of CSS parsing for
 * `<news-article>`). Defining the element has finalized the class (the registry read its
 * `observedAttributes`), so `elementStyles` is there; each `CSSResult` makes and keeps its
 * `CSSStyleSheet` on first access.
 */
function parseStyles(constructor: CustomElementConstructor): void {
  for (const style of (constructor as { elementStyles?: { styleSheet?: CSSStyleSheet }[] }).elementStyles ?? []) void style.styleSheet;
}

/** One element's `define()`: see `defineElements()`. */
export function defineElement(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  defineElements([[tag, constructor]], registry);
}

/**
 * The tag `constructor` is registered under (`define(tag)` may have chosen another than the
 * default), read from the registry rather than remembered, so there is no page-wide state
 * that another copy or another page script could change. Until it is registered, the
 * default: the element upgrades when it is defined later.
 */
export function tagOf(constructor: CustomElementConstructor, fallback: string, registry: CustomElementRegistry = customElements): string {
  return registry.getName(constructor) ?? fallback;
}

/** How long after the page has loaded an element must be defined before the warning. */
const DEFINE_GRACE_MS = 2000;

/**
 * Warns once, when the page has loaded and a little more, if the page holds `<tag>` elements
 * but neither `tag` nor any other tag is defined for `constructor`: the module was imported
 * (for its class) and the element never registered (`news-elements/define` forgotten, or no
 * `define()` call), which otherwise fails silently as an empty element. Nothing happens
 * without a document (a server), in the bundle, or when the element is defined under any tag.
 */
export function warnIfNeverDefined(tag: string, constructor: CustomElementConstructor): void {
  // In the bundle (which defines every element) the whole check is dead code, and the minifier drops it.
  if (typeof __NEWS_ELEMENTS_DEFINES_ITSELF__ === 'boolean' || typeof document === 'undefined' || typeof customElements === 'undefined') return;
  const check = () =>
    setTimeout(() => {
      if (customElements.getName(constructor) || customElements.get(tag) || !document.querySelector(`${tag}:not(:defined)`)) return;
      console.warn(
        `news-elements ${VERSION}: the page has <${tag}> elements, but <${tag}> was never defined, so they stay empty. ` +
          `Import "news-elements/define", or call ${constructor.name}.define().`,
      );
    }, DEFINE_GRACE_MS);
  if (document.readyState === 'complete') check();
  else addEventListener('load', check, { once: true });
}
