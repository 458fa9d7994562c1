import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type SVGTemplateResult, type TemplateResult } from 'lit';
import { format } from '../../i18n/localize.js';
import { Flash } from './flash.js';
import { NewsArticleShareEvent, type NewsArticleShareNetwork } from './events.js';
import { networkOf } from './social.js';
import type { ArticleView } from './view.js';

/** How long "Link copied" stays on screen. */
export const CONFIRMATION_MS = 4000;

type LinkNetwork = Exclude<NewsArticleShareNetwork, 'native' | 'copy'>;

const q = encodeURIComponent;

/**
 * The share links for an article's canonical `url` and `title`, in display order. Every value
 * is percent-encoded as a URI component (UTF-8), so non-Latin headlines, `&`, `#` and `+`
 * arrive intact; e-mail uses `%20` for spaces and CRLF line breaks, as `mailto:` requires (RFC 6068).
 */
export function shareLinks(url: string, title: string): { network: LinkNetwork; name: string; href: string }[] {
  return [
    { network: 'whatsapp', name: 'WhatsApp', href: `https://wa.me/?text=${q(`${title} ${url}`)}` },
    { network: 'x', name: 'X', href: `https://x.com/intent/tweet?text=${q(title)}&url=${q(url)}` },
    { network: 'facebook', name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
    { network: 'telegram', name: 'Telegram', href: `https://t.me/share/url?url=${q(url)}&text=${q(title)}` },
    { network: 'email', name: 'E-mail', href: `mailto:?subject=${q(title)}&body=${q(`${title}\r\n\r\n${url}`)}` },
  ];
}

/* 24×24 line icons (stroke = currentColor), as in social.ts. */
const MAIL = svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>`;
const LINK = svg`<path d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1"/><path d="M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1"/>`;
const SHARE = svg`<circle cx="18" cy="5" r="2.5"/><circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="19" r="2.5"/><path d="M8.2 10.8l7.6-4.4M8.2 13.2l7.6 4.4"/>`;

const icon = (shape: SVGTemplateResult) => html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;

interface ShareNavigator {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
}

/**
 * The footer's share buttons (the `share` attribute): one "Share" button for the Web Share
 * API where the browser has it, else links to WhatsApp, X, Facebook, Telegram and e-mail
 * plus a "Copy link" button with a polite confirmation. Everything shares the article's
 * canonical `url`; without one there is nothing to share and nothing is shown. Network links
 * open in a new tab without opener or referrer; the e-mail link opens in place (a `mailto:`
 * in a new tab leaves an empty tab behind). Each action fires a cancelable
 * `news-article-share` first.
 */
export class ShareController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #copied: Flash;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    this.#copied = new Flash(host, CONFIRMATION_MS);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#copied.clear();
  }

  /** Fires the share event; `false` when the page cancelled it. */
  #announce(network: NewsArticleShareNetwork): boolean {
    return this.#host.dispatchEvent(new NewsArticleShareEvent(network));
  }

  async #shareNatively(data: ShareData): Promise<void> {
    if (!this.#announce('native')) return;
    try {
      await (navigator as ShareNavigator).share!(data);
    } catch {
      // Dismissed by the reader (AbortError) or refused by the browser: nothing to do.
    }
  }

  async #copyLink(url: string): Promise<void> {
    if (!this.#announce('copy')) return;
    if (!(await writeText(url))) return;
    this.#copied.show();
  }

  /** The share block for `view`, or nothing when the article has no canonical URL. */
  render(view: ArticleView): TemplateResult | typeof nothing {
    const { article, strings } = view;
    const url = article.url; // validated: an absolute http(s) URL
    if (!url) return nothing;
    const title = article.headline;
    const data: ShareData = { title, url };
    const nav = navigator as ShareNavigator;
    const native = typeof nav.share === 'function' && (nav.canShare?.(data) ?? true);
    return html`<div part="share" class="share" role="group" aria-label=${strings.share}>
      ${native
        ? html`<button part="share-button" type="button" @click=${() => void this.#shareNatively(data)}>
            ${icon(SHARE)}<span>${strings.share}</span>
          </button>`
        : html`<ul>
            ${shareLinks(url, title).map(({ network, name, href }) => {
              const email = network === 'email';
              return html`<li>
                <a
                  part="share-link"
                  href=${href}
                  target=${email ? nothing : '_blank'}
                  rel="noopener noreferrer"
                  aria-label=${email ? strings.shareByEmail : format(strings.shareOn, { network: name })}
                  @click=${(event: Event) => {
                    if (!this.#announce(network)) event.preventDefault();
                  }}
                  >${icon(email ? MAIL : networkOf(href).icon)}<span>${email ? strings.email : name}</span></a
                >
              </li>`;
            })}
            <li>
              <button part="share-button" type="button" @click=${() => void this.#copyLink(url)}>
                ${icon(LINK)}<span>${strings.copyLink}</span>
              </button>
            </li>
          </ul>
          <p part="share-status" class="share-status" role="status">${this.#copied.on ? strings.linkCopied : nothing}</p>`}
    </div>`;
  }
}

/**
 * Writes `text` to the clipboard: the Clipboard API, else (no API, or it refused) a one-off
 * `copy` event handler run by `execCommand('copy')`, which needs no permission and leaves the
 * reader's selection alone. `true` when one of them worked.
 */
async function writeText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const onCopy = (event: ClipboardEvent) => {
      event.stopImmediatePropagation();
      event.preventDefault();
      event.clipboardData?.setData('text/plain', text);
    };
    window.addEventListener('copy', onCopy, { capture: true, once: true });
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      window.removeEventListener('copy', onCopy, { capture: true });
    }
  }
}
