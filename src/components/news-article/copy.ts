import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { builtInStrings, format, type Translation } from '../../i18n/localize.js';
import { safeUrl } from '../../internal/url.js';
import { NewsArticleCopyEvent } from './events.js';
import { Flash } from './flash.js';
import type { ArticleView } from './view.js';

/** How long the "Content is protected" notice stays on screen. */
export const NOTICE_MS = 4000;

type CopyStrings = Required<Pick<Translation, 'readMore' | 'contentProtected'>>;

/** The copy modes' built-in strings, by primary language (English for any other); a registered translation wins. */
const STRINGS: Record<string, CopyStrings> = {
  en: { readMore: 'Read more: {url} — {publisher}', contentProtected: 'Content is protected' },
  gu: { readMore: 'વધુ વાંચો: {url} — {publisher}', contentProtected: 'સામગ્રી સુરક્ષિત છે' },
  hi: { readMore: 'और पढ़ें: {url} — {publisher}', contentProtected: 'सामग्री सुरक्षित है' },
  ar: { readMore: 'اقرأ المزيد: {url} — {publisher}', contentProtected: 'المحتوى محمي' },
};

/** `view`'s copy strings: its translation's (registered ones), else the built-in ones of its language. */
const stringsOf = (view: ArticleView): CopyStrings => builtInStrings(view.strings, view.lang, STRINGS);

/**
 * The notice's styles: a toast at the bottom of the viewport, empty (and so invisible) when
 * idle. They come with this code: until it loads, the live region (rendered from the first
 * render on) is an empty, unstyled block of no height.
 */
const noticeStyles = css`
  .protect-notice {
    position: fixed;
    z-index: 1;
    inset-block-end: var(--_space-m);
    inset-inline: 0;
    inline-size: fit-content;
    max-inline-size: calc(100% - 2 * var(--_space-m));
    margin-inline: auto;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.9375em;
    line-height: 1.4;
  }
  .protect-notice:not(:empty) {
    padding: var(--_space-s) var(--_space-m);
  }
  @media (forced-colors: active) {
    .protect-notice:not(:empty) {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .protect-notice {
      display: none;
    }
  }
`;

export interface CopyHost extends ReactiveControllerHost, HTMLElement {
  /** `attribute` or `protect`; anything else leaves copying alone. */
  copy?: string | null;
}

/** Where `node` stands relative to `host`'s box in `node`'s own tree: -1 before, 0 inside (its light DOM), 1 after. */
function relativeTo(node: Node, offset: number, host: Element): number {
  const root = node.getRootNode();
  let ancestor: Element | undefined = host;
  while (ancestor && ancestor.getRootNode() !== root) ancestor = (ancestor.getRootNode() as Partial<ShadowRoot>).host;
  if (!ancestor) return 1; // not in any tree around the host: treat as outside
  const around = document.createRange();
  around.selectNode(ancestor);
  return around.comparePoint(node, offset);
}

/** The shadow roots around `host` (not its own), innermost first. */
function outerRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  return roots;
}

/**
 * The part of the reader's selection inside `root` (the host's shadow root), as a live range
 * in it; `inside` when the whole selection is in it. Selections that start or end on the
 * page around the element are cut at the element's edges.
 */
export function selectionIn(root: ShadowRoot): { range: Range; inside: boolean } | undefined {
  const selection = root.ownerDocument.getSelection();
  // Without composed ranges (older engines) a selection in a shadow root cannot be read: leave the copy alone.
  if (!selection?.rangeCount || typeof selection.getComposedRanges !== 'function') return undefined;
  const [composed] = selection.getComposedRanges({ shadowRoots: [root, ...outerRoots(root.host)] });
  if (!composed || composed.collapsed) return undefined;
  const startIn = composed.startContainer.getRootNode() === root;
  const endIn = composed.endContainer.getRootNode() === root;
  if (!startIn && relativeTo(composed.startContainer, composed.startOffset, root.host) > 0) return undefined;
  if (!endIn && relativeTo(composed.endContainer, composed.endOffset, root.host) < 0) return undefined;
  const range = document.createRange();
  range.selectNodeContents(root);
  if (startIn) range.setStart(composed.startContainer, composed.startOffset);
  if (endIn) range.setEnd(composed.endContainer, composed.endOffset);
  return { range, inside: startIn && endIn };
}

/** Whether `range` takes in any text of `body`. */
export function selectsTextOf(range: Range, body: Element): boolean {
  const part = document.createRange();
  part.selectNodeContents(body);
  if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
  return part.toString().trim() !== '';
}

/** Elements kept in the HTML clipboard flavour, with their attributes (plus `lang` and `dir`). */
const KEEP: Record<string, readonly string[]> = {
  p: [], h1: [], h2: [], h3: [], h4: [], blockquote: [], figure: [], figcaption: [], ul: [], ol: [], li: [], hr: [],
  br: [], a: ['href'], img: ['src', 'alt', 'width', 'height'], em: [], i: [], strong: [], b: [], u: [], s: [], sub: [],
  sup: [], small: [], mark: [], code: [], q: [], cite: [], abbr: ['title'], span: [], time: ['datetime'],
};
/** Elements left out with their content: controls, frames, drawings and our own machinery. */
const DROP = new Set(['button', 'iframe', 'slot', 'svg', 'script', 'style', 'template', 'dialog', 'input']);

