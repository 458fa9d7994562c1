/**
 * The `anf` format: an Apple News Format document (the `article.json` of an ANF bundle).
 *
 *   headline        `title` (the document's, not the `title` component: that one is often
 *                   set for display, "EXPLORING\nTHE LAND OF…")
 *   subheadline     `subtitle`; lang `language`; id `identifier`
 *   metadata        `datePublished`, `dateModified` (left out when it equals the publication),
 *                   `authors[]` (names), `canonicalURL` → url, `keywords[]` → tags,
 *                   `excerpt` → summary. ANF has no section.
 *   lead image      the first image (a `photo`, `figure`, `portrait` or `image` component, or
 *                   an image `style.fill`, inline or named in `componentStyles`) that comes
 *                   before the first `body` component; later fills become image blocks
 *   body            `components[]`, depth first (`container`, `section`, `chapter`, `header`,
 *                   `aside` and `collection` are looked through)
 *
 * Components:
 * - `body`, `intro`: by `format`: `html` goes through html.ts; `markdown` is read for
 *   paragraphs (blank lines), `-`/`*`/`+` and `1.` list items, `[text](url)`, `**strong**`,
 *   `*em*`/`_em_` and backslash escapes, everything else is text; no format is plain text,
 *   paragraphs at blank lines, line breaks at `\n`, links from `additions`. A `body` anchored
 *   to another component (`anchor.targetComponentIdentifier`) is a pull quote set beside that
 *   text: a quote.
 * - `heading`, `heading1`…`heading6`: headings, `heading1` at level 2 and levels past 4 at 4
 *   (warnings).
 * - images: `URL`; alt from `accessibilityCaption` (a warning without one); the caption is the
 *   `caption` component right after the image (what Apple News shows under it), else the
 *   image's own `caption` (shown full screen). `gallery`, `mosaic` (its tiles lost: a warning)
 *   → a gallery, each item with its caption; a `caption` component after it is the gallery's.
 * - credits: a caption that ends in a labelled credit (`PHOTO: L. ZHAN`, `Photos: …`,
 *   `Image: …`, `Credit: …`: capitalized, after a space, the last colon of the caption) or in
 *   parentheses holding such a label or capitalized names around a slash (`(Lorem/Ipsum)`,
 *   `(AP Photo/J. Doe)`, not `(2010/11)` or `(and/or)`) gives the image that credit (the
 *   name, without its label) and keeps the rest as its caption. A gallery's own caption (the
 *   `caption` component after it) is kept whole.
 * - `pullquote`, `quote` → quote; the next `pullquote` or `author` whose text starts with a
 *   dash (`— LOREM SIT AMET`) is its cite.
 * - `divider` → divider, except inside a `header` and where it would start or end the body
 *   or follow another divider (decoration, dropped silently).
 * - ads: `banner_advertisement` by `bannerType`: `standard` 320x50, `double_height` 320x100,
 *   `large` 320x250, and `any` (the default) all three; `medium_rectangle_advertisement`
 *   300x250.
 * - `embedwebvideo` → an embed when its URL is https YouTube or Vimeo (title from
 *   `accessibilityCaption` or `caption`, else "Video" and a warning).
 * - dropped with a warning: tweets, Instagram, Facebook and TikTok posts, maps, places, video,
 *   audio, music, link buttons, article links, tables, AR, photographer and illustrator
 *   credits, unknown roles. Dropped silently: `title`, `byline`, `author` (the metadata
 *   has the names; without `metadata.authors` the `author` components are the authors),
 *   `spacer`, `logo`, hidden components.
 *
 * `bundle://name.jpg` URLs name files of the bundle: they resolve against `baseURL`, the
 * folder the bundle was unpacked to (with a trailing slash) or the URL of its
 * `article.json`. Without `baseURL` such images are dropped with a warning.
 */
import type { Block, GalleryBlock, Image, Person, QuoteBlock } from '../article/types.js';
import { attr, parseHtml, type HNode } from '../internal/html-tree.js';
import { escapeHtml, nodesToBlocks } from './html.js';
import { Warnings, type Mapped, type Mapper } from './types.js';
import { clean, escapeAttribute, isoDate, isRecord, type Json, list, pageUrl, type Run as Source, str } from './util.js';

