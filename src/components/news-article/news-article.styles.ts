import { css } from 'lit';
import { isolationStyles } from '../../internal/isolation.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokenStyles } from '../../internal/tokens.styles.js';

/*
 * Tokens in tiers: --news-article-* knob -> --ne-* page token -> built-in value; the page
 * tokens come resolved from the token layer (tokens.styles.ts) as private --_* properties.
 *
 * Sizes are in em, never rem: the host is at the reader's default size (`medium`), whatever
 * the page's root size. The article is at the body size (--_size); the header, the footer
 * and media figures go back to `medium`, so captions and meta are the same size whatever
 * the body size and wherever they are.
 */
export const styles = [
  isolationStyles,
  tokenStyles,
  sharedStyles,
  css`
  :host {
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
   * Script-aware typography (fonts, line heights, size factor --_fs) comes from the token
   * layer, per [lang]. A block in another script than the article's keeps the article's
   * size times its own script's factor (--_fa is the article's).
   */
  article,
  .body > [lang] {
    font-family: var(--_serif);
    line-height: var(--_lh);
  }
  .body > [lang] {
    font-size: calc(1em * var(--_fs) / var(--_fa));
  }

  article,
  .skeleton {
    --_fa: var(--_fs);
    max-inline-size: var(--_measure);
    margin-inline: auto;
    font-size: calc(var(--_size) * var(--_fs));
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
    text-underline-offset: var(--_ul);
  }
  a:focus-visible {
    /* Longhands over a plain ring: a theme's invalid width or colour loses only that longhand, never the ring. */
    outline: 2px solid;
    outline-width: var(--_focus-width);
    outline-color: var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  /* Header */
  [part='header'] {
    margin-block-end: var(--_space-xl);
  }
  [part='kicker'] {
    margin: 0 0 var(--_space-s);
    font: 700 calc(0.8125em * var(--_fs)) / 1.4 var(--_ui);
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
    font-family: var(--_heading);
    line-height: var(--_lh-heading);
    text-wrap: balance;
  }
  h1 {
    margin: 0 0 var(--_space-xs);
    font-size: var(--news-article-headline-size, clamp(1.75em, 1.2em + 2.5vw, 2.75em));
    line-height: var(--_lh-title);
  }
  [part='subheadline'] {
    margin: 0 0 var(--_space-s);
    font-size: calc(1.25 * var(--_size) * var(--_fs));
    line-height: 1.45;
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-l);
    font: calc(0.875em * var(--_fs)) / 1.5 var(--_ui);
    color: var(--_muted);
  }
  [part='byline'] {
    color: var(--_text);
    font-weight: 600;
  }

  /* Figures and images */
  figure {
    margin: var(--_space-l) 0;
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
    margin-block-start: var(--_space-s);
    font: calc(0.875em * var(--_fs)) / 1.5 var(--_ui);
    color: var(--_muted);
  }
  [part='credit'] {
    display: inline-block;
    font-size: 0.9286em;
  }

  /* Body */
  p {
    margin: 0 0 var(--_space-m);
  }
  h2 {
    margin: var(--_space-m) 0 var(--_space-s);
    font-size: 1.5em;
  }
  h3 {
    margin: var(--_space-m) 0 var(--_space-s);
    font-size: 1.25em;
  }
  h4 {
    margin: var(--_space-m) 0 var(--_space-xs);
    font-size: 1.0625em;
  }
  .quote {
    margin: var(--_space-l) 0;
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
  }
  blockquote {
    margin: 0;
    font-size: calc(1.2 * var(--_size) * var(--_fs));
    font-style: italic;
    line-height: 1.5;
  }
  [part='quote-cite']::before {
    content: '— ';
  }
  ul,
  ol {
    margin: 0 0 var(--_space-m);
    padding-inline-start: var(--_space-l);
  }
  .body li + li,
  .error li + li {
    margin-block-start: var(--_space-xs);
  }
  hr {
    margin: var(--_space-xl) auto;
    inline-size: 30%;
    border: 0;
    border-block-start: 1px solid var(--_border);
  }
  .embed {
    aspect-ratio: var(--_ratio, 16 / 9);
    margin: var(--_space-l) 0;
    background: var(--_surface);
  }
  .embed iframe {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }
  /* The figures before the gallery upgrades them (and without JS); once defined, the gallery lays itself out. */
  .gallery [part='gallery']:not(:defined) {
    display: grid;
    gap: var(--_space-m);
  }
  .gallery [part='gallery'] figure {
    margin: 0;
  }
  .gallery-title {
    margin-block: var(--_space-s);
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
    margin-block-start: var(--_space-xl);
    padding-block-start: var(--_space-l);
    border-block-start: 1px solid var(--_border);
    font: medium / 1.5 var(--_ui);
  }
  [part='footer'] > * {
    font-size: calc(0.9375em * var(--_fs));
  }
  .tags,
  .follow ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin: 0 0 var(--_space-l);
    padding: 0;
    list-style: none;
  }
  [part='tag'] {
    padding: var(--_space-xs) var(--_space-m);
    border-radius: 999px;
    background: var(--_surface);
  }
  [part='follow-title'] {
    margin: 0 0 var(--_space-s);
    font: 700 medium / 1.4 var(--_ui);
  }
  [part='follow-link'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.94em;
    padding: 0 var(--_space-m);
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
    padding: var(--_space-m);
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    font: 1em / 1.5 var(--_ui);
  }
  .error-title {
    margin: 0 0 var(--_space-s);
    font-weight: 700;
  }
  .error details {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .error ul {
    margin: var(--_space-s) 0 0;
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

  /* Print: black text (token layer); no ads, embeds, follow links or buttons; URLs after body links. */
  @media print {
    .ad,
    .embed,
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
    [part~='headline'],
    [part~='heading'] {
      break-after: avoid;
    }
  }
`,
];
