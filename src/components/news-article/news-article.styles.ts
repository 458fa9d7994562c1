import { css } from 'lit';
import { isolationStyles } from '../../internal/isolation.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';

/*
 * Tokens in tiers: --news-article-* knob -> --ne-* page token -> built-in value.
 * Colours follow the page's `color-scheme` (light-dark()), so a page that declares
 * `color-scheme: light dark` also follows the reader's preference.
 *
 * Sizes are in em, never rem: the host is at the reader's default size (`medium`), whatever
 * the page's root size. The article is at the body size (--_size); the header, the footer
 * and media figures go back to `medium`, so captions and meta are the same size whatever
 * the body size and wherever they are.
 */
export const styles = [
  isolationStyles,
  sharedStyles,
  css`
  :host {
    --_text: var(--ne-color-text, light-dark(#1b1b1b, #ececec));
    --_muted: var(--ne-color-muted, light-dark(#595959, #b0b0b0));
    --_accent: var(--ne-color-accent, light-dark(#b3261e, #ff8a80));
    --_border: var(--ne-color-border, light-dark(#d9d9d9, #3d3d3d));
    --_surface: var(--ne-color-surface, light-dark(#f4f4f4, #232323));
    --_measure: var(--ne-measure, 65ch);
    --_size: var(--news-article-font-size, 1.125em);
    /* Set on frames of known shape; never the page's. */
    --_ratio: initial;
    color: var(--_text);
    font-family: var(--_serif);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* Until an article is given its children are shown, but never a JSON script, whatever the page says. */
  ::slotted(script) {
    display: none !important;
  }

  /*
   * Script-aware typography: each script gets a reading face (--_serif), a UI face (--_ui,
   * for meta, captions, footer) and a line height; Indic and Arabic scripts need taller
   * lines. Noto is preferred where installed; otherwise the generic family's per-script
   * fallback finds the platform's font (Shruti, Gujarati Sangam MN, Mangal, Geeza Pro, …).
   */
  :host,
  [lang] {
    --_serif: var(--ne-font-body, Charter, 'Sitka Text', Cambria, Georgia, serif);
    --_ui: var(--ne-font-ui, system-ui, sans-serif);
    --_lh: 1.6;
  }
  [lang]:lang(gu) {
    --_serif: var(--ne-font-body, 'Noto Serif Gujarati', serif);
    --_ui: var(--ne-font-ui, 'Noto Sans Gujarati', sans-serif);
    --_lh: 1.8;
  }
  [lang]:is(:lang(hi), :lang(mr), :lang(ne), :lang(sa)) {
    --_serif: var(--ne-font-body, 'Noto Serif Devanagari', serif);
    --_ui: var(--ne-font-ui, 'Noto Sans Devanagari', sans-serif);
    --_lh: 1.8;
  }
  [lang]:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb)) {
    --_serif: var(--ne-font-body, 'Noto Naskh Arabic', serif);
    --_ui: var(--ne-font-ui, 'Noto Sans Arabic', sans-serif);
    --_lh: 1.9;
  }
  article,
  .body > [lang] {
    font-family: var(--_serif);
    line-height: var(--_lh);
  }

  article,
  .skeleton {
    max-inline-size: var(--_measure);
    margin-inline: auto;
    font-size: var(--_size);
  }
  [part='header'],
  .body > [part~='figure'],
  .quote,
  .gallery,
  .embed {
    font-size: medium;
  }
  article > *,
  .body > * {
    unicode-bidi: isolate;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
    border-radius: 2px;
  }

  /* Header */
  [part='header'] {
    margin-block-end: 2em;
  }
  [part='kicker'] {
    margin: 0 0 0.615em;
    font: 700 0.8125em / 1.4 var(--_ui);
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  [part='kicker'] a {
    text-decoration: none;
  }
  h1,
  h2,
  h3,
  h4 {
    font-family: var(--ne-font-heading, var(--_serif));
    line-height: 1.25;
    text-wrap: balance;
  }
  h1 {
    margin: 0 0 0.3em;
    font-size: var(--news-article-headline-size, clamp(1.75em, 1.2em + 2.5vw, 2.75em));
    line-height: 1.2;
  }
  article:not(:lang(en)) h1 {
    line-height: 1.45;
  }
  [part='subheadline'] {
    margin: 0 0 0.7em;
    font-size: calc(1.25 * var(--_size));
    line-height: 1.45;
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.15em;
    margin: 0 0 1.7em;
    font: 0.875em / 1.5 var(--_ui);
    color: var(--_muted);
  }
  [part='byline'] {
    color: var(--_text);
    font-weight: 600;
  }

  /* Figures and images */
  figure {
    margin: 1.75em 0;
  }
  .frame {
    position: relative;
    aspect-ratio: var(--news-article-image-ratio, var(--_ratio, 3 / 2));
    background: var(--_surface);
    overflow: hidden;
  }
  .frame img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  [part~='lead-figure'] {
    margin: 0;
  }
  figcaption,
  .gallery-caption {
    margin-block-start: 0.57em;
    font: 0.875em / 1.5 var(--_ui);
    color: var(--_muted);
  }
  [part='credit'] {
    display: inline-block;
    margin-inline-start: 0.5em;
    font-size: 0.9286em;
  }

  /* Body */
  p {
    margin: 0 0 1.25em;
  }
  h2 {
    margin: 1.2em 0 0.45em;
    font-size: 1.5em;
  }
  h3 {
    margin: 1.25em 0 0.35em;
    font-size: 1.25em;
  }
  h4 {
    margin: 1.25em 0 0.25em;
    font-size: 1.0625em;
  }
  .quote {
    margin: 2em 0;
    padding-inline-start: 1.25em;
    border-inline-start: 4px solid var(--_accent);
  }
  blockquote {
    margin: 0;
    font-size: calc(1.2 * var(--_size));
    font-style: italic;
    line-height: 1.5;
  }
  [part='quote-cite']::before {
    content: '— ';
  }
  ul,
  ol {
    margin: 0 0 1.25em;
    padding-inline-start: 1.5em;
  }
  .body li + li,
  .error li + li {
    margin-block-start: 0.35em;
  }
  hr {
    margin: 2.2em auto;
    inline-size: 30%;
    border: 0;
    border-block-start: 1px solid var(--_border);
  }
  .embed {
    aspect-ratio: var(--_ratio, 16 / 9);
    margin: 1.75em 0;
    background: var(--_surface);
  }
  .embed iframe {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }
  .gallery [part='gallery'] {
    display: grid;
    gap: 1.25em;
  }
  .gallery [part='gallery'] figure {
    margin: 0;
  }
  .gallery-title {
    margin-block: 0.5em 0.75em;
    font: 700 1em / 1.4 var(--_ui);
    color: var(--_text);
  }
  /* Two families: a lone monospace would shrink to the browser's fixed-width default size. */
  code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }

  /* Footer */
  [part='footer'] {
    margin-block-start: 2.5em;
    padding-block-start: 1.5em;
    border-block-start: 1px solid var(--_border);
    font: medium / 1.5 var(--_ui);
  }
  [part='footer'] > * {
    font-size: 0.9375em;
  }
  .tags,
  .follow ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.53em;
    margin: 0 0 1.6em;
    padding: 0;
    list-style: none;
  }
  [part='tag'] {
    padding: 0.2em 0.8em;
    border-radius: 999px;
    background: var(--_surface);
  }
  [part='follow-title'] {
    margin: 0 0 0.75em;
    font: 700 medium / 1.4 var(--_ui);
  }
  [part='follow-link'] {
    display: inline-flex;
    align-items: center;
    gap: 0.43em;
    min-block-size: 2.94em;
    padding: 0 0.96em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_text);
    text-decoration: none;
  }
  [part='follow-link']:hover {
    border-color: currentColor;
  }
  [part='follow-link'] svg {
    inline-size: 1.33em;
    block-size: 1.33em;
  }
  /* Line icons (follow and share links): drawn in the text colour. */
  [part='footer'] svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part='copyright'] {
    margin: 0;
    color: var(--_muted);
  }

  /* Error box: takes its own space, never the page's. */
  .error {
    padding: 1em 1.25em;
    border: 1px solid var(--_accent);
    border-inline-start-width: 4px;
    border-radius: 4px;
    background: var(--_surface);
    font: 1em / 1.5 var(--_ui);
  }
  .error-title {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  .error details {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .error ul {
    margin: 0.57em 0 0;
  }


  @media (forced-colors: active) {
    .frame,
    .embed,
    [part='tag'],
    .error {
      border: 1px solid CanvasText;
    }
    .quote {
      border-inline-start-color: CanvasText;
    }
  }

  @media print {
    :host {
      color: #000;
    }
    .ad,
    .embed iframe,
    .follow {
      display: none;
    }
    .body a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    figure {
      break-inside: avoid;
    }
  }
`,
];
