/**
 * The keys that move between images, the same in the inline gallery and in the lightbox:
 * ArrowRight and ArrowLeft step (mirrored when `host` is right to left, so the arrow points
 * the way the images go), Home and End go to the first and the last. Any other key, or one
 * held with Alt, Ctrl or Meta (browser and system shortcuts), is `undefined`.
 *
 * The target may lie outside `0…count - 1` (one step past an end): the caller wraps it or
 * clamps it, as its view does.
 */
export function slideForKey(event: KeyboardEvent, host: Element, index: number, count: number): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const step = event.key === 'ArrowRight' ? 1 : -1;
      return index + (getComputedStyle(host).direction === 'rtl' ? -step : step);
    }
    default:
      return undefined;
  }
}
