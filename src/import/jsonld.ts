/**
 * schema.org `NewsArticle` (JSON-LD) → Article JSON.
 *
 * The source is a JSON-LD object, an array of them, a `@graph`, or a page's HTML text (its
 * `<script type="application/ld+json">` elements are found in the tree of `parseHtml`: a
 * template parse in a browser, parse5 on a server). The first node whose
 * `@type` is an Article type (`NewsArticle` and its subtypes, `Article`, `BlogPosting`, …) is
 * mapped; `{ "@id" }` references (Yoast's graph) resolve against every node found.
 *
 * `articleBody` is plain text: its paragraphs are split on blank lines (or on line breaks when
 * it has no blank line), and escaped. JSON-LD has no alt text, so a lead image is a warning.
 */
import type { Block, Image, Organization, Person } from '../article/types.js';
import { attr, textOf } from '../internal/html-tree.js';
import { escapeHtml, nodesToBlocks } from './html.js';
import { Warnings, type ImportOptions, type ImportWarning, type Mapped, type Mapper } from './types.js';
import { at, elementsIn, isoDate, isRecord, pageUrl, parse, pixels, type Json, type Run } from './util.js';

/** A value, or each of an array's. */
const many = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
/** A node's own path (a script's root node ends in ` > `). */
const where = (path: string): string => path.replace(/ > $/, '');

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'AnalysisNewsArticle', 'AskPublicNewsArticle', 'BackgroundNewsArticle', 'OpinionNewsArticle',
  'ReportageNewsArticle', 'ReviewNewsArticle', 'SatiricalArticle', 'BlogPosting', 'LiveBlogPosting', 'Report',
]);

/** `NewsArticle`, `schema:NewsArticle` or `https://schema.org/NewsArticle`. */
const isArticle = (node: Json): boolean =>
  many(node['@type']).some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type.replace(/^.*[/#:]/, '')));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text from a JSON-LD value (a string, a number, `{ "@value" }`, or the first of an array); `&amp;`-style references (a common double encoding) are decoded. */
function text(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = text(entry);
      if (found) return found;
    }
    return undefined;
  }
  if (isRecord(value)) return text(value['@value']);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const decoded = value
    .replace(/&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));/g, (ref, dec, hex, name) => {
      if (name) return ENTITIES[name] ?? ref;
      const code = dec ? Number(dec) : parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ref;
    })
    .trim();
  return decoded || undefined;
}

/** A size in pixels: `1200`, `"1200"`, `"1200px"` or `{ "value": 1200 }`. */
function sizeOf(value: unknown): number | undefined {
  const raw = isRecord(value) ? value.value : value;
  return pixels(typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim().replace(/px$/i, '')) : NaN);
}

// --- Finding the article -------------------------------------------------------------------

/** Every node of a JSON-LD value with its path: array members, `@graph` members and `mainEntity`. */
function nodesIn(value: unknown, path: string): [Json, string][] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => nodesIn(entry, `${path}[${index}]`));
  if (!isRecord(value)) return [];
  return [
    [value, path],
    ...nodesIn(value['@graph'], at(path, '@graph')),
    ...(isRecord(value.mainEntity) ? nodesIn(value.mainEntity, at(path, 'mainEntity')) : []),
  ];
}

interface Graph extends Run {
  /** Nodes by `@id`, for references. */
  readonly ids: Map<string, Json>;
}

/** A `{ "@id" }` reference as the node it names (when the graph has it), else the value. */
function resolve(value: unknown, graph: Graph): unknown {
  if (!isRecord(value) || typeof value['@id'] !== 'string') return value;
  const keys = Object.keys(value).filter((key) => key !== '@id' && key !== '@type');
  return keys.length ? value : (graph.ids.get(value['@id']) ?? value);
}

/** What `jsonLdFromHtml` finds in a page. */
export interface JsonLdInPage {
  /** Each `<script type="application/ld+json">` block's JSON, in document order (`undefined` where a block is not valid JSON). */
  blocks: unknown[];
  /** The first NewsArticle-like node, if any, and where it is (`script[type="application/ld+json"][2] > @graph[1]`). */
  node?: Record<string, unknown>;
  path: string;
  /** Blocks that are not valid JSON (and a page the browser's Trusted Types would not let be parsed). */
  warnings: ImportWarning[];
}

