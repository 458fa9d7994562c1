/**
 * Semantic HTML to Article JSON blocks: the `html` format, WordPress's `content.rendered`, and
 * `<news-article>`'s HTML children share this walk. It reads block-level markup (`p`,
 * `h1`–`h6`, `figure`, `img`, `blockquote`, `ul`/`ol`, `hr`, `iframe`, ad markers) and keeps
 * inline markup as it is: `parseArticle` sanitizes it afterwards. Wrappers (`div`, `section`,
 * …) are looked through; inline content outside any paragraph becomes one. What cannot be
 * mapped is a warning whose path names the element, as CSS `:nth-of-type` counts: `figure[2]`.
 */
import type { AdBlock, Block, Image } from '../article/types.js';
import { attr, parseHtml, textOf, type HElement, type HNode } from '../internal/html-tree.js';
import { escapeText as escapeHtml, serializeHtml } from '../internal/sanitize-tree.js';
import type { Warnings } from './types.js';
import { elementsOf } from './util.js';

/** Elements whose content is inline: they belong inside a paragraph. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'font',
]);
/** Wrappers whose children are read as if they stood in their place. */
const WRAPPERS = new Set(['div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'center', 'span', 'body']);
/** Dropped silently: not reader content. */
const IGNORED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'base']);

/** A credit inside a caption: `part="credit"` or class `credit` (as `<image-gallery>` reads figures). */
const isCredit = (node: HNode): node is HElement =>
  node.type === 'element' && ((attr(node, 'part') ?? '').split(/\s+/).includes('credit') || (attr(node, 'class') ?? '').split(/\s+/).includes('credit'));

const classes = (element: HElement) => (attr(element, 'class') ?? '').split(/\s+/).filter(Boolean);
const blank = (text: string) => !text.replace(/[\s\u00a0\u200b]+/g, '');

/** `text` as HTML text, escaped as the serializer escapes it. */
export { escapeHtml };

/** An integer attribute, or `undefined`. */
function integer(element: HElement, name: string): number | undefined {
  const value = Number(attr(element, name));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export interface HtmlContext {
  warnings: Warnings;
  /** Recognizes a site's own ad markers (WordPress plugins' comments and wrappers): an ad block, or `undefined`. */
  ad?: (node: HNode) => AdBlock | undefined;
  /** Recognizes a site's own markup before the generic rules (WordPress galleries, embeds): blocks, or `undefined`. */
  special?: (element: HElement, path: string, context: HtmlContext) => Block[] | undefined;
}

/** Blocks from the markup `html`, found at `path` in the source (`content.rendered`). */
export function htmlToBlocks(html: string, path: string, context: HtmlContext): Block[] {
  const nodes = parseHtml(html);
  if (!nodes) {
    context.warnings.add(path, 'could not be parsed (the page refused the parse under Trusted Types)');
    return [];
  }
  return nodesToBlocks(nodes, path, context);
}

/** Blocks from parsed nodes. */
export function nodesToBlocks(nodes: readonly HNode[], path: string, context: HtmlContext): Block[] {
  const blocks: Block[] = [];
  let inline: HNode[] = [];
  const flush = () => {
    if (inline.some((node) => (node.type === 'text' ? !blank(node.text) : node.type === 'element'))) {
      const html = serializeHtml(inline).trim();
      if (!blank(textOf(inline)) || /<(img|br)\b/.test(html)) blocks.push({ type: 'paragraph', html });
    }
    inline = [];
  };
  const counts = new Map<string, number>();
  for (const node of nodes) {
    const ad = context.ad?.(node);
    if (ad) {
      flush();
      blocks.push(ad);
      continue;
    }
    if (node.type === 'comment') continue;
    if (node.type === 'text' || (INLINE.has(node.name) && !hasBlocks(node))) {
      inline.push(node);
      continue;
    }
    const n = (counts.get(node.name) ?? 0) + 1;
    counts.set(node.name, n);
    const at = `${path} > ${node.name}[${n}]`;
    flush();
    blocks.push(...elementToBlocks(node, at, context));
  }
  flush();
  return blocks;
}

/** Whether an inline element holds block content (a link around a figure, say). */
function hasBlocks(element: HElement): boolean {
  return elementsOf(element.children).some((child) => !INLINE.has(child.name) || hasBlocks(child));
}

function elementToBlocks(element: HElement, path: string, context: HtmlContext): Block[] {
  const { warnings } = context;
  const special = context.special?.(element, path, context);
  if (special) return special;
  const name = element.name;
  if (!element.html) {
    warnings.add(path, `<${name}> (SVG or MathML) has no Article JSON block; dropped`);
    return [];
  }
  if (IGNORED.has(name)) return [];
  switch (name) {
    case 'p':
      return paragraph(element, path, context);
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const text = textOf(element.children).replace(/\s+/g, ' ').trim();
      if (!text) return [];
      const level = Number(name[1]);
      const clamped = Math.min(4, Math.max(2, level)) as 2 | 3 | 4;
      if (clamped !== level) warnings.add(path, `<${name}> becomes a level ${clamped} heading (the body has levels 2 to 4)`);
      return [{ type: 'heading', text, level: clamped, ...blockAttributes(element) }];
    }
    case 'figure':
      return figure(element, path, context);
    case 'img': {
      const image = imageOf(element, path, context);
      return image ? [{ type: 'image', ...image }] : [];
    }
    case 'picture': {
      const img = elementsOf(element.children).find((child) => child.name === 'img');
      const image = img && imageOf(img, `${path} > img[1]`, context);
      return image ? [{ type: 'image', ...image }] : [];
    }
    case 'blockquote':
      return quote(element, path, context);
    case 'ul':
    case 'ol':
      return list(element, path, context);
    case 'hr':
      return [{ type: 'divider' }];
    case 'iframe':
      return embed(element, path, context);
    case 'ad-slot':
      return [adOf(element)];
    case 'table':
    case 'pre':
    case 'dl':
    case 'form':
    case 'video':
    case 'audio':
    case 'object':
    case 'embed':
    case 'canvas':
    case 'details':
      warnings.add(path, `<${name}> has no Article JSON block; dropped`);
      return [];
    default:
      if (attr(element, 'data-news-ad') !== undefined) return [adOf(element)];
      if (!WRAPPERS.has(name) && !INLINE.has(name)) warnings.add(path, `<${name}> is read as a wrapper: its content is kept, the element is not`);
      return nodesToBlocks(element.children, path, context);
  }
}

