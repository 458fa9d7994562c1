import { css } from 'lit';
import { isolationStyles } from '../../internal/isolation.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { lightboxTokenStyles, tokenStyles } from '../../internal/tokens.styles.js';

/*
 * Sizes are in em from the host's `medium` (see isolationStyles). Text sizes are set on the
 * text itself (caption, counter), so the buttons and icons beside it do not compound them.
 * Knobs (--image-gallery-*) fall back to the page tokens of the token layer (tokens.styles.ts);
 * the UI font is the script-aware --_ui of the host's language, or a caption's own.
 */
export const styles = [
  isolationStyles,
  tokenStyles,
  lightboxTokenStyles,
  sharedStyles,
  css`
  :host {
    --_ga: var(--image-gallery-accent, var(--_accent));
    --_bg: var(--image-gallery-background, var(--_surface));
    color: var(--_text);
    font-family: var(--_ui);
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * The scrolling rows size to their container, never to their content: a flex row's least
   * width is the sum of its items' (every slide's longest caption word, every thumbnail), which
   * in a page's grid or flex column would widen the column to hundreds of pixels past the screen.
   */
  .viewport,
  .thumbnails {
    contain: inline-size;
  }
  .viewport {
    display: flex;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scrollbar-width: none;
  }
  [part='slide'] {
    flex: 0 0 100%;
    scroll-snap-align: center;
    scroll-snap-stop: always;
  }
  /* The gap is s at the gallery's size (not the caption's). */
  figure {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
  }
  .frame {
    position: relative;
    aspect-ratio: var(--image-gallery-aspect-ratio, 3 / 2);
    background: var(--_bg);
  }
  .frame img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .image-button {
    display: block;
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    cursor: zoom-in;
  }
  :focus-visible {
    outline: 2px solid;
    outline-width: var(--_focus-width);
    outline-color: var(--image-gallery-accent, var(--_focus));
    outline-offset: 2px;
  }
  figcaption {
    font: calc(0.875em * var(--_fs)) / 1.5 var(--_ui);
    color: var(--_muted);
  }
  figcaption a {
    color: var(--_ga);
    text-underline-offset: var(--_ul);
  }
  [part='credit'] {
    display: inline-block;
    font-size: 0.9286em;
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
    margin-block-start: var(--_space-s);
  }
  .controls button {
    display: grid;
    place-items: center;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
    border: 1px solid;
    border-radius: 50%;
    background: none;
    color: var(--_ga);
  }
  [aria-disabled='true'] {
    opacity: 0.4;
    cursor: default;
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Chevrons point the way they go (the lightbox's buttons share these classes). */
  .previous svg,
  :host(:dir(rtl)) .next svg {
    scale: -1 1;
  }
  :host(:dir(rtl)) .previous svg {
    scale: 1;
  }
  [part='counter'] {
    min-inline-size: 4.5em;
    font-size: 0.875em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .thumbnails {
    display: flex;
    gap: var(--_space-s);
    margin-block-start: calc(var(--_space-s) + var(--_space-xs));
    padding: 2px;
    overflow-x: auto;
  }
  [part='thumbnail'] {
    flex: 0 0 4em;
    aspect-ratio: 1;
    padding: 0;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }
  [part='thumbnail'][aria-current] {
    border-color: var(--_ga);
  }
  [part='thumbnail'] img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  @media (forced-colors: active) {
    .frame {
      outline: 1px solid CanvasText;
    }
    [part='thumbnail'][aria-current] {
      border-color: Highlight;
    }
  }
  /* Print: every slide, as a grid of captioned figures; no buttons. */
  @media print {
    .viewport {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
      gap: var(--_space-m);
      overflow: visible;
    }
    [part='slide'] {
      break-inside: avoid;
    }
    .image-button {
      cursor: auto;
    }
    .controls,
    .thumbnails {
      display: none;
    }
    figcaption a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`,
];