const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Roles whose `components[]` are read in their place. */
const CONTAINERS = new Set(['container', 'section', 'chapter', 'header', 'aside', 'collection']);
const IMAGES = new Set(['photo', 'figure', 'portrait', 'image']);
const HEADING = /^heading([1-6])?$/;
/** Content with no Article JSON block: dropped with a warning. */
const CONTENT: Record<string, string> = {
  tweet: 'a post on X (Twitter)',
  instagram: 'an Instagram post',
  facebook_post: 'a Facebook post',
  tiktok: 'a TikTok video',
  map: 'a map',
  place: 'a place on a map',
  video: 'a video',
  audio: 'an audio clip',
  music: 'a music track',
  link_button: 'a link button',
  article_link: 'a link to another article',
  htmltable: 'a table',
  datatable: 'a table',
  arkit: 'an AR model',
  photographer: "the article's photographer credit",
  illustrator: "the article's illustrator credit",
};
/** Layout and metadata shown again: dropped silently. */
const SILENT = new Set(['title', 'byline', 'spacer', 'logo', 'author']);
const BANNERS: Record<string, string> = {
  standard: '320x50',
  double_height: '320x100',
  large: '320x250',
  any: '320x50 320x100 320x250',
};
const VIDEO_HOST = /^https:\/\/(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com|youtu\.be|(?:player\.)?vimeo\.com)\//i;
const DASH = /^\s*[—–-]+\s*/;
/** A labelled credit at the end of a caption: "PHOTO: L. ELLIS", "Photos: A and B". */
const LABELLED = /(^|\s)(?:PHOTO(?:GRAPH)?S?|Photo(?:graph)?s?|PHOTO CREDIT|Photo credit|IMAGE|Image|PICTURE|Picture|CREDIT|Credit)\s*:\s*([^:<>]{1,80})$/;
/** A credit in parentheses at the end of a caption: "(Lorem/Ipsum)", "(AP Photo/J. Doe)" (capitals around the slash). */
const PARENTHESIZED = /(^|\s)\(([^()<>]{1,80})\)$/;

/** What the previous component became: a caption or a cite after it belongs to it. */
type Last = { kind: 'image'; image: Image; path: string } | { kind: 'gallery'; block: GalleryBlock } | { kind: 'quote'; block: QuoteBlock } | { kind: 'dropped' };

interface Run {
  readonly w: Warnings;
  readonly baseURL?: string;
  readonly styles: Json;
  readonly article: Mapped['article'];
  readonly blocks: Block[];
  /** Whether a `body` was read: images after it are no longer the lead. */
  text: boolean;
  /** The names in `metadata.authors`: then `author` components repeat them. */
  authors: boolean;
  last?: Last;
}

export const fromAnf: Mapper = (source, options) => {
  const w = new Warnings();
  if (!isRecord(source)) {
    w.add('', 'is not an Apple News Format document (an object with title and components)');
    return { article: {}, warnings: w.list };
  }
  const article: Mapped['article'] = {};
  const title = str(source['title']);
  if (title) article.headline = clean(title);
  const subtitle = str(source['subtitle']);
  if (subtitle) article.subheadline = clean(subtitle);
  const language = str(source['language']) ?? options.lang;
  if (language) article.lang = language.trim();
  else w.add('language', 'is missing: pass lang; read as "und"');
  article.lang ??= 'und';
  const identifier = str(source['identifier']);
  if (identifier) article.id = identifier.trim();
  const authors = metadata(source['metadata'], article, { w, baseURL: options.baseURL });

  const run: Run = { w, baseURL: options.baseURL, styles: isRecord(source['componentStyles']) ? source['componentStyles'] : {}, article, blocks: [], text: false, authors };
  if (!Array.isArray(source['components'])) w.add('components', 'is missing: the article has no body');
  readComponents(source['components'], 'components', run, false);
  while (run.blocks.at(-1)?.type === 'divider') run.blocks.pop();
  article.body = run.blocks;
  return { article, warnings: w.list };
};

