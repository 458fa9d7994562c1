/**
 * The `wordpress` format: a post of the WordPress REST API v2 (`/wp/v2/posts/<id>`, or an
 * array of one), with or without `?_embed`. Its `content.rendered` is read by html.ts, with
 * WordPress's own markup recognized first: classic captions and `[gallery]` output, Gutenberg
 * galleries, embeds and pull quotes, ad plugins' markers, and shortcodes left in the text.
 *
 * A post does not say its language (that is a site setting, such as `gu_IN`): pass `lang`.
 */
import type { AdBlock, Block, Image, Person, Section } from '../article/types.js';
import { attr, parseHtml, textOf, type HElement, type HNode } from '../internal/html-tree.js';
import { captionOf, escapeHtml, htmlToBlocks, imageOf, nodesToBlocks, outermost, type HtmlContext } from './html.js';
import { Warnings, type Mapped, type Mapper } from './types.js';
import { clean, elementsOf, isRecord, type Json, str } from './util.js';

const rendered = (value: unknown) => (isRecord(value) ? str(value['rendered']) : undefined);
const classes = (element: HElement) => (attr(element, 'class') ?? '').split(/\s+/);

/** The text of HTML (`title.rendered` is HTML: entities, sometimes tags). */
const textOfHtml = (html: string) => clean(textOf(parseHtml(html) ?? []));

/** A shortcode standing alone: `[name attrs]`, `[/name]`. */
const SHORTCODE = /\[(\/?)([a-z][\w-]*)(?:\s[^\]]*)?\]/gi;
/** Shortcodes and comments that ad plugins leave where an ad goes. */
const AD_SHORTCODE = /^(ad|ads|adsense|adinserter|ad_?slot|advanced_ad|the_ad)$/i;
const AD_COMMENT = /^\s*(CusAds\w*|ad-slot|wp-ad\b|adsense\b|google_ad_section_start)/i;

/** Names for embeds without a caption, by Gutenberg's provider class (`is-provider-youtube`). */
const PROVIDERS: Record<string, string> = { youtube: 'YouTube video', vimeo: 'Vimeo video' };

/** Dates of the REST API: `date_gmt` has no zone (it is UTC). */
function gmt(value: unknown): string | undefined {
  const date = str(value);
  return date && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(date) ? `${date}Z` : date;
}

export const fromWordpress: Mapper = (source, options) => {
  const warnings = new Warnings();
  const post = Array.isArray(source) ? source[0] : source;
  if (Array.isArray(source) && source.length > 1) warnings.add('', `holds ${source.length} posts; the first is read`);
  if (!isRecord(post)) {
    warnings.add('', 'is not a WordPress post (an object with title and content)');
    return { article: {}, warnings: warnings.list };
  }
  const at = Array.isArray(source) ? '[0].' : '';
  const article: Mapped['article'] = {};
  const title = rendered(post['title']);
  if (title) article.headline = textOfHtml(title);
  if (options.lang) article.lang = options.lang;
  else warnings.add(`${at}lang`, 'a post does not say its language: pass lang (the site\'s locale, such as gu_IN); read as "und"');
  article.lang ??= 'und';
  const excerpt = rendered(post['excerpt']);
  // Without the "read more" marker WordPress appends (`[…]`), and one ellipsis at most.
  if (excerpt) article.summary = textOfHtml(excerpt).replace(/\s*\[(?:…|\.\.\.)\]$/, '').replace(/(…\s*)+$/, '…');
  const published = gmt(post['date_gmt']) ?? str(post['date']);
  const modified = gmt(post['modified_gmt']) ?? str(post['modified']);
  if (published) article.datePublished = published;
  if (modified && modified !== published) article.dateModified = modified;
  const link = str(post['link']);
  if (link) article.url = link;
  if (typeof post['id'] === 'number') article.id = String(post['id']);

  const embedded = isRecord(post['_embedded']) ? post['_embedded'] : undefined;
  const authors = authorsOf(embedded, post);
  if (authors.length) article.authors = authors;
  const terms = termsOf(embedded);
  if (terms.section) article.section = terms.section;
  if (terms.tags.length) article.tags = terms.tags;
  const image = featuredImage(embedded, post, at, warnings);
  if (image) article.image = image;

  const content = rendered(post['content']);
  let body: Block[] = [];
  if (content) {
    const context: HtmlContext = { warnings, ad: adMarker, special: wordpressMarkup };
    body = htmlToBlocks(stripShortcodes(content, `${at}content.rendered`, warnings), `${at}content.rendered`, context);
    // Themes print the title as the first heading of the content too.
    const first = body[0];
    if (first?.type === 'heading' && article.headline && clean(first.text) === clean(article.headline)) {
      body.shift();
      warnings.add(`${at}content.rendered`, 'its first heading repeats the title; dropped');
    }
  }
  article.body = body;
  return { article, warnings: warnings.list };
};

