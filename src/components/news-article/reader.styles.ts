import { css } from 'lit';

/**
 * Styles of the reader features: share buttons, the syndication attribution, the copy
 * protection notice and the progress markers. Sizes in `em` (they follow the element's own
 * font size, never the host page's root), colours from the `--ne-*` tokens, logical
 * properties throughout for RTL.
 */
export const readerStyles = css`
  .share,
  .attribution,
  .protect-notice {
    --_r-text: var(--ne-color-text, light-dark(#1b1b1b, #ececec));
    --_r-muted: var(--ne-color-muted, light-dark(#595959, #b0b0b0));
    --_r-accent: var(--ne-color-accent, light-dark(#b3261e, #ff8a80));
    --_r-border: var(--ne-color-border, light-dark(#d9d9d9, #3d3d3d));
    --_r-surface: var(--ne-color-surface, light-dark(#f4f4f4, #232323));
  }

  /* Share */
  .share {
    margin: 0 0 1.5em;
  }
  .share ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .share li {
    margin: 0;
  }
  [part~='share-link'],
  [part~='share-button'] {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    margin: 0;
    padding: 0 0.9em;
    border: 1px solid var(--_r-border);
    border-radius: 999px;
    background: transparent;
    color: var(--_r-text);
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  [part~='share-link']:hover,
  [part~='share-button']:hover {
    border-color: currentColor;
  }
  [part~='share-link']:focus-visible,
  [part~='share-button']:focus-visible {
    outline: 2px solid var(--_r-accent);
    outline-offset: 2px;
  }
  .share svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .share-status {
    min-block-size: 1.5em;
    margin: 0.5em 0 0;
    color: var(--_r-muted);
  }

  /* Syndication */
  .attribution {
    margin: 1em 0 0;
    color: var(--_r-muted);
  }
  .attribution a {
    color: var(--_r-accent);
  }

  /* Copy protection: a toast at the bottom of the viewport, empty (and so invisible) when idle. */
  .protect-notice {
    position: fixed;
    z-index: 1;
    inset-block-end: 1em;
    inset-inline: 0;
    inline-size: fit-content;
    max-inline-size: calc(100% - 2em);
    margin-inline: auto;
    border-radius: 0.375em;
    background: var(--_r-text);
    color: var(--_r-surface);
    font-size: 0.9375em;
    line-height: 1.4;
  }
  .protect-notice:not(:empty) {
    padding: 0.6em 1em;
  }

  /*
   * Progress markers: an empty box just before the body (its margins collapse through it, so
   * it sits where the body starts and moves nothing), holding invisible boxes from each
   * quarter of the body down to its end. The script sets --_progress-size to the body's height.
   */
  .progress-markers {
    position: relative;
    margin: 0;
    padding: 0;
    border: 0;
    block-size: 0;
  }
  .progress-markers,
  .progress-markers > * {
    inline-size: 1px;
    visibility: hidden;
    pointer-events: none;
  }
  .progress-markers > * {
    position: absolute;
    inset-inline-start: 0;
  }
  [data-percent='25'] {
    inset-block-start: calc(var(--_progress-size, 0px) * 0.25);
    block-size: calc(var(--_progress-size, 0px) * 0.75);
  }
  [data-percent='50'] {
    inset-block-start: calc(var(--_progress-size, 0px) * 0.5);
    block-size: calc(var(--_progress-size, 0px) * 0.5);
  }
  [data-percent='75'] {
    inset-block-start: calc(var(--_progress-size, 0px) * 0.75);
    block-size: calc(var(--_progress-size, 0px) * 0.25);
  }
  [data-percent='100'] {
    inset-block-start: calc(var(--_progress-size, 0px) - 1px);
    block-size: 1px;
  }

  @media (forced-colors: active) {
    .protect-notice:not(:empty) {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .share,
    .protect-notice {
      display: none;
    }
    .attribution a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
