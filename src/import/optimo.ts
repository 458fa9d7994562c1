/**
 * BBC Optimo articles (and the older CPS photo galleries) → Article JSON.
 *
 * Two shapes, both as the BBC's Ares API serves them to Simorgh under `data.article`:
 * - Optimo (`content.model.blocks[]`): a tree of `{ type, model: { blocks } }` nodes. Text is
 *   `text > paragraph > fragment | urlLink` (fragments are plain text with `bold`/`italic`
 *   attributes); images are `image > caption, altText, rawImage`; `mpu` is an in-body ad.
 * - CPS (`metadata.type`, for instance `"PGL"`, with a flat `content.blocks[]`): a photo
 *   gallery's images become one gallery block.
 *
 * Image URLs follow Simorgh's iChef scheme: `https://ichef.bbci.co.uk/news/{width}/{originCode}/{locator}`
 * (a CPS image: `/news/{width}{path}`), a `src` at 640 pixels (or the original width, when
 * smaller) and a `srcset` of 240, 320, 480, 624 and 800 capped at the original width.
 * Relative BBC locators (`/gujarati/international`) are paths on https://www.bbc.com.
 */
import type { Block, Image, ListBlock, Organization, Person, Section } from '../article/types.js';
import { safeUrl } from '../internal/url.js';
import { escapeHtml } from './html.js';
import { Warnings, type Mapped, type Mapper } from './types.js';
import { at, escapeAttribute, isRecord, list, pixels, record, str, type Json, type Run } from './util.js';

/** A node's children: its `model.blocks`. */
const blocksOf = (node: unknown): unknown[] => list(record(record(node).model).blocks);

/** Optimo text uses `\r` (and `\r\n`) for line breaks; a leading one starts many subheadlines. */
const clean = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

/** Where the BBC's relative locators live. */
const BBC_ORIGIN = 'https://www.bbc.com';
const ICHEF = 'https://ichef.bbci.co.uk';
const WIDTHS = [240, 320, 480, 624, 800];
const SRC_WIDTH = 640;

// --- Images --------------------------------------------------------------------------------

/** The widths of a srcset: Simorgh's, capped at the original width (which joins them when smaller than the largest). */
function widths(original: number | undefined): number[] {
  if (!original) return WIDTHS;
  const chosen = WIDTHS.filter((width) => width <= original);
  if (original < WIDTHS[WIDTHS.length - 1]! && !chosen.includes(original)) chosen.push(original);
  return chosen;
}

/** `src` and `srcset` from a URL builder (one URL per width). */
function sources(build: (width: number) => string, original: number | undefined): { src: string; srcset: string } {
  const src = build(Math.min(SRC_WIDTH, original ?? SRC_WIDTH));
  const srcset = widths(original).map((width) => `${build(width)} ${width}w`).join(', ');
  return { src, srcset };
}

/**
 * An iChef URL builder for an Optimo `rawImage`, or `undefined`. Programme images (`pips`,
 * `mpv`) carry a whole iChef URL with a recipe placeholder (`$recipe`, `$widthxn`) instead.
 */
