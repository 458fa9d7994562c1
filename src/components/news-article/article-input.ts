import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article, ArticleIssue } from '../../article/types.js';
import { parseArticleToRender } from '../../article/validate.js';
import { languageAround } from '../../i18n/localize.js';
import type { NewsArticleErrorKind } from './events.js';
import { Lazy } from '../../internal/lazy.js';
import { fetchArticle } from './fetch-article.js';

/** Marks the light-DOM copy of an article from JSON (light-copy.ts): never read back as HTML children. */
export const COPY_ATTRIBUTE = 'data-news-copy';

/** The importers' mappers (news-elements/import), for a `src` in another format: a lazy chunk. */
const importers = new Lazy('<news-article>', 'import', () => import('../../import/map.js'));

/** Reading HTML children is a lazy chunk: the children are on screen meanwhile. */
const childrenReader = new Lazy('<news-article>', 'HTML reading', () => import('./read-children.js'));

/** Where the element's article stands, whichever route it came by. */
export type InputState =
  | { readonly status: 'empty' }
  /** `src` is being fetched, or (no `src`) the HTML children are being read, and stay on screen. */
  | { readonly status: 'loading'; readonly src?: string }
  | {
      readonly status: 'ready';
      readonly article: Article;
      readonly warnings: ArticleIssue[];
      readonly baseURL?: string;
      /** The article came from the HTML children, which are its no-JS rendering and its reader-view copy. */
      readonly fromChildren?: boolean;
    }
  | {
      readonly status: 'error';
      readonly kind: NewsArticleErrorKind;
      readonly httpStatus?: number;
      readonly errors: ArticleIssue[];
      /** Fetched articles can be asked for again. */
      readonly retry: boolean;
      /** The HTML children could not be read as an article: they stay on screen as they are. */
      readonly fromChildren?: boolean;
    };

export interface InputHost extends ReactiveControllerHost, HTMLElement {
  article?: Article | string | null;
  src?: string | null;
  crossOrigin?: string | null;
  timeout: number;
  format?: string;
}

const SCRIPT = ':scope > script[type="application/json"]';

/** Children that are not the article's content: ours (placed ad slots, JSON-LD, the copy), scripts and metadata. */
const NOT_CONTENT = 'script, template, style, link, meta, [slot], [data-news-copy]';

/**
 * One input state for `<news-article>`, fed by every route: the `article` property or
 * attribute, then `src`, then a child `<script type="application/json">`, then the HTML
 * children (an `<article>`, or the content itself: the html format, src/import/html-article.ts).
 * The first one given wins; nothing given is `empty` (the element shows its light DOM).
 *
 * `src` is fetched when it (or `crossorigin`, or `timeout`) changes, and the request is
 * aborted when it changes again, when another route takes over, or when the element leaves
 * the page (it starts again on reconnect).
 */
export class ArticleInput implements ReactiveController {
  state: InputState = { status: 'empty' };
  /** The state changed since the host last announced it (with a load or error event). */
  unannounced = false;

