import { fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/define.js';
import type { Image, ImageGalleryElement } from '../../../src/index.js';

export type { Image, ImageGalleryElement };

const pngCache = new Map<string, string>();

/** A PNG data URL of `width` × `height` pixels filled with `color`. */
export function png(width: number, height: number, color = '#4a7'): string {
  const key = `${width}x${height}:${color}`;
  let url = pngCache.get(key);
  if (!url) {
    const canvas = Object.assign(document.createElement('canvas'), { width, height });
    const context = canvas.getContext('2d')!;
    context.fillStyle = color;
    context.fillRect(0, 0, width, height);
    url = canvas.toDataURL('image/png');
    pngCache.set(key, url);
  }
  return url;
}

const COLORS = ['#c33', '#3c3', '#33c', '#cc3', '#3cc', '#c3c', '#888', '#333', '#ddd'];
const SHAPES: [number, number][] = [
  [60, 40],
  [40, 60],
  [50, 50],
  [80, 30],
  [30, 80],
];

/** `count` small images of mixed shapes, each with alt, caption and credit. */
export function sampleImages(count: number, extra: (i: number) => Partial<Image> = () => ({})): Image[] {
  return Array.from({ length: count }, (_, i) => {
    const [width, height] = SHAPES[i % SHAPES.length]!;
    return {
      src: png(width, height, COLORS[i % COLORS.length]),
      alt: `Image ${i + 1}`,
      width,
      height,
      caption: `Caption ${i + 1}`,
      credit: `Credit ${i + 1}`,
      ...extra(i),
    };
  });
}

export interface Gallery {
  element: ImageGalleryElement;
  root: ShadowRoot;
  /** The first shadow element with `part` token `name`. */
  part<T extends Element = HTMLElement>(name: string): T | null;
  /** Every shadow element with `part` token `name`. */
  parts<T extends Element = HTMLElement>(name: string): T[];
}

export function wrap(element: ImageGalleryElement): Gallery {
  const root = element.shadowRoot!;
  return {
    element,
    root,
    part: <T extends Element>(name: string) => root.querySelector<T>(`[part~="${name}"]`),
    parts: <T extends Element>(name: string) => Array.from(root.querySelectorAll<T>(`[part~="${name}"]`)),
  };
}

export interface GalleryOptions {
  images?: Image[];
  attributes?: Record<string, string>;
  /** Attributes of a wrapping `<div>` (e.g. `{ dir: 'rtl', lang: 'ar' }`). */
  around?: Record<string, string>;
  /** Light DOM children (HTML), used when `images` is not given. */
  children?: string;
}

/** Renders an `<image-gallery>` and waits for its first update. */
export async function renderGallery(options: GalleryOptions = {}): Promise<Gallery> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  for (const [name, value] of Object.entries(options.around ?? {})) container.setAttribute(name, value);
  const element = document.createElement('image-gallery');
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  if (options.images) element.images = options.images;
  if (options.children) element.innerHTML = options.children;
  container.append(element);
  await element.updateComplete;
  return wrap(element);
}

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Resolves with the next `type` event on `target`, or rejects after `timeout` ms. */
export function nextEvent<T extends Event = Event>(target: EventTarget, type: string, timeout = 3000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** Records every `type` event on `target`. */
export function record<T extends Event = Event>(target: EventTarget, type: string): T[] {
  const events: T[] = [];
  target.addEventListener(type, (event) => events.push(event as T));
  return events;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await nextFrame();
}

/** Index of the slide that is not inert, or -1. */
export function currentSlide(gallery: Gallery): number {
  return gallery.parts('slide').findIndex((slide) => !slide.hasAttribute('inert'));
}

/** Whether `inner`'s box lies inside `outer`'s (1 px tolerance). */
export function inside(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
}

/** Waits until `check()` is true, polling each frame, for at most `timeout` ms. */
export async function until(check: () => boolean, timeout = 3000, what = 'condition'): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}