/** The `metadata` fields; whether it names the authors. */
function metadata(value: unknown, article: Mapped['article'], source: Source): boolean {
  const { w } = source;
  if (!isRecord(value)) return false;
  const published = isoDate(value['datePublished'], 'metadata.datePublished', source);
  const modified = isoDate(value['dateModified'], 'metadata.dateModified', source);
  if (published) article.datePublished = published;
  if (modified && modified !== published) article.dateModified = modified;
  const url = pageUrl(value['canonicalURL'], 'metadata.canonicalURL', source);
  if (url) article.url = url;
  const excerpt = str(value['excerpt']);
  if (excerpt) article.summary = clean(excerpt);
  const people: Person[] = [];
  list(value['authors']).forEach((name, i) => {
    if (str(name)) people.push({ name: clean(name as string) });
    else w.add(`metadata.authors[${i}]`, 'is not a name; dropped');
  });
  if (people.length) article.authors = people;
  const tags = [...new Set(list(value['keywords']).filter((tag): tag is string => !!str(tag)).map(clean))];
  if (tags.length) article.tags = tags;
  return people.length > 0;
}

function readComponents(components: unknown, path: string, run: Run, inHeader: boolean): void {
  list(components).forEach((component, i) => readComponent(component, `${path}[${i}]`, run, inHeader));
}

function readComponent(c: unknown, path: string, run: Run, inHeader: boolean): void {
  const { w } = run;
  if (!isRecord(c) || !str(c['role'])) {
    w.add(path, 'is not a component (an object with a role); dropped');
    return;
  }
  if (c['hidden'] === true) return;
  const role = (c['role'] as string).trim();
  fill(c, path, run);
  if (CONTAINERS.has(role)) {
    readComponents(c['components'], `${path}.components`, run, inHeader || role === 'header');
    return;
  }
  const heading = HEADING.exec(role);
  if (heading) return headingOf(c, role, Number(heading[1] ?? 2), path, run);
  if (IMAGES.has(role)) {
    const image = imageOf(c, role, path, run);
    if (image) place(image, path, run);
    else run.last = { kind: 'dropped' };
    return;
  }
  switch (role) {
    case 'body':
    case 'intro':
      return textComponent(c, role, path, run);
    case 'caption':
      return caption(c, path, run);
    case 'gallery':
    case 'mosaic':
      return gallery(c, role, path, run);
    case 'pullquote':
    case 'quote':
      if (cite(c, run)) return;
      return quote(c, role, path, run);
    case 'author':
      if (cite(c, run)) return;
      if (!run.authors && str(c['text'])) {
        const name = clean(c['text'] as string).replace(/^by\s+/i, '');
        (run.article.authors ??= []).push({ name });
        w.add(path, `metadata.authors is missing: the author component "${cut(name)}" is read as an author`);
      }
      break;
    case 'byline':
      if (!run.authors && str(c['text'])) w.add(path, `the byline "${cut(clean(c['text'] as string))}" is not read as authors (put the names in metadata.authors); dropped`);
      break;
    case 'title':
      if (!run.article.headline && str(c['text'])) {
        run.article.headline = clean(c['text'] as string);
        w.add(path, 'the document has no title: the title component is the headline');
      }
      break;
    case 'divider':
      // Decoration around titles: in the header, at the start of the body, twice in a row.
      if (!inHeader && run.blocks.length && run.blocks.at(-1)!.type !== 'divider') push({ type: 'divider' }, run);
      break;
    case 'banner_advertisement': {
      const type = str(c['bannerType'])?.trim() ?? 'any';
      if (!BANNERS[type]) w.add(`${path}.bannerType`, `"${cut(type)}" is not a banner type; read as "any"`);
      push({ type: 'ad', sizes: BANNERS[type] ?? BANNERS['any']! }, run);
      break;
    }
    case 'medium_rectangle_advertisement':
      push({ type: 'ad', sizes: '300x250' }, run);
      break;
    case 'embedwebvideo':
    case 'embedvideo':
      embed(c, path, run);
      break;
    default:
      // What is dropped silently (layout, metadata) does not part an image from its caption.
      if (SILENT.has(role)) break;
      if (CONTENT[role]) {
        const what = str(c['URL']) ?? str(c['text']);
        w.add(path, `${CONTENT[role]}${what ? ` (${cut(clean(what))})` : ''} has no Article JSON block; dropped`);
      } else w.add(path, `the role "${cut(role)}" has no Article JSON block; dropped`);
      run.last = { kind: 'dropped' };
  }
}

