/**
 * Arc XP ANS (Arc Native Specification, 0.10.x) → Article JSON.
 *
 * Takes an ANS story (`type: "story"`, body in `content_elements[]`), an ANS gallery
 * (`type: "gallery"`: one gallery block) or, as a last resort, a lone ANS image. Text
 * elements carry inline HTML in `content`: it is kept as given, and `parseArticle` sanitizes
 * it (its warnings say what it removed, at article paths).
 *
 * Choices worth knowing:
 * - section: `taxonomy.primary_section`, else the site section of `websites[canonical_website]`,
 *   else the `taxonomy.sites[]` entry marked `primary`, else `taxonomy.primary_site`, else the
 *   kicker `label.basic` (its `url` included). Section paths resolve against `baseURL`.
 * - dates: `first_publish_date` (else `display_date`, else `publish_date`) and
 *   `last_updated_date`.
 * - a text element that holds block-level HTML (a `<p>` or `<ul>`, rare in ANS) goes through
 *   the shared HTML walk (`nodesToBlocks`); inline-only fields (quotes, list items, captions)
 *   join the inline contents of such markup's blocks with `<br>` (`inlineOf`).
 * - plain-text fields (headlines, headings, names) that hold markup keep its text (a warning).
 */
import type { Block, Image, ListBlock, Person, Section } from '../article/types.js';
import { attr, textOf } from '../internal/html-tree.js';
import { safeUrl } from '../internal/url.js';
import { escapeHtml, nodesToBlocks } from './html.js';
import { Warnings, type Mapped, type Mapper } from './types.js';
import {
  at, elementsIn, escapeAttribute, inlineOf, isBlock, isoDate, isRecord, list, pageUrl, parse, pixels, plainText, record, str,
  type Json, type Run,
} from './util.js';

// --- Text and markup -----------------------------------------------------------------------

/** A link target as an inline `href`, or `null` when its scheme is not allowed. */
function linkHref(raw: string, baseURL: string | undefined): string | null {
  const value = raw.trim();
  // Judged against a stand-in base when there is none, so relative links pass as they are.
  const safe = safeUrl(value, 'link', baseURL ?? 'https://invalid.invalid/');
  if (!safe) return null;
  return baseURL ? safe : value;
}

/** Inline HTML for a field that holds one run of text: the parts of block-level markup are joined with `<br>`. */
function inline(html: unknown, path: string, run: Run): string {
  if (typeof html !== 'string') return '';
  const { html: joined, blocks } = inlineOf(html, path, run.w);
  if (blocks.length) run.w.add(path, `block-level markup (${blocks.join(', ')}) was removed; its parts were joined with <br>`);
  return joined;
}

/** Plain text from a field that may hold HTML; taking out markup is a warning. */
function plain(html: unknown, path: string, run: Run, what = 'text'): string {
  if (typeof html !== 'string') return '';
  const nodes = parse(html, path, run.w);
  if (nodes.every((node) => node.type === 'text')) return textOf(nodes).trim();
  run.w.add(path, `markup was removed: the ${what} is plain text`);
  return plainText(nodes);
}

// --- Elements ------------------------------------------------------------------------------

/** The names of `credits.by[]` (people or organizations), for an image credit. */
function creditOf(credits: unknown): string | undefined {
  const names = (field: string) =>
    list(record(credits)[field]).map((entry) => str(record(entry).name)?.trim()).filter((name): name is string => !!name);
  const by = names('by');
  const credit = (by.length ? by : names('affiliation')).join(', ');
  return credit || undefined;
}

/** An ANS image as an Article JSON image, or `undefined` (a warning) when it has no URL. */
function imageOf(element: Json, path: string, run: Run): Image | undefined {
  const src = str(element.url)?.trim();
  if (!src) {
    run.w.add(path, 'the image has no url; it was dropped');
    return undefined;
  }
  const image: Image = { src, alt: '' };
  const alt = str(element.alt_text);
  if (alt) image.alt = plain(alt, at(path, 'alt_text'), run, 'alt text');
  else run.w.add(path, 'the image has no alt_text; alt was set to ""');
  const width = pixels(element.width);
  const height = pixels(element.height);
  if (width) image.width = width;
  if (height) image.height = height;
  // The subtitle is the image's title: shown in place of a missing caption.
  const captionField = str(element.caption) ? 'caption' : str(element.subtitle) ? 'subtitle' : undefined;
  const caption = captionField && inline(element[captionField], at(path, captionField), run);
  if (caption) image.caption = caption;
  const credit = creditOf(element.credits);
  if (credit) image.credit = credit;
  const focal = record(element.focal_point);
  if (typeof focal.x === 'number' && typeof focal.y === 'number') {
    if (width && height) {
      const clamp = (n: number) => Math.min(1, Math.max(0, n));
      image.focalPoint = { x: clamp(focal.x / width), y: clamp(focal.y / height) };
    } else {
      run.w.add(at(path, 'focal_point'), 'the focal point is in pixels and the image has no width and height; it was left out');
    }
  }
  return image;
}