function authorsOf(embedded: Json | undefined, post: Json): Person[] {
  const list = embedded && Array.isArray(embedded['author']) ? embedded['author'] : [];
  const people: Person[] = [];
  for (const author of list) {
    if (!isRecord(author) || !str(author['name'])) continue;
    const person: Person = { name: clean(author['name'] as string) };
    const url = str(author['link']) ?? str(author['url']);
    if (url) person.url = url;
    const avatars = isRecord(author['avatar_urls']) ? author['avatar_urls'] : {};
    const avatar = str(avatars['96']) ?? str(avatars['48']);
    if (avatar) person.image = { src: avatar, alt: '' };
    people.push(person);
  }
  // Plugins that add the author's name to the post itself.
  const info = isRecord(post['author_info']) ? str(post['author_info']['display_name']) : undefined;
  if (!people.length && info) people.push({ name: clean(info) });
  return people;
}

function termsOf(embedded: Json | undefined): { section?: Section; tags: string[] } {
  const groups = embedded && Array.isArray(embedded['wp:term']) ? embedded['wp:term'] : [];
  let section: Section | undefined;
  const tags: string[] = [];
  for (const term of groups.flat()) {
    if (!isRecord(term) || !str(term['name'])) continue;
    const name = textOfHtml(term['name'] as string);
    if (term['taxonomy'] === 'category' && !section) section = str(term['link']) ? { name, url: term['link'] as string } : { name };
    else if (term['taxonomy'] === 'post_tag') tags.push(name);
  }
  return { section, tags };
}

function featuredImage(embedded: Json | undefined, post: Json, at: string, warnings: Warnings): Image | undefined {
  const path = `${at}_embedded.wp:featuredmedia[0]`;
  const media = embedded && Array.isArray(embedded['wp:featuredmedia']) ? embedded['wp:featuredmedia'][0] : undefined;
  if (isRecord(media) && str(media['source_url'])) {
    const image: Image = { src: media['source_url'] as string, alt: clean(str(media['alt_text']) ?? '') };
    if (!image.alt) warnings.add(`${path}.alt_text`, 'the featured image has no alt text; give it one (it is kept as "")');
    const details = isRecord(media['media_details']) ? media['media_details'] : {};
    if (Number.isInteger(details['width']) && Number.isInteger(details['height'])) Object.assign(image, { width: details['width'], height: details['height'] });
    const sizes = isRecord(details['sizes']) ? Object.values(details['sizes']) : [];
    const candidates = new Map<number, string>();
    for (const size of sizes) {
      if (isRecord(size) && str(size['source_url']) && Number.isInteger(size['width'])) candidates.set(size['width'] as number, size['source_url'] as string);
    }
    if (candidates.size > 1) {
      image.srcset = [...candidates].sort(([a], [b]) => a - b).map(([width, url]) => `${url} ${width}w`).join(', ');
      image.sizes = '100vw';
    }
    const caption = rendered(media['caption']);
    if (caption) {
      const nodes = parseHtml(caption) ?? [];
      const p = elementsOf(nodes).find((node) => node.name === 'p');
      const text = textOf(nodes).trim();
      if (text) image.caption = p ? captionOf({ ...p, name: 'figcaption' }).html ?? escapeHtml(text) : escapeHtml(text);
    }
    const meta = isRecord(details['image_meta']) ? details['image_meta'] : {};
    const credit = str(meta['credit']) ?? str(meta['copyright']);
    if (credit) image.credit = clean(credit);
    return image;
  }
  const url = str(post['jetpack_featured_media_url']) ?? str(post['featured_image_src']);
  if (!url) return undefined;
  warnings.add(`${at}${typeof post['jetpack_featured_media_url'] === 'string' ? 'jetpack_featured_media_url' : 'featured_image_src'}`, 'the featured image without ?_embed has no alt text or size; kept with alt ""');
  return { src: url, alt: '' };
}