function ichef(originCode: string, locator: string): ((width: number) => string) | undefined {
  if (originCode === 'pips' || originCode === 'mpv') {
    if (locator.includes('urn:')) return undefined;
    const parts = locator.replace(/^https?:\/\//, '').split('/');
    if (parts.length < 5) return undefined;
    const [domain, media, service, , ...rest] = parts;
    return (width) => `https://${domain}/${media}/${service}/${width}xn/${rest.join('/')}`;
  }
  return (width) => `${ICHEF}/news/${width}/${originCode}/${locator.replace(/^\/+/, '')}`;
}

// --- Text ----------------------------------------------------------------------------------

/** The `paragraph` nodes under a node (`text > paragraph`), in order, each with its path. */
function paragraphsAt(node: unknown, path: string): [Json, string][] {
  const block = record(node);
  if (block.type === 'paragraph') return [[block, path]];
  return blocksOf(block).flatMap((child, index) => paragraphsAt(child, `${path}.model.blocks[${index}]`));
}
const paragraphsIn = (node: unknown): Json[] => paragraphsAt(node, '').map(([paragraph]) => paragraph);

/** A paragraph's text: its `model.text`, else its fragments' text. */
function paragraphText(paragraph: Json): string {
  const text = record(paragraph.model).text;
  if (typeof text === 'string') return text;
  return blocksOf(paragraph).map((child) => paragraphText(record(child))).join('');
}

/** The plain text of a node (a headline, an altText, a name), its paragraphs joined by spaces. */
function plainOf(node: unknown): string {
  return paragraphsIn(node).map((paragraph) => clean(paragraphText(paragraph))).filter(Boolean).join(' ');
}

const MARKS: Record<string, string> = { bold: 'b', italic: 'i' };

/** One inline node (a fragment or a link) as inline HTML. */
function inlineNode(entry: unknown, path: string, run: Run): string {
  const node = record(entry);
  const model = record(node.model);
  if (node.type === 'fragment') {
    let html = escapeHtml(typeof model.text === 'string' ? model.text.replace(/\r\n?/g, '\n') : '');
    for (const attribute of list(model.attributes)) {
      const tag = typeof attribute === 'string' && Object.hasOwn(MARKS, attribute) ? MARKS[attribute] : undefined;
      if (tag) html = `<${tag}>${html}</${tag}>`;
      else run.w.add(at(path, 'model.attributes'), `the fragment attribute ${JSON.stringify(attribute)} has no mapping; the text was kept`);
    }
    return html;
  }
  if (node.type === 'urlLink') {
    const children = list(model.blocks);
    const text = children.length
      ? children.map((child, index) => inlineNode(child, `${path}.model.blocks[${index}]`, run)).join('')
      : escapeHtml(typeof model.text === 'string' ? model.text : '');
    const locator = str(model.locator)?.trim();
    // A relative locator is a BBC path: absolute, it still works where the article is syndicated.
    const href = locator ? safeUrl(locator, 'link', BBC_ORIGIN) : null;
    if (!href) {
      run.w.add(at(path, 'model.locator'), 'the link has no allowed URL; its text was kept without it');
      return text;
    }
    return `<a href="${escapeAttribute(href)}">${text}</a>`;
  }
  run.w.add(path, `an inline node of type ${JSON.stringify(node.type)} has no mapping; its text was kept`);
  return escapeHtml(typeof model.text === 'string' ? model.text : '');
}

/** A paragraph node as inline HTML. */
function inlineOf(paragraph: Json, path: string, run: Run): string {
  const children = blocksOf(paragraph);
  if (!children.length) return escapeHtml(clean(paragraphText(paragraph)));
  return children.map((child, index) => inlineNode(child, `${path}.model.blocks[${index}]`, run)).join('').trim();
}

/** A list's items: each `listItem`'s paragraphs joined by `<br>`, nested lists flattened after it. */
function listItems(node: Json, path: string, run: Run, items: string[]): string[] {
  blocksOf(node).forEach((entry, index) => {
    const item = record(entry);
    const itemPath = `${path}.model.blocks[${index}]`;
    if (item.type !== 'listItem') {
      run.w.add(itemPath, `a node of type ${JSON.stringify(item.type)} in a list was dropped`);
      return;
    }
    const parts: string[] = [];
    const nested: string[] = [];
    blocksOf(item).forEach((child, childIndex) => {
      const block = record(child);
      const childPath = `${itemPath}.model.blocks[${childIndex}]`;
      if (block.type === 'paragraph') parts.push(inlineOf(block, childPath, run));
      else if (block.type === 'urlLink' || block.type === 'fragment') parts.push(inlineNode(block, childPath, run));
      else if (block.type === 'unorderedList' || block.type === 'orderedList') {
        run.w.add(childPath, 'a nested list was flattened into its parent');
        listItems(block, childPath, run, nested);
      } else run.w.add(childPath, `a node of type ${JSON.stringify(block.type)} in a list item was dropped`);
    });
    const html = parts.filter(Boolean).join('<br>');
    if (html) items.push(html);
    items.push(...nested);
  });
  return items;
}

/** A `text` block: one paragraph per `paragraph`, one list per `unorderedList`/`orderedList`. */
function textBlocks(node: Json, path: string, run: Run): Block[] {
  const blocks: Block[] = [];
  blocksOf(node).forEach((entry, index) => {
    const child = record(entry);
    const childPath = `${path}.model.blocks[${index}]`;
    if (child.type === 'paragraph') {
      const html = inlineOf(child, childPath, run);
      if (html) blocks.push({ type: 'paragraph', html });
    } else if (child.type === 'unorderedList' || child.type === 'orderedList') {
      const items = listItems(child, childPath, run, []);
      const block: ListBlock = { type: 'list', items };
      if (child.type === 'orderedList') block.ordered = true;
      if (items.length) blocks.push(block);
    } else {
      run.w.add(childPath, `a node of type ${JSON.stringify(child.type)} in a text block was dropped`);
    }
  });
  return blocks;
}

// --- Blocks --------------------------------------------------------------------------------

/** An Optimo `image` block (`caption`, `altText`, `rawImage`) as an image. */
function optimoImage(node: Json, path: string, run: Run): Image | undefined {
  const children = blocksOf(node).map(record);
  const part = (type: string) => children.find((child) => child.type === type);
  const raw = part('rawImage');
  const model = record(raw?.model);
  const locator = str(model.locator)?.trim();
  const originCode = str(model.originCode)?.trim();
  const build = locator && originCode ? ichef(originCode, locator) : undefined;
  if (!build) {
    run.w.add(path, raw ? 'the rawImage has no usable locator and originCode; the image was dropped' : 'the image has no rawImage; it was dropped');
    return undefined;
  }
  const width = pixels(model.width);
  const height = pixels(model.height);
  const image: Image = { ...sources(build, width), alt: plainOf(part('altText')) };
  if (!image.alt) run.w.add(path, 'the image has no altText; alt was set to ""');
  if (width) image.width = width;
  if (height) image.height = height;
  const captionIndex = children.findIndex((child) => child.type === 'caption');
  if (captionIndex >= 0) {
    const captionPath = `${path}.model.blocks[${captionIndex}]`;
    const caption = paragraphsAt(children[captionIndex], captionPath)
      .map(([paragraph, paragraphPath]) => inlineOf(paragraph, paragraphPath, run))
      .filter(Boolean)
      .join('<br>');
    if (caption) image.caption = caption;
  }
  const credit = str(model.copyrightHolder)?.trim();
  if (credit) image.credit = credit;
  return image;
}

/** What has no Article JSON block, by Optimo block type. */
const DROPPED: Record<string, string> = {
  video: 'a BBC media player video',
  audio: 'a BBC media player audio clip',
  aresMedia: 'a BBC media player clip',
  wsoj: 'onward journeys (recommendations)',
  social: 'a social media embed',
  embed: 'an embed',
  embedHtml: 'an HTML embed',
  oEmbed: 'an oEmbed',
  embedImages: 'an embedded image set',
  embedUploader: 'an uploader form',
  group: 'a summary group',
  links: 'a links box',
  disclaimer: 'a disclaimer',
  podcastPromo: 'a podcast promotion',
};

/** Consumed elsewhere (headline, dates, byline) or layout only: no block, no warning. */
const CONSUMED = new Set(['headline', 'visuallyHiddenHeadline', 'timestamp', 'byline', 'subByline', 'continueReading']);

function optimoBlock(entry: unknown, path: string, run: Run, allowAdvertising: boolean): Block[] {
  const node = record(entry);
  const type = node.type;
  if (typeof type === 'string' && CONSUMED.has(type)) return [];
  switch (type) {
    case 'text':
      return textBlocks(node, path, run);
    case 'subheadline': {
      const text = plainOf(node);
      return text ? [{ type: 'heading', text, level: 2 }] : [];
    }
    case 'image': {
      const image = optimoImage(node, path, run);
      return image ? [{ type: 'image', ...image }] : [];
    }
    case 'mpu':
      if (!allowAdvertising) {
        run.w.add(path, 'the article does not allow advertising (metadata.allowAdvertising); the ad slot was dropped');
        return [];
      }
      return [{ type: 'ad', sizes: '300x250' }];
    default: {
      const known = typeof type === 'string' && Object.hasOwn(DROPPED, type) ? DROPPED[type] : undefined;
      if (typeof type !== 'string') run.w.add(path, 'a block without a type was dropped');
      else run.w.add(path, known ? `${known} has no Article JSON block; it was dropped` : `the block type ${JSON.stringify(type)} is not supported; it was dropped`);
      return [];
    }
  }
}

/** A CPS image block (`path` or `href`, `altText`, `caption`, `copyrightHolder`). */
function cpsImage(node: Json, path: string, run: Run): Image | undefined {
  const imagePath = str(node.path)?.trim();
  const href = str(node.href)?.trim();
  const width = pixels(node.width);
  const height = pixels(node.height);
  let image: Image;
  if (imagePath) {
    const tail = imagePath.startsWith('/') ? imagePath : `/${imagePath}`;
    image = { ...sources((size) => `${ICHEF}/news/${size}${tail}`, width), alt: '' };
  } else if (href) {
    image = { src: href, alt: '' };
  } else {
    run.w.add(path, 'the image has no path or href; it was dropped');
    return undefined;
  }
  const alt = str(node.altText);
  if (alt) image.alt = clean(alt);
  else run.w.add(path, 'the image has no altText; alt was set to ""');
  if (width) image.width = width;
  if (height) image.height = height;
  const caption = str(node.caption);
  if (caption) image.caption = escapeHtml(clean(caption));
  const credit = str(node.copyrightHolder)?.trim();
  if (credit) image.credit = credit;
  return image;
}

// --- Metadata ------------------------------------------------------------------------------

/** Epoch milliseconds (or a date string) as an ISO 8601 date-time. */
function epochDate(value: unknown, path: string, run: Run): string | undefined {
  if (value === undefined || value === null) return undefined;
  const time = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isFinite(time) && !Number.isNaN(new Date(time).getTime())) return new Date(time).toISOString();
  run.w.add(path, `${JSON.stringify(value)} is not a date; it was left out`);
  return undefined;
}

