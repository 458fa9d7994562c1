import { html, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Article, Image, Person } from '../../article/types.js';
import { sanitizeInlineHtml } from '../../internal/sanitize-html.js';
import { safeUrl } from '../../internal/url.js';

/**
 * What the JSON-LD is made from: the article (as validated: page URLs are absolute, and a
 * fetched article's image URLs too) and its language.
 */
export interface JsonLdSource {
  article: Article;
  lang?: string;
}

type Json = string | number | boolean | Json[] | { [key: string]: Json | undefined };
type JsonObject = { [key: string]: Json | undefined };

/** An image's absolute http(s) URL (a relative one resolves against the page), or `undefined` for a data: URL, of no use to a crawler. */
function imageUrl(src: string): string | undefined {
  const url = safeUrl(src, 'image');
  return url && /^https?:/.test(url) ? url : undefined;
}

function imageObject(image: Image): JsonObject | undefined {
  const url = imageUrl(image.src);
  if (!url) return undefined;
  // The caption is inline HTML: its text, through the one sanitizer.
  const caption = image.caption ? sanitizeInlineHtml(image.caption).fragment.textContent!.trim() : '';
  return {
    '@type': 'ImageObject',
    url,
    contentUrl: url,
    width: image.width,
    height: image.height,
    caption: caption || undefined,
    creditText: image.credit || undefined,
  };
}

function person(author: Person): JsonObject {
  const image = author.image ? imageObject(author.image) : undefined;
  return { '@type': 'Person', name: author.name, url: author.url, image };
}

/** The article's images for `image`: the lead image first, then the body's, each once. */
function images(article: Article): JsonObject[] {
  const all: Image[] = article.image ? [article.image] : [];
  for (const block of article.body) {
    if (block.type === 'image') all.push(block);
    else if (block.type === 'gallery') all.push(...block.images);
  }
  const seen = new Set<string>();
  return all.flatMap((image) => {
    const object = imageObject(image);
    if (!object || seen.has(object.url as string)) return [];
    seen.add(object.url as string);
    return [object];
  });
}

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);

/**
 * The schema.org `NewsArticle` for an article, as a plain object (fields the article does
 * not have are left out).
 */
export function newsArticleJsonLd({ article, lang }: JsonLdSource): JsonObject {
  const url = article.url;
  const section = typeof article.section === 'string' ? article.section : article.section?.name;
  const publisher = article.publisher;
  const logo = publisher?.logo ? imageObject(publisher.logo) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    alternativeHeadline: article.subheadline,
    description: article.summary,
    image: nonEmpty(images(article)),
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    author: nonEmpty((article.authors ?? []).map(person)),
    publisher: publisher && {
      '@type': 'Organization',
      name: publisher.name,
      url: publisher.url,
      logo,
      sameAs: nonEmpty(publisher.sameAs ?? []),
    },
    inLanguage: lang ?? article.lang,
    isAccessibleForFree: article.isAccessibleForFree,
    mainEntityOfPage: url && { '@type': 'WebPage', '@id': url },
    url,
    articleSection: section,
    keywords: nonEmpty(article.tags ?? []),
    copyrightNotice: article.copyright,
  };
}

/** Characters that could end the `<script>`, open a comment or read differently outside JSON, as JSON escapes. */
const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * `value` as JSON that is safe as the text of a `<script>`: `<`, `>`, `&`, U+2028 and U+2029
 * are written as `\uXXXX` escapes, so no `</script>` or `<!--` can appear and the text is the
 * same JSON to any parser.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A `<script type="application/ld+json">` holding `text`. Under Trusted Types a script's text
 * can only be set with a TrustedScript; a script that comes from a template parse (as Lit's
 * templates are, through Lit's own policy) has its text from the parser and is marked as
 * already started, so it is never run or checked. The text is set through a Lit text
 * binding, which is why only the text node is kept (Lit's marker comments would otherwise be
 * serialized into the script's text).
 */
function createScript(text: string): HTMLScriptElement {
  const scratch = document.createElement('div');
  render(html`<script type="application/ld+json">${text}</script>`, scratch);
  const script = scratch.querySelector('script')!;
  for (const node of Array.from(script.childNodes)) if (node.nodeType !== Node.TEXT_NODE) node.remove();
  script.normalize();
  return script;
}

export interface JsonLdHost extends ReactiveControllerHost, HTMLElement {
  /** When set, no JSON-LD is written (the original publisher's page has it). */
  syndicated?: boolean;
}

/**
 * Keeps one schema.org `NewsArticle` `<script type="application/ld+json">` in the host's
 * light DOM, where crawlers read it (it is not slotted, so it is never shown): written after
 * the article renders, replaced when the article changes, and removed when there is no
 * article, when the host is `syndicated`, and when the host leaves the page (it comes back
 * with the host).
 */
export class JsonLdController implements ReactiveController {
  readonly #host: JsonLdHost;
  readonly #source: () => JsonLdSource | undefined;
  #script?: HTMLScriptElement;
  #built?: JsonLdSource;
  #text = '';

  constructor(host: JsonLdHost, source: () => JsonLdSource | undefined) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#script?.remove();
  }

  #sync(): void {
    const source = this.#host.syndicated ? undefined : this.#source();
    if (!source) {
      this.#script?.remove();
      this.#script = undefined;
      this.#built = undefined;
      return;
    }
    const built = this.#built;
    if (!built || built.article !== source.article || built.lang !== source.lang) {
      this.#built = { article: source.article, lang: source.lang };
      const text = jsonLdText(newsArticleJsonLd(source));
      if (text !== this.#text || !this.#script) {
        this.#text = text;
        const script = createScript(text);
        if (this.#script?.parentNode === this.#host) this.#script.replaceWith(script);
        this.#script = script;
      }
    }
    if (this.#script!.parentNode !== this.#host) this.#host.append(this.#script!);
  }
}
