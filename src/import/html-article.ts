/**
 * The `html` format: an article written as semantic HTML, the way `<news-article>`'s HTML
 * children and `renderArticleHTML()` write it. The document is an `<article>` (the first one;
 * else the markup itself is the article). What it reads, besides the body's blocks
 * (html.ts):
 *
 *   headline        the first `<h1>` (or `[itemprop=headline]`)
 *   section         `[itemprop=articleSection]` (a link gives its URL)
 *   subheadline     `[itemprop=alternativeHeadline]`
 *   summary         `<meta itemprop="description" content>`
 *   dates           `<time datetime>`: `[itemprop=dateModified]` is the modification, the
 *                   first other one the publication
 *   authors         `[itemprop=author]` (its link's URL, its `<img>`), else `<a rel="author">`
 *   publisher       `[itemprop=publisher]`: its text, link, `<img itemprop="logo">`, `[itemprop=sameAs]`
 *   lead image      `<figure itemprop="image">`, else a figure before the first paragraph
 *   tags            `<a rel="tag">`, `[itemprop=keywords]`
 *   free or not     `<meta itemprop="isAccessibleForFree" content="true|false">`
 *   id, version     the article element's `data-id` and `data-version`
 *   copyright       `[itemprop=copyrightNotice]`
 *   url             `<link itemprop="url" href>` or `<a itemprop="url">`
 *   lang, dir       the article element's `lang` and `dir`
 *
 * Elements with those roles are read for them and left out of the body; so are the article's
 * own `<header>` and `<footer>`, which hold them (and their words: "By", "Updated").
 */
import type { Article, Block, Image, Person } from '../article/types.js';
import { attr, parseHtml, textOf, type HElement, type HNode } from '../internal/html-tree.js';
import { captionOf, imageOf, nodesToBlocks, type HtmlContext } from './html.js';
import { clean, elementsIn, elementsOf } from './util.js';
import { Warnings, type Mapped, type Mapper } from './types.js';

const prop = (element: HElement) => (attr(element, 'itemprop') ?? '').split(/\s+/);
const rel = (element: HElement) => (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);

/** Reads an article from its markup. */
export const fromHtml: Mapper = (source) => {
  const warnings = new Warnings();
  if (typeof source !== 'string') {
    warnings.add('', 'the html format takes markup (a string)');
    return { article: {}, warnings: warnings.list };
  }
  const nodes = parseHtml(source);
  if (!nodes) {
    warnings.add('', 'could not be parsed (the page refused the parse under Trusted Types)');
    return { article: {}, warnings: warnings.list };
  }
  return articleFromNodes(nodes, warnings);
};

