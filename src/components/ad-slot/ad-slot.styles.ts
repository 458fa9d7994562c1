import { css } from 'lit';
import { isolationStyles } from '../../internal/isolation.styles.js';
import { tokenStyles } from '../../internal/tokens.styles.js';

export const styles = [
  isolationStyles,
  tokenStyles,
  css`
    :host {
      display: block;
      contain: layout;
      margin-block: var(--ad-slot-margin, var(--_space-l));
      text-align: center;
    }
    /*
     * A slot that a component placed (news-article keeps its slots in its light DOM, where page
     * rules such as "news-article > *" reach them) stays shown: important declarations of the
     * element beat the page's, important or not. A slot of the page's own is the page's to hide.
     */
    :host([slot]) {
      display: block !important;
      visibility: visible !important;
      opacity: 1 !important;
    }
    :host([hidden]),
    :host(:state(collapsed)) {
      display: none !important;
    }
    [part='label'] {
      display: block;
      block-size: 2em;
      font: calc(0.75em * var(--_fs)) / 2 var(--_ui);
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--ad-slot-label-color, var(--_muted));
    }
    [part='container'] {
      display: flex;
      align-items: center;
      justify-content: center;
      inline-size: fit-content;
      max-inline-size: 100%;
      margin-inline: auto;
      overflow: hidden;
      background: var(--ad-slot-background, var(--_surface));
    }
    /* The creative's container fills the box; the creative is centred in it. */
    ::slotted([data-ad-container]) {
      display: flex !important;
      align-items: center;
      justify-content: center;
      align-self: stretch;
      flex: 1 1 auto;
      max-inline-size: 100%;
    }
    @media (forced-colors: active) {
      [part='container'] {
        outline: 1px solid CanvasText;
      }
    }
    @media print {
      :host,
      :host([slot]) {
        display: none !important;
      }
    }
  `,
];