/** `lang`, `dir` and `data-block-id` (the block's id) of a block's element. */
function blockAttributes(element: HElement): { lang?: string; dir?: 'ltr' | 'rtl'; id?: string } {
  const lang = attr(element, 'lang');
  const dir = attr(element, 'dir')?.toLowerCase();
  const id = attr(element, 'data-block-id');
  return { ...(id ? { id } : {}), ...(lang ? { lang } : {}), ...(dir === 'ltr' || dir === 'rtl' ? { dir } : {}) };
}

/** A paragraph, or the blocks inside one that the CMS put there (an iframe, an image alone). */
function paragraph(element: HElement, path: string, context: HtmlContext): Block[] {
  const children = element.children;
  if (children.some((child) => child.type === 'element' && !INLINE.has(child.name) && child.name !== 'img')) return nodesToBlocks(children, path, context);
  const images = elementsOf(children).filter((child) => child.name === 'img');
  // An image alone in a paragraph (the classic editor's way) is an image block.
  if (images.length === 1 && blank(textOf(children))) {
    const image = imageOf(images[0]!, `${path} > img[1]`, context);
    return image ? [{ type: 'image', ...image }] : [];
  }
  if (images.length) context.warnings.add(path, 'images inside a paragraph of text are dropped (the paragraph keeps its text)');
  const inline = children.filter((child) => !(child.type === 'element' && child.name === 'img'));
  if (blank(textOf(inline))) return [];
  return [{ type: 'paragraph', html: serializeHtml(inline).trim(), ...blockAttributes(element) }];
}

