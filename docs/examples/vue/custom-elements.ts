/**
 * The tags Vue's template compiler leaves to the browser. Without it Vue looks for Vue
 * components of these names, warns "Failed to resolve component" and renders them anyway.
 * Used by vite.config.ts (single-file components, compiled at build time) and main.ts
 * (templates compiled in the browser, by Vue's full build).
 */
export const isCustomElement = (tag: string): boolean => ['news-article', 'image-gallery', 'ad-slot'].includes(tag);