/** `application/ld+json`, with or without parameters (`; charset=utf-8`). */
const LD_JSON = /^\s*application\/ld\+json\s*(?:;|$)/i;

const scriptPath = (n: number) => `script[type="application/ld+json"][${n}]`;

/** The JSON of each `<script type="application/ld+json">` in `html` (a script inside a comment is a comment). */
function scripts(html: string): { blocks: unknown[]; warnings: Warnings } {
  const warnings = new Warnings();
  const blocks: unknown[] = [];
  for (const script of elementsIn(parse(html, '', warnings))) {
    if (script.name !== 'script' || !LD_JSON.test(attr(script, 'type') ?? '')) continue;
    const path = scriptPath(blocks.length + 1);
    // Old pages wrap the JSON in a comment or a CDATA section for parsers that did not know scripts.
    const json = textOf(script.children)
      .trim()
      .replace(/^<!--|-->$/g, '')
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
      .trim();
    try {
      blocks.push(JSON.parse(json));
    } catch (error) {
      blocks.push(undefined);
      warnings.add(path, `is not valid JSON (${(error as Error).message}); it was skipped`);
    }
  }
  return { blocks, warnings };
}

/** Every node of a page's JSON-LD blocks, each with its path (`script[…][n] > @graph[2]`). */
const pageNodes = (blocks: unknown[]): [Json, string][] =>
  blocks.flatMap((block, index) => nodesIn(block, `${scriptPath(index + 1)} > `));

/**
 * Finds the `<script type="application/ld+json">` elements in a page's HTML text (in the
 * tree of `parseHtml`, on a server too), parses each one's JSON, and picks the first
 * NewsArticle-like node. A block that is not valid JSON is a warning.
 */
export function jsonLdFromHtml(html: string): JsonLdInPage {
  const { blocks, warnings } = scripts(typeof html === 'string' ? html : '');
  const found = pageNodes(blocks).find(([node]) => isArticle(node));
  return { blocks, ...(found ? { node: found[0] } : {}), path: found ? where(found[1]) : '', warnings: warnings.list };
}

// --- Fields --------------------------------------------------------------------------------

/** An absolute http(s) page URL from a JSON-LD value (`pageUrl`). */
const pageOf = (value: unknown, path: string, graph: Graph): string | undefined => pageUrl(text(value), path, graph);

/** An image's URL: a string, or an ImageObject's `url` or `contentUrl`. */
const imageSrc = (value: unknown): string | undefined =>
  typeof value === 'string' ? text(value) : isRecord(value) ? (text(value.url) ?? text(value.contentUrl)) : undefined;

/** A URL or an ImageObject as an image; JSON-LD has no alt text, so `alt` starts as `""`. */
function imageOf(value: unknown, graph: Graph): Image | undefined {
  const node = resolve(value, graph);
  const src = imageSrc(node);
  if (!src) return undefined;
  const image: Image = { src, alt: '' };
  if (!isRecord(node)) return image;
  const width = sizeOf(node.width);
  const height = sizeOf(node.height);
  if (width) image.width = width;
  if (height) image.height = height;
  const caption = text(node.caption);
  if (caption) image.caption = escapeHtml(caption);
  const holder = resolve(node.copyrightHolder, graph);
  const credit = text(node.creditText) ?? (isRecord(holder) ? text(holder.name) : text(holder));
  if (credit) image.credit = credit;
  return image;
}

/** A Person, an Organization or a name as a person. */
function personOf(value: unknown, path: string, graph: Graph): Person | undefined {
  const node = resolve(value, graph);
  if (!isRecord(node)) {
    const name = text(node);
    if (!name) graph.w.add(path, 'an author without a name was dropped');
    return name ? { name } : undefined;
  }
  const given = [text(node.givenName), text(node.familyName)].filter(Boolean).join(' ');
  const name = text(node.name) ?? (given || undefined);
  if (!name) {
    graph.w.add(path, 'an author without a name was dropped');
    return undefined;
  }
  const person: Person = { name };
  const url = pageOf(node.url, at(path, 'url'), graph);
  if (url) person.url = url;
  const src = imageSrc(resolve(many(node.image)[0], graph));
  // A byline photo sits next to the name it shows: decorative.
  if (src) person.image = { src, alt: '' };
  return person;
}