/** The image of an `<img>`: src, alt, size, srcset; a missing alt is a warning. */
export function imageOf(img: HElement, path: string, context: HtmlContext): Image | undefined {
  const src = attr(img, 'src') ?? attr(img, 'data-src');
  if (!src) {
    context.warnings.add(path, '<img> without src; dropped');
    return undefined;
  }
  const alt = attr(img, 'alt');
  if (alt === undefined || !alt.trim()) context.warnings.add(path, `<img src="${src.slice(0, 60)}"> has no alt text; give it one (it is kept as "")`);
  const image: Image = { src, alt: alt?.trim() ?? '' };
  const width = integer(img, 'width');
  const height = integer(img, 'height');
  if (width && height) Object.assign(image, { width, height });
  const srcset = attr(img, 'srcset');
  if (srcset) image.srcset = srcset.trim();
  const sizes = attr(img, 'sizes');
  if (srcset && sizes) image.sizes = sizes.trim();
  const lang = attr(img, 'lang');
  if (lang) image.lang = lang;
  const focal = attr(img, 'data-focal-point')?.trim().split(/\s+/).map(Number);
  if (focal?.length === 2 && focal.every((n) => n >= 0 && n <= 1)) image.focalPoint = { x: focal[0]!, y: focal[1]! };
  return image;
}

/** A figure: an image with its caption and credit, a gallery of several, or an embed. */
function figure(element: HElement, path: string, context: HtmlContext): Block[] {
  // An embed written as a link (renderArticleHTML's way: without JavaScript, a link to follow).
  if (attr(element, 'data-news-embed') !== undefined) {
    const link = findAll(element, 'a')[0];
    const url = link && attr(link, 'href');
    const title = link && textOf(link.children).trim();
    if (!url || !title) {
      context.warnings.add(path, 'an embed without a link and its title; dropped');
      return [];
    }
    const width = integer(element, 'data-width');
    const height = integer(element, 'data-height');
    return [{ type: 'embed', url, title, ...(width && height ? { width, height } : {}), ...blockAttributes(element) }];
  }
  const caption = elementsOf(element.children).find((child) => child.name === 'figcaption');
  const { html, credit } = captionOf(caption);
  // Figures in a figure (a WordPress gallery block): a gallery, each image with its own caption.
  const inner = findAll(element, 'figure');
  if (inner.length) {
    const images = inner.flatMap((child, i) => {
      const img = findAll(child, 'img')[0];
      const image = img && imageOf(img, `${path} > figure[${i + 1}] > img[1]`, context);
      if (!image) return [];
      const own = captionOf(elementsOf(child.children).find((c) => c.name === 'figcaption'));
      return [{ ...image, ...(own.html ? { caption: own.html } : {}), ...(own.credit ? { credit: own.credit } : {}) }];
    });
    const title = attr(element, 'data-title');
    return images.length ? [{ type: 'gallery', images, ...(html ? { caption: html } : {}), ...(title ? { title } : {}), ...blockAttributes(element) }] : [];
  }
  const images = findAll(element, 'img');
  const frame = findAll(element, 'iframe')[0];
  if (frame && !images.length) {
    const [block] = embed(frame, `${path} > iframe[1]`, context);
    return block ? [block] : [];
  }
  if (!images.length) {
    context.warnings.add(path, '<figure> without an image; its caption is kept as a paragraph');
    return html ? [{ type: 'paragraph', html }] : [];
  }
  const read = images.map((img, i) => imageOf(img, `${path} > img[${i + 1}]`, context)).filter((image): image is Image => !!image);
  if (read.length > 1) return [{ type: 'gallery', images: read, ...(html ? { caption: html } : {}) }];
  const image = read[0];
  if (!image) return [];
  return [{ type: 'image', ...image, ...(html ? { caption: html } : {}), ...(credit ? { credit } : {}), ...blockAttributes(element) }];
}

/** The descendants of `element` named `name`, in document order. */
function findAll(element: HElement, name: string): HElement[] {
  return outermost(element, (e) => e.name === name, (e) => e.name === 'figcaption');
}

/** The descendants of `element` that pass `test`, in document order, not looking inside them (nor inside those `skip` passes). */
export function outermost(element: HElement, test: (e: HElement) => boolean, skip: (e: HElement) => boolean = () => false): HElement[] {
  const found: HElement[] = [];
  for (const child of elementsOf(element.children)) {
    if (test(child)) found.push(child);
    else if (!skip(child)) found.push(...outermost(child, test, skip));
  }
  return found;
}

