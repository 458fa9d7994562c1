import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/*
 * The gallery's and the lightbox's icons: 24 × 24 strokes drawn in `currentColor` (the
 * gallery's stylesheet sizes them), hidden from assistive technology because every button
 * that shows one has an `aria-label`.
 */

/** Points to the next image; `.previous` buttons mirror it (and right to left, both flip). */
export const chevron: SVGTemplateResult = svg`<path d="M9 5l7 7-7 7"/>`;
export const pause: SVGTemplateResult = svg`<path d="M9 5v14M15 5v14"/>`;
export const play: SVGTemplateResult = svg`<path d="M8 5l11 7-11 7Z"/>`;
export const cross: SVGTemplateResult = svg`<path d="M6 6l12 12M18 6L6 18"/>`;

/** An icon as a button's content. */
export const icon = (path: SVGTemplateResult): TemplateResult => html`<svg viewBox="0 0 24 24" aria-hidden="true">${path}</svg>`;