/** The article in parsed markup (also `<news-article>`'s children, parsed by the browser). */
export function articleFromNodes(nodes: readonly HNode[], warnings = new Warnings()): Mapped {
  const root = [...elementsIn(nodes)].find((element) => element.name === 'article');
  const children = root ? root.children : nodes;
  const path = root ? 'article' : '';
  const article: Mapped['article'] = {};
  const used = new Set<HElement>();
  const take = (element: HElement | undefined) => (element && used.add(element), element);
  const all = [...elementsIn(children)];

  const headline = take(all.find((e) => prop(e).includes('headline')) ?? all.find((e) => e.name === 'h1'));
  if (headline) article.headline = clean(textOf(headline.children));
  const section = take(all.find((e) => prop(e).includes('articleSection')));
  if (section) {
    const link = section.name === 'a' ? section : [...elementsIn(section.children)].find((e) => e.name === 'a');
    const name = clean(textOf(section.children));
    const href = link && attr(link, 'href');
    article.section = href ? { name, url: href } : name;
  }
  const subheadline = take(all.find((e) => prop(e).includes('alternativeHeadline')));
  if (subheadline) article.subheadline = clean(textOf(subheadline.children));
  const description = take(all.find((e) => e.name === 'meta' && prop(e).includes('description')));
  const summary = description && attr(description, 'content');
  if (summary) article.summary = clean(summary);
  const times = all.filter((e) => e.name === 'time' && attr(e, 'datetime'));
  const modified = take(times.find((e) => prop(e).includes('dateModified')));
  const published = take(times.find((e) => e !== modified && !prop(e).includes('dateModified')));
  if (published) article.datePublished = attr(published, 'datetime');
  if (modified) article.dateModified = attr(modified, 'datetime');
  // Authors: `[itemprop=author]` (its link's URL, its image), else `<a rel="author">`.
  const authors: Person[] = [];
  const marked = all.filter((e) => prop(e).includes('author'));
  for (const e of marked.length ? marked : all.filter((e) => e.name === 'a' && rel(e).includes('author'))) {
    take(e);
    const name = clean(textOf(e.children));
    const link = e.name === 'a' ? e : [...elementsIn(e.children)].find((c) => c.name === 'a');
    const href = link && attr(link, 'href');
    const photo = [...elementsIn(e.children)].find((c) => c.name === 'img');
    const image = photo && attr(photo, 'src') ? { src: attr(photo, 'src')!, alt: attr(photo, 'alt') ?? '' } : undefined;
    if (name && !authors.some((a) => a.name === name)) authors.push({ name, ...(href ? { url: href } : {}), ...(image ? { image } : {}) });
  }
  if (authors.length) article.authors = authors;
  const tags = all.filter((e) => (e.name === 'a' && rel(e).includes('tag')) || prop(e).includes('keywords')).map((e) => clean(textOf(take(e)!.children)));
  if (tags.length) article.tags = tags;
  const publisher = take(all.find((e) => prop(e).includes('publisher')));
  if (publisher) {
    const inside = [...elementsIn(publisher.children)];
    const link = inside.find((e) => e.name === 'a');
    const logo = inside.find((e) => e.name === 'img' && prop(e).includes('logo'));
    const sameAs = inside.filter((e) => prop(e).includes('sameAs')).map((e) => attr(e, 'href')).filter((href): href is string => !!href);
    const href = link && attr(link, 'href');
    article.publisher = {
      name: clean(textOf(publisher.children)),
      ...(href ? { url: href } : {}),
      ...(logo && attr(logo, 'src') ? { logo: { src: attr(logo, 'src')!, alt: attr(logo, 'alt') ?? '' } } : {}),
      ...(sameAs.length ? { sameAs } : {}),
    };
  }
  const free = all.find((e) => e.name === 'meta' && prop(e).includes('isAccessibleForFree'));
  if (free) article.isAccessibleForFree = attr(free, 'content') === 'true';
  const copyright = take(all.find((e) => prop(e).includes('copyrightNotice')));
  if (copyright) article.copyright = clean(textOf(copyright.children));
  const url = take(all.find((e) => (e.name === 'link' || e.name === 'a') && prop(e).includes('url')));
  const href = url && attr(url, 'href');
  if (href) article.url = href;
  if (root) {
    const id = attr(root, 'data-id');
    if (id) article.id = id;
    if (attr(root, 'data-version') === '1') article.version = 1;
    const lang = attr(root, 'lang');
    const dir = attr(root, 'dir')?.toLowerCase();
    if (lang) article.lang = lang;
    if (dir === 'ltr' || dir === 'rtl') article.dir = dir;
  }

  // The lead image: marked, else a figure that comes before any paragraph.
  const context: HtmlContext = { warnings };
  const lead = all.find((e) => e.name === 'figure' && prop(e).includes('image')) ?? leadBeforeText(children);
  if (lead) {
    take(lead);
    const image = leadImage(lead, `${path} > figure`, context);
    if (image) article.image = image;
  }

  const body = nodesToBlocks(withoutUsed(children, used), path || 'html', context);
  article.body = body as Block[];
  return { article: article as Partial<Article>, warnings: warnings.list };
}

/** A figure before the first paragraph of text, outside any header: the lead image by position. */
function leadBeforeText(nodes: readonly HNode[]): HElement | undefined {
  for (const element of elementsIn(nodes)) {
    if (element.name === 'p' && clean(textOf(element.children))) return undefined;
    if (element.name === 'figure') return element;
  }
  return undefined;
}

function leadImage(figure: HElement, path: string, context: HtmlContext): Image | undefined {
  const img = [...elementsIn(figure.children)].find((e) => e.name === 'img');
  const image = img && imageOf(img, `${path} > img`, context);
  if (!image) return undefined;
  const { html, credit } = captionOf(elementsOf(figure.children).find((e) => e.name === 'figcaption'));
  return { ...image, ...(html ? { caption: html } : {}), ...(credit ? { credit } : {}) };
}

/**
 * `nodes` without the elements read as metadata, and without the article's own `<header>` and
 * `<footer>` (its metadata and bylines: "By", "Updated"), whose roles were read above.
 */
function withoutUsed(nodes: readonly HNode[], used: Set<HElement>, top = true): HNode[] {
  const out: HNode[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') {
      out.push(node);
      continue;
    }
    if (used.has(node) || (top && (node.name === 'header' || node.name === 'footer'))) continue;
    const children = withoutUsed(node.children, used, false);
    const same = children.length === node.children.length && children.every((child, i) => child === node.children[i]);
    out.push(same ? node : { ...node, children });
  }
  return out;
}