function publisherOf(value: unknown, path: string, graph: Graph): Organization | undefined {
  const node = resolve(value, graph);
  const name = isRecord(node) ? text(node.name) : text(node);
  if (!name) {
    graph.w.add(path, 'the publisher has no name; it was left out');
    return undefined;
  }
  const publisher: Organization = { name };
  if (!isRecord(node)) return publisher;
  const url = pageOf(node.url, at(path, 'url'), graph);
  if (url) publisher.url = url;
  const logo = imageOf(many(node.logo)[0], graph);
  // The logo stands for the organization: its name is its text.
  if (logo) publisher.logo = { ...logo, alt: name };
  const sameAs = many(node.sameAs).flatMap((entry, index) => pageOf(entry, `${at(path, 'sameAs')}${Array.isArray(node.sameAs) ? `[${index}]` : ''}`, graph) ?? []);
  if (sameAs.length) publisher.sameAs = sameAs;
  return publisher;
}

/** `keywords`: a comma-separated string, or an array of strings or DefinedTerms. */
function tagsOf(value: unknown, graph: Graph): string[] {
  const tags: string[] = [];
  const raw = typeof value === 'string' ? value.split(',') : many(value).map((entry) => {
    const node = resolve(entry, graph);
    return isRecord(node) ? node.name : node;
  });
  for (const entry of raw) {
    const tag = text(entry);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** `mainEntityOfPage` (a URL, or a WebPage with a `url` or an `@id`), else `url`. */
function urlOf(node: Json, path: string, graph: Graph): string | undefined {
  const page = resolve(node.mainEntityOfPage, graph);
  if (typeof page === 'string') return pageOf(page, at(path, 'mainEntityOfPage'), graph);
  if (isRecord(page)) {
    const own = pageOf(page.url, at(path, 'mainEntityOfPage.url'), graph);
    if (own) return own;
    const id = text(page['@id']);
    // An @id names a node: `https://example.com/post/#webpage` is the page without its fragment.
    const url = id && pageOf(id.replace(/#.*$/, ''), at(path, 'mainEntityOfPage.@id'), graph);
    if (url) return url;
  }
  return pageOf(node.url, at(path, 'url'), graph);
}

/** Elements that make `articleBody` HTML rather than text. */
const MARKUP = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'img', 'a', 'strong', 'em', 'b', 'i']);

/** `articleBody` as paragraphs. */
function bodyOf(value: unknown, path: string, graph: Graph): Block[] {
  const body = typeof value === 'string' ? value : text(value);
  if (!body || !body.trim()) return [];
  const nodes = body.includes('<') ? parse(body, path, graph.w) : [];
  if ([...elementsIn(nodes)].some((element) => element.html && MARKUP.has(element.name))) {
    graph.w.add(path, 'holds HTML, though articleBody is plain text: it was read as markup');
    return nodesToBlocks(nodes, path, { warnings: graph.w });
  }
  const normalized = body.replace(/\r\n?/g, '\n').trim();
  const blankLines = /\n[ \t\u00a0]*\n/;
  const parts = blankLines.test(normalized) ? normalized.split(/\n(?:[ \t\u00a0]*\n)+/) : normalized.split('\n');
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ type: 'paragraph', html: part.split(/[ \t]*\n[ \t]*/).map(escapeHtml).join('<br>') }));
}

function isFree(value: unknown, path: string, graph: Graph): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return undefined;
  const raw = typeof value === 'string' ? value.trim().toLowerCase().replace(/^https?:\/\/schema\.org\//, '') : '';
  if (raw === 'true' || raw === 'false') return raw === 'true';
  graph.w.add(path, `${JSON.stringify(value)} is not true or false; it was left out`);
  return undefined;
}