/**
 * Copies `from`'s children into `to` (a node of the inert document `doc`): the kept elements
 * with their kept attributes (URLs absolute and allowed), other elements unwrapped, text as
 * text. What is copied is the rendered, already sanitized article; this keeps the clipboard
 * free of our parts, classes, ids and template markers.
 */
function copyClean(from: Node, to: Node, doc: Document): void {
  for (let node = from.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(doc.createTextNode((node as Text).data));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const name = element.localName;
      if (DROP.has(name) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
      const keep = Object.hasOwn(KEEP, name) ? KEEP[name]! : undefined;
      if (!keep) {
        copyClean(element, to, doc);
        continue;
      }
      const copy = doc.createElement(name);
      for (const attribute of ['lang', 'dir', ...keep]) {
        let value = element.getAttribute(attribute);
        if (value !== null && (attribute === 'href' || attribute === 'src')) value = safeUrl(value, attribute === 'href' ? 'link' : 'image');
        if (value !== null) copy.setAttribute(attribute, value);
      }
      copyClean(element, copy, doc);
      to.appendChild(copy);
    }
  }
}

/** `template` with `{name}` placeholders filled by nodes, made in `doc`. */
function formatNodes(template: string, values: Record<string, Node>, doc: Document): Node[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name && values[name] ? values[name] : doc.createTextNode(piece);
  });
}

/**
 * The `copy` attribute. Listens to the page's `copy` events (they start in the shadow root
 * when the selection does, and are composed) and acts only when the selection takes in text
 * of the article's body:
 *
 * - `attribute`: the clipboard gets the selection plus "Read more: <url>" and the publisher,
 *   as text/plain (the selection's text as the browser would copy it) and as text/html (the
 *   selection's markup, cleaned, then a paragraph with the link). Needs the article's `url`.
 *   A selection that also takes in page text around the element is left to the browser.
 * - `protect`: the copy is cancelled and nothing is written, so the clipboard keeps what it
 *   had (per the Clipboard API, a cancelled copy with no data changes nothing), and a polite
 *   "Content is protected" notice shows for a few seconds.
 *
 * Neither changes the selection, the context menu, dragging or what assistive technology reads.
 */
export class CopyController implements ReactiveController {
  readonly #host: CopyHost;
  readonly #view: () => ArticleView | undefined;
  /** The document listened to (the host's, when it was connected). */
  #document?: Document;
  readonly #notice: Flash;

  constructor(host: CopyHost, view: () => ArticleView | undefined) {
    this.#host = host;
    this.#view = view;
    this.#notice = new Flash(host, NOTICE_MS);
    // Made once the host has rendered: its shadow root is there. (Every engine with the
    // CSS the element uses, light-dark() among it, has constructable style sheets.)
    const root = host.shadowRoot;
    const sheet = noticeStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    host.addController(this);
  }

  hostConnected(): void {
    this.#document = this.#host.ownerDocument;
    this.#document.addEventListener('copy', this.#onCopy);
  }

  hostDisconnected(): void {
    this.#document?.removeEventListener('copy', this.#onCopy);
    this.#notice.clear();
  }

  readonly #onCopy = (event: ClipboardEvent): void => {
    const mode = this.#host.copy;
    const view = this.#view();
    const root = this.#host.shadowRoot;
    const body = root?.querySelector('[part~="body"]');
    if ((mode !== 'attribute' && mode !== 'protect') || !view || !body || event.defaultPrevented) return;
    const selected = selectionIn(root!);
    if (!selected || !selectsTextOf(selected.range, body)) return;
    const url = view.article.url; // validated: an absolute http(s) URL
    if (mode === 'attribute' && (!url || !selected.inside || !event.clipboardData)) return;
    if (!this.#host.dispatchEvent(new NewsArticleCopyEvent(mode))) return;
    event.preventDefault();
    if (mode === 'protect') this.#notice.show();
    else this.#attribute(event.clipboardData!, selected.range, url!, view);
  };

  #attribute(data: DataTransfer, range: Range, url: string, view: ArticleView): void {
    const { article, lang, dir } = view;
    const { readMore } = stringsOf(view);
    const publisher = article.publisher?.name ?? new URL(url).hostname;
    // The selection's text as the browser lays it out (line breaks between blocks).
    const text = this.#host.ownerDocument.getSelection()!.toString();
    data.setData('text/plain', `${text}\n\n${format(readMore, { url, publisher })}`);

    // An inert document: nothing in it loads or runs.
    const doc = document.implementation.createHTMLDocument('');
    const out = doc.createElement('div');
    out.lang = lang;
    out.dir = dir;
    copyClean(range.cloneContents(), out, doc);
    const link = doc.createElement('a');
    link.href = url;
    link.textContent = url;
    const publisherUrl = article.publisher?.url;
    let name: Node = doc.createTextNode(publisher);
    if (publisherUrl) {
      name = doc.createElement('a');
      (name as HTMLAnchorElement).href = publisherUrl;
      name.textContent = publisher;
    }
    const line = doc.createElement('p');
    line.append(...formatNodes(readMore, { url: link, publisher: name }, doc));
    out.append(line);
    data.setData('text/html', out.outerHTML);
  }

  /** The text of the "Content is protected" notice for `view`: there for a few seconds after a cancelled copy, else empty. */
  notice(view: ArticleView): string {
    return this.#notice.on ? stringsOf(view).contentProtected : '';
  }
}