/** `<a href>` around a link's text (its `content`, else its URL), or just the text. */
function linkHtml(element: Json, path: string, run: Run): string | undefined {
  const rawUrl = str(element.url)?.trim();
  const text = plain(element.content, at(path, 'content'), run, 'link text') || rawUrl;
  if (!text) {
    run.w.add(path, 'the link has no text and no url; it was dropped');
    return undefined;
  }
  const href = rawUrl && linkHref(rawUrl, run.baseURL);
  if (!href) {
    run.w.add(at(path, 'url'), rawUrl ? 'the URL is not an allowed link; the text was kept without it' : 'the link has no url; the text was kept');
    return escapeHtml(text);
  }
  return `<a href="${escapeAttribute(href)}">${escapeHtml(text)}</a>`;
}

/** A list's items, with nested lists flattened into it (a warning each). */
function listItems(element: Json, path: string, run: Run, items: string[]): string[] {
  list(element.items).forEach((entry, index) => {
    const item = record(entry);
    const itemPath = `${path}.items[${index}]`;
    if (item.type === 'text') {
      const html = inline(item.content, at(itemPath, 'content'), run);
      if (html) items.push(html);
    } else if (item.type === 'list') {
      run.w.add(itemPath, 'a nested list was flattened into its parent');
      listItems(item, itemPath, run, items);
    } else if (item.type === 'interstitial_link') {
      const html = linkHtml(item, itemPath, run);
      if (html) items.push(html);
    } else {
      run.w.add(itemPath, `a list item of type ${JSON.stringify(item.type)} was dropped`);
    }
  });
  return items;
}

/** The text of a quote (its `content`, or its `content_elements`), nested quotes flattened. */
function quoteParts(element: Json, path: string, run: Run): string[] {
  const parts: string[] = [];
  if (typeof element.content === 'string') parts.push(inline(element.content, at(path, 'content'), run));
  list(element.content_elements).forEach((entry, index) => {
    const child = record(entry);
    const childPath = `${path}.content_elements[${index}]`;
    if (child.type === 'text') {
      parts.push(inline(child.content, at(childPath, 'content'), run));
    } else if (child.type === 'quote' || child.type === 'blockquote') {
      parts.push(...quoteParts(child, childPath, run));
      const citation = inline(record(child.citation).content, at(childPath, 'citation.content'), run);
      if (citation) parts.push(`— ${citation}`);
      run.w.add(childPath, `a nested quote was flattened into its parent${citation ? ' (its citation became a line of its text)' : ''}`);
    } else if (child.type === 'list') {
      run.w.add(childPath, 'a list inside a quote was flattened into lines of the quote');
      parts.push(...listItems(child, childPath, run, []));
    } else {
      run.w.add(childPath, `an element of type ${JSON.stringify(child.type)} inside a quote was dropped`);
    }
  });
  return parts.filter(Boolean);
}

const PLAYERS = new Set([
  'youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com',
  'youtu.be', 'vimeo.com', 'www.vimeo.com', 'player.vimeo.com',
]);

/** The `src` of the first `<iframe>` (that has one) in an oEmbed's HTML. */
function iframeSrc(html: unknown, path: string, run: Run): string | undefined {
  if (typeof html !== 'string') return undefined;
  const frame = [...elementsIn(parse(html, path, run.w))].find((element) => element.name === 'iframe' && attr(element, 'src') !== undefined);
  return frame && attr(frame, 'src')?.trim();
}

/** A YouTube or Vimeo player or watch URL as https, or `undefined`. */
function playerUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
    if (!PLAYERS.has(url.hostname) || !/^https?:$/.test(url.protocol)) return undefined;
    url.protocol = 'https:';
    return url.href;
  } catch {
    return undefined;
  }
}