function mapNode(node: Json, path: string, graph: Graph, options: ImportOptions): Mapped['article'] {
  const article: Mapped['article'] = {};
  const url = urlOf(node, path, graph);
  if (url) article.url = url;
  const language = resolve(node.inLanguage, graph);
  const lang = (isRecord(language) ? (text(language.alternateName) ?? text(language.name)) : text(language)) ?? options.lang;
  if (lang) article.lang = lang;
  else graph.w.add(at(path, 'inLanguage'), 'is missing and no lang option was given');
  const section = text(node.articleSection);
  if (section) article.section = section;
  const headline = text(node.headline) ?? text(node.name);
  if (headline) {
    article.headline = headline;
    if (!text(node.headline)) graph.w.add(at(path, 'headline'), 'is missing; the name was used');
  } else graph.w.add(at(path, 'headline'), 'is missing: the article has no headline');
  const subheadline = text(node.alternativeHeadline);
  if (subheadline) article.subheadline = subheadline;
  const summary = text(node.description);
  if (summary) article.summary = summary;
  const publishedKey = text(node.datePublished) ? 'datePublished' : 'dateCreated';
  const published = isoDate(text(node[publishedKey]), at(path, publishedKey), graph);
  if (published) article.datePublished = published;
  const modified = isoDate(text(node.dateModified), at(path, 'dateModified'), graph);
  if (modified) article.dateModified = modified;

  const authorPath = at(path, 'author');
  const authors = many(node.author).flatMap((entry, index) => personOf(entry, Array.isArray(node.author) ? `${authorPath}[${index}]` : authorPath, graph) ?? []);
  if (authors.length) article.authors = authors;
  if (node.publisher !== undefined && node.publisher !== null) {
    const publisher = publisherOf(many(node.publisher)[0], at(path, 'publisher'), graph);
    if (publisher) article.publisher = publisher;
  }
  // Several images are usually one picture in several crops (16:9, 4:3, 1:1): the first leads.
  const imageKey = node.image !== undefined && node.image !== null ? 'image' : 'thumbnailUrl';
  const image = imageOf(many(node[imageKey])[0], graph);
  if (image) {
    article.image = image;
    graph.w.add(at(path, Array.isArray(node[imageKey]) ? `${imageKey}[0]` : imageKey), 'JSON-LD has no alt text: the lead image\'s alt was set to ""');
  }

  article.body = bodyOf(node.articleBody, at(path, 'articleBody'), graph);
  const tags = tagsOf(node.keywords, graph);
  if (tags.length) article.tags = tags;
  const copyright = text(node.copyrightNotice);
  if (copyright) article.copyright = copyright;
  const free = isFree(node.isAccessibleForFree, at(path, 'isAccessibleForFree'), graph);
  if (free !== undefined) article.isAccessibleForFree = free;
  return article;
}

/**
 * Maps schema.org NewsArticle JSON-LD to an Article JSON draft. `source` is a JSON-LD value
 * (an object, an array, a `@graph`), its JSON text, or a page's HTML. Never throws.
 */
export const fromJsonLd: Mapper = (source, options) => {
  const w = new Warnings();
  let nodes: [Json, string][] = [];
  if (typeof source === 'string') {
    const trimmed = source.trim();
    if (/^[[{]/.test(trimmed)) {
      try {
        nodes = nodesIn(JSON.parse(trimmed), '');
      } catch (error) {
        w.add('', `is not valid JSON (${(error as Error).message})`);
      }
    } else {
      const { blocks, warnings } = scripts(trimmed);
      w.list.push(...warnings.list);
      nodes = pageNodes(blocks);
    }
  } else {
    nodes = nodesIn(source, '');
  }
  const graph: Graph = { ids: new Map(), w, baseURL: options.baseURL };
  for (const [node] of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !graph.ids.has(id) && Object.keys(node).some((key) => key !== '@id' && key !== '@type')) graph.ids.set(id, node);
  }
  const found = nodes.find(([node]) => isArticle(node));
  if (!found) {
    w.add('', 'holds no schema.org NewsArticle or Article');
    return { article: {}, warnings: w.list };
  }
  return { article: mapNode(found[0], found[1], graph, options), warnings: w.list };
};
