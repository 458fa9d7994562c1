const init = { bubbles: true, composed: true } as const;

/** The current image changed (by the reader, autoplay or a method call); `index` is the new one. */
export class ImageGalleryChangeEvent extends Event {
  static readonly eventName = 'image-gallery-change';
  constructor(readonly index: number) {
    super(ImageGalleryChangeEvent.eventName, init);
  }
  get detail(): { index: number } {
    return { index: this.index };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'image-gallery-change': ImageGalleryChangeEvent;
    'image-gallery-open': Event;
    'image-gallery-close': Event;
  }
}