/** A block that nothing after it attaches to. */
function push(block: Block, run: Run): void {
  run.blocks.push(block);
  run.last = undefined;
}

/** The image of a component's `style.fill` (inline, or named in `componentStyles`). */
function fill(c: Json, path: string, run: Run): void {
  const named = str(c['style']);
  const style = isRecord(c['style']) ? c['style'] : named ? run.styles[named.trim()] : undefined;
  const value = isRecord(style) ? style['fill'] : undefined;
  if (!isRecord(value)) return;
  const at = `${path}.style${named ? ` ("${cut(named)}" in componentStyles)` : ''}.fill`;
  if (value['type'] === 'video') run.w.add(at, 'a video fill has no Article JSON block; dropped');
  if (value['type'] !== 'image') return;
  const src = urlOf(value['URL'], `${at}.URL`, run);
  if (!src) return;
  run.w.add(at, 'a fill image has no alt text (ANF has none for fills): its alt is ""');
  place({ src, alt: '' }, at, run);
}

/** An image: the lead while no body text was read, else an image block. */
function place(image: Image, path: string, run: Run): void {
  if (!run.text && !run.article.image) {
    run.article.image = image;
    run.last = { kind: 'image', image, path };
    return;
  }
  const block = { type: 'image' as const, ...image };
  run.blocks.push(block);
  run.last = { kind: 'image', image: block, path };
}

