import { css } from 'lit';
import { isolationStyles } from '../../internal/isolation.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';

/*
 * Sizes are in em from the host's `medium` (see isolationStyles). Text sizes are set on the
 * text itself (caption, counter), so the buttons and icons beside it do not compound them.
 */
export const styles = [
  isolationStyles,
  sharedStyles,
  css`
  :host {
    --_accent: var(--image-gallery-accent, var(--ne-color-accent, light-dark(#b3261e, #ff8a80)));
    --_bg: var(--image-gallery-background, var(--ne-color-surface, light-dark(#f4f4f4, #232323)));
    --_ui: var(--ne-font-ui, system-ui, sans-serif);
    color: var(--ne-color-text, light-dark(#1b1b1b, #ececec));
    font-family: var(--_ui);
  }
  :host([hidden]) {
    display: none;
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
  figure {
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
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  figcaption {
    margin-block-start: 0.57em;
    font: 0.875em/1.5 var(--_ui);
    color: var(--ne-color-muted, light-dark(#595959, #b0b0b0));
  }
  figcaption a {
    color: var(--_accent);
  }
  [part='credit'] {
    display: inline-block;
    margin-inline-start: 0.5em;
    font-size: 0.9286em;
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.75em;
    margin-block-start: 0.5em;
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
    color: var(--_accent);
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
    gap: 0.5em;
    margin-block-start: 0.75em;
    padding: 2px;
    overflow-x: auto;
  }
  [part='thumbnail'] {
    flex: 0 0 4em;
    aspect-ratio: 1;
    padding: 0;
    border: 2px solid transparent;
    border-radius: 4px;
    background: var(--_bg);
    overflow: hidden;
  }
  [part='thumbnail'][aria-current] {
    border-color: var(--_accent);
  }
  [part='thumbnail'] img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  @media (forced-colors: active) {
    [part='thumbnail'][aria-current] {
      border-color: Highlight;
    }
  }
  @media print {
    .viewport {
      display: block;
    }
    [part='slide'] {
      margin-block-end: 1em;
    }
    .controls,
    .thumbnails {
      display: none;
    }
  }
`,
];