  readonly #host: InputHost;
  /** What the current state was made from: the article value, `src …`, or the script's text. */
  #from: unknown;
  #request?: AbortController;
  #script?: Element;
  #scriptText?: string;
  /** The content children, and how often that list changed (the key of the children route). */
  #content: Element[] = [];
  #contentVersion = 0;
  // Direct children only (a script or content added or removed), and the one script's own
  // text: ad scripts write deep inside the light-DOM ad slots, and none of that is ours to read.
  readonly #children = new MutationObserver(() => {
    this.#readScript();
    this.#readContent();
  });
  readonly #scriptWatch = new MutationObserver(() => this.#readScript());

  constructor(host: InputHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#children.observe(this.#host, { childList: true });
    this.#readScript();
    this.#readContent();
    // Back on the page after a request was cancelled: update() starts it again.
    if (this.#from === undefined && this.state.status === 'loading') this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#children.disconnect();
    this.#scriptWatch.disconnect();
    this.#script = undefined;
    if (this.#request) {
      this.#cancel();
      this.#from = undefined; // fetch again when the element comes back
    }
  }

  /** Brings the state up to date with the host's inputs; call from `willUpdate`. */
  update(changed: PropertyValues): void {
    const { article, src } = this.#host;
    if (article !== undefined && article !== null) {
      if (changed.has('article') || this.#from !== article) this.#parse(article, article);
      return;
    }
    const url = src?.trim();
    if (url) {
      const credentials: RequestCredentials = this.#host.crossOrigin === 'use-credentials' ? 'include' : 'same-origin';
      const key = `src ${credentials} ${this.#host.timeout} ${this.#host.format ?? ''} ${url}`;
      if (this.#from !== key) this.#load(key, url, credentials);
      return;
    }
    const text = this.#scriptText;
    if (text !== undefined) {
      if (this.#from !== text) this.#parse(text, text);
    } else if (this.#content.length) {
      const key = `children ${this.#contentVersion}`;
      if (this.#from !== key) this.#readChildren(key);
    } else if (this.state.status !== 'empty') {
      this.#cancel();
      this.#from = undefined;
      this.#set({ status: 'empty' });
    }
  }

  /** Fetches `src` again (the error box's retry button). */
  retry(): void {
    this.#from = undefined;
    this.#host.requestUpdate();
  }

  #set(state: InputState): void {
    this.state = state;
    this.unannounced = state.status === 'ready' || state.status === 'error';
  }

  #cancel(): void {
    this.#request?.abort();
    this.#request = undefined;
  }

  #parse(input: Article | string, from: unknown, baseURL?: string): void {
    this.#cancel();
    this.#from = from;
    let data: unknown = input;
    if (typeof input === 'string') {
      if (!input.trim()) return this.#fail('empty', [{ path: '', message: 'no article was given' }], false);
      try {
        data = JSON.parse(input);
      } catch (error) {
        return this.#fail('not-json', [{ path: '', message: `is not valid JSON (${(error as Error).message})` }], baseURL !== undefined);
      }
    }
    const result = parseArticleToRender(data, { baseURL, lang: languageAround(this.#host) });
    if (result.ok) this.#set({ status: 'ready', article: result.article, warnings: result.warnings, baseURL });
    else this.#fail('invalid', result.errors, baseURL !== undefined);
  }

  #fail(kind: NewsArticleErrorKind, errors: ArticleIssue[], retry: boolean, httpStatus?: number): void {
    this.#set({ status: 'error', kind, errors, retry, httpStatus });
  }

  #load(key: string, src: string, credentials: RequestCredentials): void {
    this.#cancel();
    this.#from = key;
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      return this.#fail('network', [{ path: 'src', message: `${JSON.stringify(src.slice(0, 80))} is not a URL` }], false);
    }
    const request = new AbortController();
    this.#request = request;
    this.#set({ status: 'loading', src: url });
    void fetchArticle(url, { signal: request.signal, timeout: this.#host.timeout, credentials }).then((result) => {
      if (this.#request !== request) return; // superseded or cancelled
      this.#request = undefined;
      if (result.ok) this.#fetched(result.text, key, result.url);
      else if (result.kind !== 'aborted') this.#fail(result.kind, [{ path: 'src', message: result.message }], true, result.status);
      this.#host.requestUpdate();
    });
  }

  /** Reads the HTML children as an article (the reader is a lazy chunk; the children stay on screen meanwhile). */
  #readChildren(key: string): void {
    this.#cancel();
    this.#from = key;
    this.#set({ status: 'loading' });
    const nodes = this.#content;
    void childrenReader.get().then((reader) => {
      if (this.#from !== key) return; // the children changed, or another route took over
      if (!reader) {
        this.#set({ status: 'error', kind: 'invalid', errors: [{ path: '', message: 'the code that reads HTML children did not load' }], retry: false, fromChildren: true });
        return this.#host.requestUpdate();
      }
      const { article, warnings } = reader.readChildren(nodes);
      article.lang ??= languageAround(this.#host);
      const result = parseArticleToRender(article, { lang: languageAround(this.#host) });
      if (result.ok) this.#set({ status: 'ready', article: result.article, warnings: [...warnings, ...result.warnings], fromChildren: true });
      else this.#set({ status: 'error', kind: 'invalid', errors: [...warnings, ...result.errors], retry: false, fromChildren: true });
      this.#host.requestUpdate();
    });
  }

  /** A fetched response: Article JSON, or (with `format`, or told apart) a document an importer reads. */
  #fetched(text: string, key: string, url: string): void {
    const format = this.#host.format?.trim() || undefined;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // Markup, for the html and jsonld formats; anything else is not JSON.
      if (format !== 'html' && format !== 'jsonld') return this.#parse(text, key, url);
    }
    const isArticle = typeof data === 'object' && data !== null && 'headline' in data && 'body' in data;
    // Article JSON, already parsed: not parsed again.
    if (!format && isArticle) return this.#parse(data as Article, key, url);
    this.#set({ status: 'loading', src: url });
    void importers.get().then(async (code) => {
      if (this.#from !== key) return;
      const source = data ?? text;
      // Without the code, or in no format it can tell: read as Article JSON, which says what is wrong.
      if (!code || (!format && !code.detectFormat(source))) {
        this.#parse(text, key, url);
        return this.#host.requestUpdate();
      }
      const lang = languageAround(this.#host);
      const mapped = await code.mapDocument(source, { format: format as never, baseURL: url, lang });
      if (this.#from !== key) return;
      if (!mapped.ok) this.#fail('invalid', mapped.errors, true);
      else {
        // Validated as any article is here (sanitized as it renders), with the mapping's warnings first.
        const { article, warnings } = mapped.mapped;
        const result = parseArticleToRender(article, { baseURL: url, lang });
        if (result.ok) this.#set({ status: 'ready', article: result.article, warnings: [...warnings, ...result.warnings], baseURL: url });
        else this.#fail('invalid', [...warnings, ...result.errors], true);
      }
      this.#host.requestUpdate();
    });
  }

  #readContent(): void {
    const content = Array.from(this.#host.children).filter((child) => !child.matches(NOT_CONTENT));
    if (content.length === this.#content.length && content.every((child, i) => child === this.#content[i])) return;
    this.#content = content;
    this.#contentVersion++;
    this.#host.requestUpdate();
  }

  #readScript(): void {
    const script = this.#host.querySelector(SCRIPT) ?? undefined;
    if (script !== this.#script) {
      this.#script = script;
      this.#scriptWatch.disconnect();
      if (script) this.#scriptWatch.observe(script, { childList: true, characterData: true, subtree: true });
    }
    const text = script?.textContent ?? undefined;
    if (text === this.#scriptText) return;
    this.#scriptText = text;
    this.#host.requestUpdate();
  }
}
