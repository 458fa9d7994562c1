import { css } from 'lit';

/**
 * First in every element's styles: what the host page passes down by inheritance stops at
 * the host. `all: initial` resets every property (colour and text-fill colour, font,
 * spacing, indent, text-transform, white-space, visibility, text-shadow, cursor, …) except
 * custom properties, which still inherit because they are the theming API, and `direction`,
 * which is the page's on the host and the article's `dir` inside. `color-scheme` is taken
 * back from the page (light or dark is the page's call). The font size is `medium`, the
 * reader's browser setting, whatever the page's root size; sizes inside are in em.
 * Page rules aimed at the element itself still win: they are its styling API.
 */
export const isolationStyles = css`
  :host {
    all: initial;
    display: block;
    color-scheme: inherit;
  }
`;