function embedOf(element: Json, path: string, run: Run): Block[] {
  const oembed = record(element.raw_oembed);
  const referent = record(element.referent);
  const url = playerUrl(iframeSrc(oembed.html, at(path, 'raw_oembed.html'), run)) ?? playerUrl(str(oembed.url)) ?? playerUrl(str(referent.id));
  const provider = str(oembed.provider_name)?.trim();
  if (!url) {
    run.w.add(path, `an oEmbed${provider ? ` from ${provider}` : ''} that is not a YouTube or Vimeo player was dropped`);
    return [];
  }
  let title = plain(oembed.title, at(path, 'raw_oembed.title'), run, 'title');
  if (!title) {
    title = provider ?? new URL(url).hostname;
    run.w.add(path, `the embed has no title; ${JSON.stringify(title)} was used`);
  }
  const block: Block = { type: 'embed', url, title };
  const width = pixels(oembed.width);
  const height = pixels(oembed.height);
  if (width) block.width = width;
  if (height) block.height = height;
  return [block];
}

/** The images of a gallery or element group; other elements are dropped with a warning. */
function galleryImages(elements: unknown, path: string, run: Run): Image[] {
  const images: Image[] = [];
  list(elements).forEach((entry, index) => {
    const element = record(entry);
    const elementPath = `${path}[${index}]`;
    if (element.type !== 'image') {
      run.w.add(elementPath, `an element of type ${JSON.stringify(element.type)} in a gallery was dropped`);
      return;
    }
    const image = imageOf(element, elementPath, run);
    if (image) images.push(image);
  });
  return images;
}

function galleryOf(element: Json, path: string, run: Run, withTitle: boolean): Block[] {
  const images = galleryImages(element.content_elements, at(path, 'content_elements'), run);
  if (!images.length) {
    run.w.add(path || 'content_elements', 'the gallery has no usable images; it was dropped');
    return [];
  }
  const block: Block = { type: 'gallery', images };
  if (withTitle) {
    const title = plain(record(element.headlines).basic, at(path, 'headlines.basic'), run, 'title');
    const caption = str(record(element.description).basic);
    if (title) block.title = title;
    if (caption) block.caption = inline(caption, at(path, 'description.basic'), run);
  }
  return [block];
}

/** Element types that have no Article JSON block. */
const NO_BLOCK: Record<string, string> = {
  correction: 'a correction',
  numeric_rating: 'a numeric rating',
  endorsement: 'an endorsement',
  custom_embed: 'a custom embed',
  video: 'a video',
  audio: 'an audio clip',
  table: 'a table',
  code: 'a code block',
  story: 'a story',
  social_media: 'a social media embed',
};

