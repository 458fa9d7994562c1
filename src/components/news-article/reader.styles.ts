import { css } from 'lit';

/**
 * Styles of the reader features in the first render: share buttons and the syndication
 * attribution (the copy notice's styles and the progress markers come with their code). Sizes in `em` (they follow the
 * element's own font size, never the host page's root), colours from the element's tokens
 * (news-article.styles.ts), logical properties throughout for RTL.
 */
export const readerStyles = css`
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
  [part~='share-link'],
  [part~='share-button'] {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    margin: 0;
    padding: 0 0.9em;
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
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .share svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .share-status {
    min-block-size: 1.5em;
    margin: 0.5em 0 0;
    color: var(--_muted);
  }

  /* Syndication */
  .attribution {
    margin: 1em 0 0;
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
