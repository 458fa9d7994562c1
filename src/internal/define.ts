/**
 * Registers `constructor` as `tag` unless the tag is already taken, so a second copy of
 * the library on one page (another version, or the same script twice) never throws.
 * Returns the constructor that ended up registered under `tag`.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): CustomElementConstructor {
  const existing = registry.get(tag);
  if (existing) return existing;
  try {
    registry.define(tag, constructor);
  } catch (error) {
    // The same class under another name, or an invalid name: say so, do not break the page.
    console.warn(`news-elements: could not define <${tag}>: ${(error as Error).message}`);
  }
  return registry.get(tag) ?? constructor;
}
