/**
 * An article as semantic HTML: what a server (Express, a static site generator, a React or
 * Vue server render) puts inside `<news-article>` so that the page reads without JavaScript,
 * reader views and crawlers find the text, and the element reads the article back from it
 * (the `html` format, src/import/html-article.ts, reads exactly this markup). Metadata is
 * schema.org microdata (`itemprop`), so it means the same to crawlers.
 *
 * Runs without a DOM. The article is validated and sanitized by `parseArticle` first, and
 * every text and attribute is escaped as the HTML serializer escapes them.
 */
import { intlLocale } from '../i18n/intl.js';
import { directionFor } from '../internal/lang.js';
import { escapeAttribute as attrText, escapeText as text } from '../internal/sanitize-tree.js';
import type { Article, Block, Image, Person } from './types.js';
import { parseArticle, type ParseOptions } from './validate.js';

/** ` name="value"` for each defined value (escaped). */
function attrs(values: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${attrText(String(value))}"`;
  }
  return out;
}

/**
 * Every image is lazy and decoded off the main thread, but a shown article's lead image: it
 * is usually the page's largest paint, so it loads first (eager, high fetch priority, as the
 * element renders it; the browser's preload scanner finds it in the markup) and is painted
 * with the first frame it has arrived for, not a frame later.
 */
function img(image: Image, extra: Record<string, string | undefined> = {}, withLang = true, lead = false): string {
  const focal = image.focalPoint ? `${image.focalPoint.x} ${image.focalPoint.y}` : undefined;
  return `<img${attrs({ ...extra, src: image.src, alt: image.alt, width: image.width, height: image.height, srcset: image.srcset, sizes: image.sizes, lang: withLang ? image.lang : undefined, 'data-focal-point': focal, loading: lead ? 'eager' : 'lazy', fetchpriority: lead ? 'high' : undefined, decoding: lead ? undefined : 'async' })}>`;
}

/**
 * `<figcaption>` with the caption (inline HTML, sanitized) and the credit (`class="credit"`),
 * or nothing; in the image's language and its direction, as the element writes it (an English
 * caption in an Arabic article reads left to right).
 */
function figcaption(image: Pick<Image, 'caption' | 'credit' | 'lang'>): string {
  if (!image.caption && !image.credit) return '';
  const credit = image.credit ? `<small class="credit">${text(image.credit)}</small>` : '';
  return `<figcaption${attrs({ lang: image.lang, dir: directionFor(image.lang) })}>${image.caption ?? ''}${image.caption && credit ? ' ' : ''}${credit}</figcaption>`;
}

function figure(image: Image, extra: Record<string, string | undefined> = {}, lead = false): string {
  return `<figure${attrs(extra)}>${img(image, {}, true, lead)}${figcaption(image)}</figure>`;
}

/**
 * A block's own `lang`, `dir` (else its language's, as the element derives it: the markup reads
 * the right way without script and inside a page of the other direction) and id.
 */