/** One `content_elements[]` entry as blocks (none, one, or several). */
function blocksOf(entry: unknown, path: string, run: Run): Block[] {
  const element = record(entry);
  const type = element.type;
  switch (type) {
    case 'text':
      return paragraphs(element.content, at(path, 'content'), run);
    case 'header': {
      const text = plain(element.content, at(path, 'content'), run, 'heading');
      if (!text) return [];
      const raw = element.level;
      let level: 2 | 3 | 4 = 2;
      if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 6) {
        level = Math.min(4, Math.max(2, raw)) as 2 | 3 | 4;
        if (level !== raw) run.w.add(at(path, 'level'), `heading level ${raw} was read as ${level}`);
      } else if (raw !== undefined) {
        run.w.add(at(path, 'level'), `${JSON.stringify(raw)} is not a heading level; 2 was used`);
      }
      return [{ type: 'heading', text, level }];
    }
    case 'image': {
      const image = imageOf(element, path, run);
      return image ? [{ type: 'image', ...image }] : [];
    }
    case 'list': {
      const items = listItems(element, path, run, []);
      if (!items.length) return [];
      const block: ListBlock = { type: 'list', items };
      if (element.list_type === 'ordered') block.ordered = true;
      return [block];
    }
    case 'blockquote':
    case 'quote': {
      const html = quoteParts(element, path, run).join('<br>');
      if (!html) {
        run.w.add(path, 'the quote has no text; it was dropped');
        return [];
      }
      const cite = plain(record(element.citation).content, at(path, 'citation.content'), run, 'citation');
      return [cite ? { type: 'quote', html, cite } : { type: 'quote', html }];
    }
    case 'divider':
      return [{ type: 'divider' }];
    case 'oembed_response':
      return embedOf(element, path, run);
    case 'gallery':
      return galleryOf(element, path, run, true);
    case 'element_group': {
      const children = list(element.content_elements);
      if (children.length && children.every((child) => record(child).type === 'image')) return galleryOf(element, path, run, false);
      run.w.add(path, 'an element group that is not all images was flattened: its elements were imported one by one');
      return children.flatMap((child, index) => blocksOf(child, `${path}.content_elements[${index}]`, run));
    }
    case 'interstitial_link': {
      const html = linkHtml(element, path, run);
      return html ? [{ type: 'paragraph', html }] : [];
    }
    case 'link_list': {
      const blocks: Block[] = [];
      const title = plain(element.title, at(path, 'title'), run, 'title');
      if (title) blocks.push({ type: 'paragraph', html: `<strong>${escapeHtml(title)}</strong>` });
      const items: string[] = [];
      list(element.items).forEach((entry, index) => {
        const item = record(entry);
        const itemPath = `${path}.items[${index}]`;
        if (item.type !== 'interstitial_link') {
          run.w.add(itemPath, `an item of type ${JSON.stringify(item.type)} in a link list was dropped`);
          return;
        }
        const link = linkHtml(item, itemPath, run);
        if (!link) return;
        const description = inline(record(item.description).content, at(itemPath, 'description.content'), run);
        items.push(description ? `${link}<br>${description}` : link);
      });
      if (items.length) blocks.push({ type: 'list', items });
      return blocks;
    }
    case 'raw_html':
      run.w.add(path, 'raw HTML is not imported (it can hold script and layout markup); it was dropped');
      return [];
    case 'reference': {
      const referent = record(element.referent);
      const what = str(referent.type) ?? str(referent.provider) ?? 'unknown content';
      run.w.add(path, `an unresolved reference (${what}) cannot be imported; it was dropped`);
      return [];
    }
    default: {
      const known = typeof type === 'string' && Object.hasOwn(NO_BLOCK, type) ? NO_BLOCK[type] : undefined;
      if (typeof type !== 'string') run.w.add(path, 'an element without a type was dropped');
      else run.w.add(path, known ? `${known} has no Article JSON block; it was dropped` : `the element type ${JSON.stringify(type)} is not supported; it was dropped`);
      return [];
    }
  }
}

/** Embedded content the body walk maps to blocks of its own (an image, an embed). */
const EMBEDDED = new Set(['img', 'picture', 'iframe']);

/** A text element's HTML as a paragraph (kept as given), or as the blocks of the shared HTML walk when it holds block-level markup. */
function paragraphs(html: unknown, path: string, run: Run): Block[] {
  if (typeof html !== 'string') return [];
  const nodes = parse(html, path, run.w);
  // The shared walk warns about what it cannot map; parseArticle sanitizes its inline markup.
  if ([...elementsIn(nodes)].some((element) => isBlock(element) || (element.html && EMBEDDED.has(element.name)))) {
    return nodesToBlocks(nodes, path, { warnings: run.w });
  }
  return plainText(nodes) ? [{ type: 'paragraph', html: html.trim() }] : [];
}

// --- The document --------------------------------------------------------------------------

function sectionOf(doc: Json, run: Run): Section | string | undefined {
  const taxonomy = record(doc.taxonomy);
  const site = str(doc.canonical_website);
  const candidates: [unknown, string][] = [
    [taxonomy.primary_section, 'taxonomy.primary_section'],
    [site && record(record(doc.websites)[site]).website_section, `websites.${site}.website_section`],
  ];
  list(taxonomy.sites).forEach((entry, index) => {
    if (record(entry).primary === true) candidates.push([entry, `taxonomy.sites[${index}]`]);
  });
  candidates.push([taxonomy.primary_site, 'taxonomy.primary_site']);
  for (const [entry, path] of candidates) {
    const section = record(entry);
    const name = plain(section.name, at(path, 'name'), run, 'section name');
    if (!name) continue;
    const rawPath = str(section.path) ?? (str(section._id)?.startsWith('/') ? section._id : undefined);
    const url = pageUrl(rawPath, at(path, str(section.path) ? 'path' : '_id'), run);
    return url ? { name, url } : { name };
  }
  const label = record(record(doc.label).basic);
  const name = plain(label.text, 'label.basic.text', run, 'kicker');
  if (!name) return undefined;
  const url = pageUrl(label.url, 'label.basic.url', run);
  return url ? { name, url } : name;
}