/** A BBC page URL: absolute, or a path on www.bbc.com. */
function bbcUrl(value: unknown): string | undefined {
  const raw = str(value)?.trim();
  if (!raw) return undefined;
  return safeUrl(raw, 'page') ?? (raw.startsWith('/') ? safeUrl(new URL(raw, BBC_ORIGIN).href, 'page') ?? undefined : undefined);
}

/** A plain string, or the text of a block tree (Optimo's promo summary and headlines). */
const valueText = (value: unknown): string => {
  if (typeof value === 'string') return clean(value);
  // A promo's text is `{ blocks: [text > paragraph] }`, a node without its model.
  const blocks = record(value).blocks;
  return Array.isArray(blocks) ? blocks.map(plainOf).filter(Boolean).join(' ') : plainOf(value);
};

/** A `{ name, uri }` of the related content (a section, a site) as a name with its BBC URL. */
function namedOf(value: unknown): { name: string; url?: string } | undefined {
  const node = record(value);
  const name = valueText(node.name);
  if (!name) return undefined;
  const url = bbcUrl(node.uri);
  return url ? { name, url } : { name };
}

/** Byline contributors (`byline > contributor > name, images`) as authors. */
function authorsOf(blocks: unknown[]): Person[] {
  const authors: Person[] = [];
  for (const block of blocks) {
    const node = record(block);
    if (node.type !== 'byline' && node.type !== 'subByline') continue;
    for (const contributor of blocksOf(node)) {
      const parts = blocksOf(contributor).map(record);
      const name = plainOf(parts.find((part) => part.type === 'name'));
      if (!name) continue;
      const person: Person = { name };
      const url = bbcUrl(record(record(contributor).model).topicUrl);
      if (url) person.url = url;
      const raw = rawImageIn(parts.find((part) => part.type === 'images'));
      const build = raw && ichef(raw.originCode, raw.locator);
      if (build) person.image = { src: build(160), alt: '' };
      authors.push(person);
    }
  }
  return authors;
}