/** A caption's markup without its credit element, and the credit's text. */
export function captionOf(caption: HElement | undefined): { html?: string; credit?: string } {
  if (!caption) return {};
  const creditElement = caption.children.find(isCredit);
  const credit = creditElement ? textOf(creditElement.children).trim() : undefined;
  const rest = caption.children.filter((child) => child !== creditElement);
  const html = blank(textOf(rest)) ? undefined : serializeHtml(rest).trim().replace(/^(<br>\s*)+|(\s*<br>)+$/g, '');
  return { ...(html ? { html } : {}), ...(credit ? { credit } : {}) };
}

/** A blockquote: its paragraphs joined by line breaks, and its `<cite>` or `<footer>` as the cite. */
function quote(element: HElement, path: string, context: HtmlContext): Block[] {
  const source = elementsOf(element.children).find((child) => child.name === 'cite' || child.name === 'footer');
  const cite = source ? textOf(source.children).replace(/^[\s—–-]+/, '').trim() : undefined;
  const parts: string[] = [];
  let inline: HNode[] = [];
  const flush = () => {
    if (!blank(textOf(inline))) parts.push(serializeHtml(inline).trim());
    inline = [];
  };
  for (const child of element.children) {
    if (child === source) continue;
    if (child.type === 'element' && !INLINE.has(child.name)) {
      flush();
      if (child.name !== 'p') context.warnings.add(`${path} > ${child.name}`, `<${child.name}> inside a quote is kept as its text`);
      const html = child.name === 'p' ? serializeHtml(child.children).trim() : escapeHtml(textOf(child.children).trim());
      if (html) parts.push(html);
    } else inline.push(child);
  }
  flush();
  if (!parts.length) return [];
  const kind = classes(element).find((name) => name === 'twitter-tweet' || name === 'instagram-media');
  if (kind) context.warnings.add(path, `an embedded ${kind === 'twitter-tweet' ? 'post from X' : 'Instagram post'} is kept as a quote with its text`);
  return [{ type: 'quote', html: parts.join('<br>'), ...(cite ? { cite } : {}), ...blockAttributes(element) }];
}

/** A list: one item per `<li>`; nested lists are flattened into the item's text. */
function list(element: HElement, path: string, context: HtmlContext): Block[] {
  const items: string[] = [];
  let nested = false;
  for (const li of elementsOf(element.children).filter((child) => child.name === 'li')) {
    const own = li.children.filter((child) => !(child.type === 'element' && (child.name === 'ul' || child.name === 'ol')));
    if (own.length !== li.children.length) nested = true;
    const html = serializeHtml(own.flatMap((child) => (child.type === 'element' && child.name === 'p' ? child.children : [child]))).trim();
    if (!blank(textOf(own))) items.push(html);
    for (const sub of elementsOf(li.children).filter((child) => child.name === 'ul' || child.name === 'ol')) {
      for (const item of elementsOf(sub.children).filter((child) => child.name === 'li')) items.push(escapeHtml(textOf(item.children).trim()));
    }
  }
  if (nested) context.warnings.add(path, 'a nested list is flattened into the list');
  return items.length ? [{ type: 'list', items, ...(element.name === 'ol' ? { ordered: true } : {}), ...blockAttributes(element) }] : [];
}

/** An iframe embed: https only; its title is its accessible name. */
function embed(element: HElement, path: string, context: HtmlContext): Block[] {
  const src = attr(element, 'src') ?? attr(element, 'data-src');
  if (!src || !/^https:\/\//i.test(src)) {
    context.warnings.add(path, `<iframe${src ? ` src="${src.slice(0, 60)}"` : ''}> is not an https embed; dropped`);
    return [];
  }
  let title = attr(element, 'title')?.trim();
  if (!title) {
    title = 'Embedded content';
    context.warnings.add(path, `<iframe src="${src.slice(0, 60)}"> has no title; give it one (it is called "${title}")`);
  }
  const width = integer(element, 'width');
  const height = integer(element, 'height');
  return [{ type: 'embed', url: src, title, ...(width && height ? { width, height } : {}) }];
}

/** An ad marker: `<ad-slot sizes unit label>` or an element with `data-news-ad` (`data-sizes`, `data-unit`, `data-label`). */
function adOf(element: HElement): AdBlock {
  const get = (name: string) => attr(element, name) ?? attr(element, `data-${name}`);
  const sizes = get('sizes');
  const unit = get('unit');
  const label = get('label');
  return { type: 'ad', ...(sizes ? { sizes } : {}), ...(unit ? { unit } : {}), ...(label ? { label } : {}) };
}
