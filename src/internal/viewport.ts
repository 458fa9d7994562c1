/**
 * Whether `element` is entirely below the viewport: a change of its size there cannot move
 * anything the reader sees (it moves only what is below it, out of view).
 */
export function belowViewport(element: Element): boolean {
  return element.getBoundingClientRect().top >= innerHeight;
}