/** Removes shortcodes that WordPress left unrendered (an ad shortcode becomes an ad marker). */
function stripShortcodes(html: string, path: string, warnings: Warnings): string {
  const found = new Set<string>();
  const out = html.replace(SHORTCODE, (_match, end: string, name: string) => {
    if (AD_SHORTCODE.test(name)) return end ? '' : '<ad-slot></ad-slot>';
    found.add(name);
    return '';
  });
  if (found.size) warnings.add(path, `unrendered shortcodes removed: ${[...found].map((name) => `[${name}]`).join(', ')}`);
  return out;
}

/** Ad plugins' markers: comments, Ad Inserter's `.code-block`, Advanced Ads' wrappers, AdSense's `<ins>`. */
function adMarker(node: HNode): AdBlock | undefined {
  if (node.type === 'comment') return AD_COMMENT.test(node.text) ? { type: 'ad' } : undefined;
  if (node.type !== 'element') return undefined;
  const names = classes(node);
  if (node.name === 'ins' && names.includes('adsbygoogle')) return { type: 'ad' };
  if (names.some((name) => name === 'code-block' || /^advads-|^wp-block-ad/.test(name))) return { type: 'ad' };
  return undefined;
}

/** WordPress's own markup, before the generic rules. */
function wordpressMarkup(element: HElement, path: string, context: HtmlContext): Block[] | undefined {
  const names = classes(element);
  // Classic editor captions: <div class="wp-caption"><img><p class="wp-caption-text">.
  if (element.name === 'div' && names.includes('wp-caption')) {
    const img = find(element, (e) => e.name === 'img');
    const text = find(element, (e) => classes(e).includes('wp-caption-text'));
    const image = img && imageOf(img, `${path} > img`, context);
    if (!image) return [];
    const { html, credit } = captionOf(text && { ...text, name: 'figcaption' });
    return [{ type: 'image', ...image, ...(html ? { caption: html } : {}), ...(credit ? { credit } : {}) }];
  }
  // The [gallery] shortcode's output: div.gallery > (figure|dl).gallery-item.
  if (names.includes('gallery') && !names.includes('wp-block-gallery')) {
    const items = outermost(element, (e) => classes(e).includes('gallery-item'));
    const images = items.flatMap((item, i) => {
      const img = find(item, (e) => e.name === 'img');
      const image = img && imageOf(img, `${path} > .gallery-item[${i + 1}] > img`, context);
      if (!image) return [];
      const caption = find(item, (e) => classes(e).includes('gallery-caption'));
      const { html } = captionOf(caption && { ...caption, name: 'figcaption' });
      return [{ ...image, ...(html ? { caption: html } : {}) }];
    });
    return images.length ? [{ type: 'gallery', images }] : [];
  }
  // Gutenberg embeds whose oEmbed was not rendered: the URL alone in the wrapper.
  if (element.name === 'figure' && names.includes('wp-block-embed') && !find(element, (e) => e.name === 'iframe')) {
    const wrapper = find(element, (e) => classes(e).includes('wp-block-embed__wrapper'));
    const url = wrapper && textOf(wrapper.children).trim();
    if (url && /^https:\/\//.test(url)) {
      const caption = find(element, (e) => e.name === 'figcaption');
      const title = caption ? clean(textOf(caption.children)) : '';
      const provider = names.find((name) => name.startsWith('is-provider-'))?.slice('is-provider-'.length) ?? '';
      const named = title || PROVIDERS[provider] || 'Embedded content';
      if (!title) context.warnings.add(path, `an embed of ${url.slice(0, 60)} has no title; it is called "${named}"`);
      return [{ type: 'embed', url, title: named }];
    }
    context.warnings.add(path, 'an embed without a frame or an https URL; dropped');
    return [];
  }
  // Pull quotes and quotes wrapped in a figure.
  if (element.name === 'figure' && !find(element, (e) => e.name === 'img')) {
    const quote = find(element, (e) => e.name === 'blockquote');
    if (quote) return nodesToBlocks([quote], path, context);
  }
  return undefined;
}

const find = (element: HElement, test: (e: HElement) => boolean): HElement | undefined => outermost(element, test)[0];