/** The first `rawImage` model under a node. */
function rawImageIn(node: unknown): { originCode: string; locator: string } | undefined {
  const block = record(node);
  const model = record(block.model);
  if (block.type === 'rawImage') {
    const originCode = str(model.originCode);
    const locator = str(model.locator);
    return originCode && locator ? { originCode, locator } : undefined;
  }
  for (const child of blocksOf(block)) {
    const found = rawImageIn(child);
    if (found) return found;
  }
  return undefined;
}

function tagsOf(metadata: Json): string[] {
  const tags: string[] = [];
  for (const entry of list(record(metadata.tags).about)) {
    const tag = str(record(entry).thingLabel)?.trim();
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/**
 * Maps a BBC Optimo article (or a CPS photo gallery) to an Article JSON draft. Takes the API
 * response (`{ data: { article } }`) or the article object itself. Never throws.
 */
export const fromOptimo: Mapper = (source, options) => {
  const run: Run = { w: new Warnings() };
  const article: Mapped['article'] = {};
  const root = record(source);
  const prefix = isRecord(record(root.data).article) ? 'data.article' : isRecord(root.article) ? 'article' : '';
  const doc = prefix === 'data.article' ? record(record(root.data).article) : prefix ? record(root.article) : root;
  const content = record(doc.content);
  const metadata = record(doc.metadata);
  const promo = record(doc.promo);
  const related = record(doc.relatedContent);
  const p = (key: string) => at(prefix, key);
  if (!isRecord(source) || (!isRecord(content.model) && !Array.isArray(content.blocks))) {
    run.w.add(p('content'), 'is not a BBC Optimo or CPS article (no content.model.blocks or content.blocks)');
    return { article, warnings: run.w.list };
  }

  const id = str(metadata.id);
  if (id) article.id = id;
  const locators = record(metadata.locators);
  const url = bbcUrl(locators.canonicalUrl) ?? bbcUrl(locators.assetUri);
  if (url) article.url = url;
  const lang = str(metadata.language)?.trim() ?? str(record(metadata.passport).language)?.trim() ?? options.lang;
  if (lang) article.lang = lang;
  else run.w.add(p('metadata.language'), 'is missing and no lang option was given');
  const section: Section | undefined = namedOf(related.section);
  if (section) article.section = section;
  const publisher: Organization | undefined = namedOf(related.site);
  if (publisher) article.publisher = publisher;
  const summary = valueText(promo.summary);
  if (summary) article.summary = summary;

  const headlines = record(promo.headlines);
  let headline = '';
  let published: unknown = metadata.firstPublished;
  let modified: unknown = metadata.lastPublished;
  let datePath = p('metadata');

  if (isRecord(content.model)) {
    const blocks = list(content.model.blocks);
    const blocksPath = p('content.model.blocks');
    headline = plainOf(blocks.find((block) => record(block).type === 'headline'));
    if (!headline) {
      headline = valueText(headlines.promoHeadline) || valueText(headlines.seoHeadline);
      if (headline) run.w.add(blocksPath, 'there is no headline block; the promo headline was used');
    }
    const timestamp = record(record(blocks.find((block) => record(block).type === 'timestamp')).model);
    if (published === undefined && modified === undefined && Object.keys(timestamp).length) {
      published = timestamp.firstPublished;
      modified = timestamp.lastPublished;
      datePath = `${blocksPath}[${blocks.findIndex((block) => record(block).type === 'timestamp')}].model`;
    }
    const authors = authorsOf(blocks);
    if (authors.length) article.authors = authors;
    const allowAdvertising = metadata.allowAdvertising !== false;
    article.body = blocks.flatMap((block, index) => optimoBlock(block, `${blocksPath}[${index}]`, run, allowAdvertising));
  } else {
    headline = valueText(headlines.headline) || valueText(headlines.shortHeadline) || valueText(headlines.seoHeadline);
    const blocksPath = p('content.blocks');
    const images: Image[] = [];
    list(content.blocks).forEach((block, index) => {
      const node = record(block);
      const path = `${blocksPath}[${index}]`;
      if (node.type !== 'image') {
        run.w.add(path, `a CPS block of type ${JSON.stringify(node.type)} is not supported; it was dropped`);
        return;
      }
      const image = cpsImage(node, path, run);
      if (image) images.push(image);
    });
    const type = metadata.type;
    if (type === 'PGL') {
      article.body = images.length ? [{ type: 'gallery', images }] : [];
    } else {
      run.w.add(p('metadata.type'), `the CPS asset type ${JSON.stringify(type)} is read for its images only`);
      article.body = images.map((image) => ({ type: 'image', ...image }));
    }
  }

  if (headline) article.headline = headline;
  else run.w.add(p('promo.headlines'), 'there is no headline');
  const datePublished = epochDate(published, at(datePath, 'firstPublished'), run);
  if (datePublished) article.datePublished = datePublished;
  const dateModified = epochDate(modified, at(datePath, 'lastPublished'), run);
  if (dateModified) article.dateModified = dateModified;
  const tags = tagsOf(metadata);
  if (tags.length) article.tags = tags;
  return { article, warnings: run.w.list };
};