const own = (block: Block) => ({ lang: block.lang, dir: directionFor(block.lang, block.dir), 'data-block-id': block.id });

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `<p${attrs(own(b))}>${b.html}</p>`;
    case 'heading': {
      const tag = `h${b.level ?? 2}`;
      return `<${tag}${attrs(own(b))}>${text(b.text)}</${tag}>`;
    }
    case 'image': {
      const { lang, dir, id, type: _, ...image } = b;
      return `<figure${attrs({ lang, dir: directionFor(lang, dir), 'data-block-id': id })}>${img(image, {}, false)}${figcaption(image)}</figure>`;
    }
    case 'gallery':
      return `<figure${attrs({ class: 'gallery', 'data-title': b.title, ...own(b) })}>${b.images.map((image) => figure(image)).join('')}${b.caption ? `<figcaption>${b.caption}</figcaption>` : ''}</figure>`;
    case 'ad':
      return `<div${attrs({ 'data-news-ad': true, 'data-sizes': b.sizes, 'data-unit': b.unit, 'data-label': b.label, ...own(b) })}></div>`;
    case 'quote':
      return `<blockquote${attrs(own(b))}><p>${b.html}</p>${b.cite ? `<cite>${text(b.cite)}</cite>` : ''}</blockquote>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}${attrs(own(b))}>${b.items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
    }
    case 'embed':
      // A link, not a frame: without JavaScript the reader follows it; the element makes the frame.
      return `<figure${attrs({ 'data-news-embed': true, 'data-width': b.width, 'data-height': b.height, ...own(b) })}><a href="${attrText(b.url)}">${text(b.title)}</a></figure>`;
    case 'divider':
      return `<hr${attrs(own(b))}>`;
  }
}

function author(person: Person): string {
  const name = person.url ? `<a rel="author"${attrs({ href: person.url })}>${text(person.name)}</a>` : text(person.name);
  return `<span itemprop="author">${name}${person.image ? img(person.image, { itemprop: 'image' }) : ''}</span>`;
}

/** A readable date for the markup (the machine-readable one is in `datetime`), in the digits the language's translation asks for. */
function shownDate(value: string, lang: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return value;
  }
}

function header(a: Article, shown: boolean): string {
  const parts: string[] = [];
  if (a.section) {
    const section = typeof a.section === 'string' ? { name: a.section } : a.section;
    parts.push(`<p itemprop="articleSection">${section.url ? `<a${attrs({ href: section.url })}>${text(section.name)}</a>` : text(section.name)}</p>`);
  }
  parts.push(`<h1 itemprop="headline">${text(a.headline)}</h1>`);
  if (a.subheadline) parts.push(`<p itemprop="alternativeHeadline">${text(a.subheadline)}</p>`);
  if (a.summary) parts.push(`<meta itemprop="description"${attrs({ content: a.summary })}>`);
  if (a.authors?.length) parts.push(`<p>${a.authors.map(author).join(', ')}</p>`);
  const dates = [
    a.datePublished && `<time itemprop="datePublished"${attrs({ datetime: a.datePublished })}>${text(shownDate(a.datePublished, a.lang))}</time>`,
    a.dateModified && `<time itemprop="dateModified"${attrs({ datetime: a.dateModified })}>${text(shownDate(a.dateModified, a.lang))}</time>`,
  ].filter(Boolean);
  if (dates.length) parts.push(`<p>${dates.join(' ')}</p>`);
  if (a.url) parts.push(`<link itemprop="url"${attrs({ href: a.url })}>`);
  if (a.image) parts.push(figure(a.image, { itemprop: 'image' }, shown));
  return `<header>${parts.join('')}</header>`;
}

function footer(a: Article): string {
  const parts: string[] = [];
  if (a.tags?.length) parts.push(`<ul>${a.tags.map((tag) => `<li itemprop="keywords">${text(tag)}</li>`).join('')}</ul>`);
  if (a.publisher) {
    const p = a.publisher;
    const name = p.url ? `<a${attrs({ href: p.url })}>${text(p.name)}</a>` : text(p.name);
    const logo = p.logo ? img(p.logo, { itemprop: 'logo' }) : '';
    const sameAs = (p.sameAs ?? []).map((url) => `<link itemprop="sameAs"${attrs({ href: url })}>`).join('');
    parts.push(`<p itemprop="publisher">${logo}${name}${sameAs}</p>`);
  }
  if (a.copyright) parts.push(`<p><small itemprop="copyrightNotice">${text(a.copyright)}</small></p>`);
  if (a.isAccessibleForFree !== undefined) parts.push(`<meta itemprop="isAccessibleForFree"${attrs({ content: String(a.isAccessibleForFree) })}>`);
  return parts.length ? `<footer>${parts.join('')}</footer>` : '';
}

/**
 * The HTML-first markup of `input` (an `Article`, or anything `parseArticle` takes): one
 * `<article>` to put inside `<news-article>`. Throws a `TypeError` naming the errors when the
 * input is not an article; `parseArticle` first tells the warnings too.
 */
export function renderArticleHTML(input: unknown, options: ParseOptions = {}): string {
  const result = parseArticle(input, options);
  if (!result.ok) throw new TypeError(`renderArticleHTML: not an article: ${result.errors.map((e) => `${e.path || '(document)'} ${e.message}`).join('; ')}`);
  return markup(result.article, true);
}

/**
 * The markup of an article that `parseArticle` gave (validated, its inline HTML sanitized), as
 * a copy that is never shown (the element's light-DOM copy for reader views): every image lazy,
 * so none of them loads.
 */
export function articleMarkup(a: Article): string {
  return markup(a, false);
}

/** `shown`: the markup is what the page shows (renderArticleHTML), so its lead image loads first. */
function markup(a: Article, shown: boolean): string {
  return `<article${attrs({ lang: a.lang, dir: directionFor(a.lang, a.dir), 'data-id': a.id, 'data-version': a.version, itemscope: true, itemtype: 'https://schema.org/NewsArticle' })}>${header(a, shown)}${a.body.map(block).join('')}${footer(a)}</article>`;
}