function authorsOf(doc: Json, run: Run): Person[] {
  const authors: Person[] = [];
  list(record(doc.credits).by).forEach((entry, index) => {
    const credit = record(entry);
    const path = `credits.by[${index}]`;
    const name = plain(credit.name, at(path, 'name'), run, 'name');
    if (!name) {
      const what = credit.type === 'reference' ? 'an unresolved author reference' : 'an author without a name';
      run.w.add(path, `${what} was dropped`);
      return;
    }
    const person: Person = { name };
    const url = pageUrl(credit.url, at(path, 'url'), run);
    if (url) person.url = url;
    const src = str(record(credit.image).url)?.trim();
    // A byline photo sits next to the name it shows: decorative.
    if (src) person.image = { src, alt: '' };
    authors.push(person);
  });
  return authors;
}

function tagsOf(doc: Json, run: Run): string[] {
  const tags: string[] = [];
  list(record(doc.taxonomy).tags).forEach((entry, index) => {
    const tag = plain(record(entry).text, `taxonomy.tags[${index}].text`, run, 'tag');
    if (tag && !tags.includes(tag)) tags.push(tag);
  });
  return tags;
}

/**
 * Maps an ANS story or gallery to an Article JSON draft. Never throws: what it cannot map
 * is a warning located in the ANS document.
 */
export const fromAns: Mapper = (source, options) => {
  const run: Run = { w: new Warnings(), baseURL: options.baseURL };
  const article: Mapped['article'] = {};
  if (!isRecord(source)) {
    run.w.add('', 'is not an ANS document (a JSON object)');
    return { article, warnings: run.w.list };
  }
  const doc = source;
  const type = doc.type;

  const id = str(doc._id);
  if (id) article.id = id;
  const url = pageUrl(doc.canonical_url ?? doc.website_url, doc.canonical_url === undefined ? 'website_url' : 'canonical_url', run);
  if (url) article.url = url;
  const lang = str(doc.language)?.trim() ?? options.lang;
  if (lang) article.lang = lang;
  else run.w.add('language', 'is missing and no lang option was given');
  const section = sectionOf(doc, run);
  if (section) article.section = section;
  const headline = plain(record(doc.headlines).basic, 'headlines.basic', run, 'headline');
  if (headline) article.headline = headline;
  else run.w.add('headlines.basic', 'is missing: the document has no headline');
  const subheadline = plain(record(doc.subheadlines).basic, 'subheadlines.basic', run, 'subheadline');
  if (subheadline) article.subheadline = subheadline;
  const summary = plain(record(doc.description).basic, 'description.basic', run, 'summary');
  if (summary) article.summary = summary;

  const publishedField = ['first_publish_date', 'display_date', 'publish_date'].find((field) => str(doc[field]));
  const published = publishedField && isoDate(doc[publishedField], publishedField, run);
  if (published) article.datePublished = published;
  const modified = isoDate(doc.last_updated_date, 'last_updated_date', run);
  if (modified) article.dateModified = modified;

  const authors = authorsOf(doc, run);
  if (authors.length) article.authors = authors;
  const promo = record(record(doc.promo_items).basic);
  if (promo.type === 'image') {
    const image = imageOf(promo, 'promo_items.basic', run);
    if (image) article.image = image;
  }

  if (type === 'gallery') {
    article.body = galleryOf(doc, '', run, false);
  } else if (type === 'image') {
    run.w.add('type', 'the document is a lone ANS image, not a story: it was mapped to a one-image body');
    const image = imageOf(doc, '', run);
    article.body = image ? [{ type: 'image', ...image }] : [];
  } else {
    if (type !== 'story') run.w.add('type', `${JSON.stringify(type)} is not an ANS story or gallery; its content_elements were read as a story's`);
    article.body = list(doc.content_elements).flatMap((entry, index) => blocksOf(entry, `content_elements[${index}]`, run));
  }

  const tags = tagsOf(doc, run);
  if (tags.length) article.tags = tags;
  const copyright = plain(doc.copyright, 'copyright', run, 'copyright');
  if (copyright) article.copyright = copyright;
  const corrections = list(doc.corrections).length;
  if (corrections) run.w.add('corrections', `Article JSON has no field for corrections: ${corrections === 1 ? 'one was' : `${corrections} were`} dropped`);
  return { article, warnings: run.w.list };
};
