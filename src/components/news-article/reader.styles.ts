import { css } from 'lit';

/**
 * Styles of the reader features in the first render: share buttons and the syndication
 * attribution (the copy notice's styles and the progress markers come with their code). Sizes in `em` (they follow the
 * element's own font size, never the host page's root), colours from the element's tokens
 * (the token layer, tokens.styles.ts), logical properties throughout for RTL.
 */
export const readerStyles = css`
  /* Share */
  .share {
    margin: 0 0 var(--_space-l);
  }
  .share ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='share-link'],
  [part~='share-button'] {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.75em;
    margin: 0;
    padding: 0 var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: transparent;
    color: var(--_text);
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
    outline: 2px solid;
    outline-width: var(--_focus-width);
    outline-color: var(--_focus);
    outline-offset: 2px;
  }
  .share svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .share-status {
    min-block-size: 1.5em;
    margin: var(--_space-s) 0 0;
    color: var(--_muted);
  }

  /* Syndication */
  .attribution {
    margin: var(--_space-m) 0 0;
    color: var(--_muted);
  }
  .attribution a {
    color: var(--_accent);
  }

  @media print {
    .share {
      display: none;
    }
    .attribution a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