/** An http(s) URL as it is, a `bundle://` one resolved against `baseURL`. */
function urlOf(value: unknown, path: string, run: Run): string | undefined {
  const url = str(value)?.trim();
  if (!url) {
    run.w.add(path, 'is missing: the image is dropped');
    return undefined;
  }
  if (!/^bundle:\/\//i.test(url)) return url;
  if (run.baseURL) {
    try {
      return new URL(url.slice('bundle://'.length), run.baseURL).href;
    } catch {
      run.w.add(path, `${cut(url)} cannot be resolved against baseURL "${cut(run.baseURL)}"; the image is dropped`);
      return undefined;
    }
  }
  run.w.add(path, `${cut(url)} is a file of the ANF bundle: pass baseURL (the folder the bundle was unpacked to) to keep it; the image is dropped`);
  return undefined;
}

function imageOf(c: Json, role: string, path: string, run: Run): Image | undefined {
  const src = urlOf(c['URL'], `${path}.URL`, run);
  if (!src) return undefined;
  const alt = str(c['accessibilityCaption']);
  if (!alt) run.w.add(path, `the ${role} has no accessibilityCaption: its alt is "" (give it one)`);
  const image: Image = { src, alt: alt ? clean(alt) : '' };
  Object.assign(image, captionOf(c['caption'], `${path}.caption`, run));
  return image;
}

/** A caption (a string or a caption descriptor `{ text, format }`) as inline HTML and a credit. */
function captionOf(value: unknown, path: string, run: Run): { caption?: string; credit?: string } {
  const descriptor = isRecord(value) ? value : { text: value };
  const html = inlineOf(descriptor, 'caption', isRecord(value) ? `${path}.text` : path, run);
  return html ? splitCredit(html) : {};
}

/**
 * A credit written at the end of a caption: after a capitalized label ("PHOTO: L. ZHAN") or in
 * parentheses holding a slash or a label ("(Lorem/Ipsum)"). Anything else stays caption text.
 */
function splitCredit(html: string): { caption?: string; credit?: string } {
  const text = html.trim();
  let match = LABELLED.exec(text);
  let credit = match?.[2];
  if (!match) {
    match = PARENTHESIZED.exec(text);
    const inner = match?.[2]?.trim();
    const agency = !!inner?.includes('/') && inner.split('/').every((part) => /^\s*\p{Lu}/u.test(part));
    if (inner && (agency || LABELLED.test(` ${inner}`))) credit = LABELLED.exec(` ${inner}`)?.[2] ?? inner;
  }
  if (!match || !credit?.trim()) return text ? { caption: text } : {};
  const caption = text.slice(0, match.index).trim();
  return { ...(caption ? { caption } : {}), credit: decode(clean(credit)) };
}

/** Plain text from the escaped text of a caption. */
const decode = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|nbsp|#39|#x27);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', '#39': "'", '#x27': "'" })[name] ?? '');

function caption(c: Json, path: string, run: Run): void {
  const last = run.last;
  run.last = undefined;
  if (last?.kind === 'dropped') {
    run.w.add(path, 'the caption of a component that was dropped; dropped');
    return;
  }
  if (last?.kind !== 'image' && last?.kind !== 'gallery') {
    if (str(c['text'])) run.w.add(path, 'a caption with no image before it; dropped');
    return;
  }
  const html = inlineOf(c, 'caption', `${path}.text`, run);
  if (!html) return;
  if (last.kind === 'gallery') {
    last.block.caption = html;
    return;
  }
  const { caption: text, credit } = splitCredit(html);
  const image = last.image;
  if (image.caption && text && image.caption !== text) {
    run.w.add(`${last.path}.caption`, 'the image\'s own caption (shown full screen) differs from the caption component after it, which is kept');
  }
  if (text) image.caption = text;
  if (credit) image.credit = credit;
}

function gallery(c: Json, role: string, path: string, run: Run): void {
  const items = list(c['items']);
  const images = items.flatMap((item, i): Image[] => {
    const at = `${path}.items[${i}]`;
    if (!isRecord(item)) {
      run.w.add(at, 'is not a gallery item; dropped');
      return [];
    }
    const image = imageOf(item, `${role} item`, at, run);
    return image ? [image] : [];
  });
  if (!images.length) {
    run.w.add(path, `a ${role} with no image${items.length ? ' left' : 's'}; dropped`);
    run.last = { kind: 'dropped' };
    return;
  }
  if (role === 'mosaic') run.w.add(path, 'a mosaic becomes a gallery: its tiled layout is not kept');
  const block: GalleryBlock = { type: 'gallery', images };
  run.blocks.push(block);
  run.last = { kind: 'gallery', block };
}

function headingOf(c: Json, role: string, level: number, path: string, run: Run): void {
  run.last = undefined;
  const html = inlineOf(c, role, `${path}.text`, run);
  const text = html && clean(decode(html.replace(/<br>/g, ' ').replace(/<[^>]*>/g, '')));
  if (!text) return;
  const clamped = Math.min(4, Math.max(2, level)) as 2 | 3 | 4;
  if (clamped !== level) run.w.add(path, `a ${role} becomes a level ${clamped} heading (the body has levels 2 to 4)`);
  run.blocks.push({ type: 'heading', text, level: clamped });
}

function quote(c: Json, role: string, path: string, run: Run): void {
  const html = inlineOf(c, role, `${path}.text`, run);
  run.last = undefined;
  if (!html) return;
  const block: QuoteBlock = { type: 'quote', html };
  run.blocks.push(block);
  run.last = { kind: 'quote', block };
}

/** A dash-led `pullquote` or `author` right after a quote is its cite. */
function cite(c: Json, run: Run): boolean {
  const text = str(c['text']);
  if (run.last?.kind !== 'quote' || run.last.block.cite || !text || !DASH.test(text) || text.length > 120) return false;
  const name = clean(text.replace(DASH, ''));
  if (!name) return false;
  run.last.block.cite = name;
  run.last = undefined;
  return true;
}

function textComponent(c: Json, role: string, path: string, run: Run): void {
  run.last = undefined;
  const anchor = isRecord(c['anchor']) ? str(c['anchor']['targetComponentIdentifier']) : undefined;
  if (role === 'body' && anchor) return quote(c, role, path, run);
  const blocks = textBlocks(c, `${path}.text`, run);
  if (role === 'body' && blocks.length) run.text = true;
  run.blocks.push(...blocks);
}

/** The blocks of a text component, by its `format`. */
function textBlocks(c: Json, path: string, run: Run): Block[] {
  const text = typeof c['text'] === 'string' ? c['text'] : '';
  if (!text.trim()) return [];
  const format = str(c['format'])?.trim() ?? 'none';
  if (format === 'html') {
    const nodes = parseHtml(text);
    if (!nodes) {
      run.w.add(path, 'could not be parsed (the page refused the parse under Trusted Types)');
      return [];
    }
    return nodesToBlocks(withoutTextStyles(nodes), path, { warnings: run.w });
  }
  if (format === 'markdown') return markdownBlocks(text);
  if (format !== 'none') run.w.add(`${path.replace(/\.text$/, '')}.format`, `"${cut(format)}" is not a text format; read as plain text`);
  return plainBlocks(text, c['additions'], path.replace(/\.text$/, '.additions'), run);
}

/** Text of a component as one piece of inline HTML (its paragraphs joined by line breaks). */
function inlineOf(c: Json, role: string, path: string, run: Run): string | undefined {
  const parts: string[] = [];
  for (const block of textBlocks(c, path, run)) {
    if (block.type === 'paragraph' || block.type === 'quote') parts.push(block.html);
    else if (block.type === 'list') parts.push(...block.items);
    else if (block.type === 'heading') parts.push(escapeHtml(block.text));
    else run.w.add(path, `a ${block.type} inside the ${role}'s text is dropped`);
  }
  return parts.length ? parts.join('<br>') : undefined;
}

/** ANF's `<span data-anf-textstyle>` styles text: the span goes, its text stays. */
function withoutTextStyles(nodes: readonly HNode[]): HNode[] {
  return nodes.flatMap((node): HNode[] => {
    if (node.type !== 'element') return [node];
    const children = withoutTextStyles(node.children);
    if (node.name === 'span' && attr(node, 'data-anf-textstyle') !== undefined) {
      const attrs = node.attrs.filter(([name]) => name !== 'data-anf-textstyle');
      return attrs.length ? [{ ...node, attrs, children }] : children;
    }
    return [{ ...node, children }];
  });
}

// --- Plain text and Markdown ------------------------------------------------------------------

interface Link {
  start: number;
  end: number;
  url: string;
}

/** Plain text: paragraphs at blank lines, `<br>` at line breaks, links from `additions`. */
function plainBlocks(text: string, additions: unknown, path: string, run: Run): Block[] {
  const links: Link[] = [];
  list(additions).forEach((addition, i) => {
    if (!isRecord(addition) || addition['type'] !== 'link') return;
    const start = addition['rangeStart'];
    const length = addition['rangeLength'];
    const url = str(addition['URL']);
    const ok = Number.isInteger(start) && Number.isInteger(length) && (start as number) >= 0 && (length as number) > 0 && (start as number) + (length as number) <= text.length;
    if (!ok || !url) run.w.add(`${path}[${i}]`, 'a link without a URL or with a range outside the text; dropped');
    else if (links.some((link) => (start as number) < link.end && link.start < (start as number) + (length as number))) run.w.add(`${path}[${i}]`, 'a link that overlaps another; dropped');
    else links.push({ start: start as number, end: (start as number) + (length as number), url: url.trim() });
  });
  links.sort((a, b) => a.start - b.start);
  const used = new Set<Link>();
  const blocks: Block[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let from = 0;
  for (let match = separator.exec(text); ; match = separator.exec(text)) {
    const to = match ? match.index : text.length;
    const html = renderRange(text, from, to, links, used);
    if (html) blocks.push({ type: 'paragraph', html });
    if (!match) break;
    from = match.index + match[0].length;
  }
  const lost = links.filter((link) => !used.has(link)).length;
  if (lost) run.w.add(path, `${lost === 1 ? 'a link spans' : `${lost} links span`} a paragraph break; the text is kept without ${lost === 1 ? 'it' : 'them'}`);
  return blocks;
}

/** `text[from, to)` trimmed, escaped, with its links. */
function renderRange(text: string, from: number, to: number, links: Link[], used: Set<Link>): string {
  const start = from + (text.slice(from, to).length - text.slice(from, to).trimStart().length);
  const end = to - (text.slice(from, to).length - text.slice(from, to).trimEnd().length);
  if (end <= start) return '';
  const piece = (a: number, b: number) => escapeHtml(text.slice(a, b)).replace(/[ \t]*\n[ \t]*/g, '<br>');
  let html = '';
  let at = start;
  for (const link of links) {
    if (link.start < from || link.end > to) continue;
    const a = Math.max(link.start, start);
    const b = Math.min(link.end, end);
    used.add(link);
    if (b <= a) continue;
    html += `${piece(at, a)}<a href="${escapeAttribute(link.url)}">${piece(a, b)}</a>`;
    at = b;
  }
  return html + piece(at, end);
}

const ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

/** Markdown as ANF has it: paragraphs, lists, links, strong and emphasis; the rest is text. */
function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let lines: string[] = [];
    let items: string[] = [];
    let ordered = false;
    const paragraph = () => {
      if (lines.length) blocks.push({ type: 'paragraph', html: markdownInline(lines.join(' ')) });
      lines = [];
    };
    const itemsDone = () => {
      if (items.length) blocks.push({ type: 'list', items: items.map(markdownInline), ...(ordered ? { ordered: true } : {}) });
      items = [];
    };
    for (const line of chunk.split('\n')) {
      const item = ITEM.exec(line);
      if (item && item[2]!.trim()) {
        const numbered = /\d/.test(item[1]!);
        if (items.length && numbered !== ordered) itemsDone();
        paragraph();
        ordered = numbered;
        items.push(item[2]!.trim());
      } else if (items.length && /^\s+\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
      else if (line.trim()) {
        itemsDone();
        lines.push(line.trim());
      }
    }
    paragraph();
    itemsDone();
  }
  return blocks;
}

/** One Markdown paragraph or list item as inline HTML. */
function markdownInline(text: string): string {
  const escapes: string[] = [];
  const links: string[] = [];
  let s = text
    .replace(/[\uE000-\uE003]/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!~<>])/g, (_m, char: string) => `\uE000${escapes.push(char) - 1}\uE001`)
    .replace(/\[([^\]\n]+)\]\(\s*<?([^()\s<>]+)>?(?:\s+"([^"\n]*)")?\s*\)/g, (_m, label: string, url: string, title?: string) => {
      const link = `<a href="${escapeAttribute(url)}"${title ? ` title="${escapeAttribute(title)}"` : ''}>${emphasis(escapeHtml(label))}</a>`;
      return `\uE002${links.push(link) - 1}\uE003`;
    });
  s = emphasis(escapeHtml(s));
  s = s.replace(/\uE002(\d+)\uE003/g, (_m, i: string) => links[Number(i)]!);
  return s.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escapeHtml(escapes[Number(i)]!)).trim();
}

function emphasis(html: string): string {
  return html
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w])__(?=\S)([^_]*?\S)__(?!\w)/g, '$1<strong>$2</strong>')
    .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*|\*([^\s*])\*/g, (_m, a?: string, b?: string) => `<em>${a ?? b}</em>`)
    .replace(/(^|[^\w])_(?=[^\s_])([^_]*?[^\s_]|[^\s_])_(?!\w)/g, '$1<em>$2</em>');
}

// --- Embeds ------------------------------------------------------------------------------------

function embed(c: Json, path: string, run: Run): void {
  const url = str(c['URL'])?.trim();
  if (!url || !VIDEO_HOST.test(url)) {
    run.w.add(path, `a web video${url ? ` (${cut(url)})` : ''} that is not an https YouTube or Vimeo URL has no Article JSON block; dropped`);
    run.last = { kind: 'dropped' };
    return;
  }
  const captionText = isRecord(c['caption']) ? str(c['caption']['text']) : str(c['caption']);
  let title = str(c['accessibilityCaption']) ?? captionText;
  if (!title) run.w.add(path, 'a web video has no caption or accessibilityCaption: its title is "Video" (give it one)');
  title = title ? clean(title) : 'Video';
  push({ type: 'embed', url, title }, run);
}
