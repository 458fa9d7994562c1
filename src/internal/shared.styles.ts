import { css } from 'lit';

/**
 * An `<img>`'s load/error listener: while the image has failed, its frame (the parent)
 * shows the alt text; a reused frame recovers when a new image loads.
 */
export function onImageLoadOrError(event: Event): void {
  (event.currentTarget as Element).parentElement!.classList.toggle('broken', event.type === 'error');
}

/** Styles both elements use: a frame that shows its image's alt text while the image is broken, and text for screen readers only. */
export const sharedStyles = css`
  .frame.broken img {
    opacity: 0;
  }
  .frame.broken::after {
    content: attr(data-alt) / '';
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: var(--_space-m);
    font: italic 0.9375em/1.4 var(--_ui);
    text-align: center;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
