import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/localize.js';
import type { ShareController } from './share.js';
import { networkOf } from './social.js';
import type { ArticleView } from './view.js';

export interface FooterOptions {
  /** Show "Originally published by …" linking to the original (the `syndicated` attribute). */
  syndicated?: boolean;
  /** The share buttons, when the `share` attribute is set. */
  share?: ShareController;
  /** The text of the "Content is protected" notice (`copy="protect"`), empty while idle; without it, no live region. */
  notice?: string;
}

/**
 * "Originally published by <publisher>", the publisher linked to the original article's
 * `url`. The link keeps the referrer (the original publisher sees where readers come from)
 * and is followed by crawlers; `rel="external"` marks it as leaving the page.
 */
function renderAttribution(view: ArticleView): TemplateResult | typeof nothing {
  const { article, strings } = view;
  const url = article.url; // validated: an absolute http(s) URL
  const name = article.publisher?.name ?? (url ? new URL(url).hostname.replace(/^www\./, '') : undefined);
  if (!name) return nothing;
  const [before, after] = strings.originallyPublishedBy.split('{publisher}');
  return html`<p part="attribution" class="attribution">
    ${before}${url ? html`<a href=${url} rel="external">${name}</a>` : name}${after}
  </p>`;
}

/**
 * Tags, share buttons, "Connect with us" follow links from `publisher.sameAs`, the copyright
 * line and, when syndicated, the attribution to the original; then the copy notice's live region.
 */
export function renderFooter(view: ArticleView, options: FooterOptions = {}): TemplateResult | typeof nothing {
  const { article, strings } = view;
  const publisher = article.publisher;
  const profiles = publisher?.sameAs ?? [];
  const share = options.share?.render(view) ?? nothing;
  const attribution = options.syndicated ? renderAttribution(view) : nothing;
  const notice =
    options.notice === undefined ? nothing : html`<div part="protect-notice" class="protect-notice" role="status">${options.notice}</div>`;
  if (!article.tags?.length && !profiles.length && !article.copyright && share === nothing && attribution === nothing) return notice;
  return html`<footer part="footer">
      ${article.tags?.length
        ? html`<ul part="tags" class="tags" aria-label=${strings.tags}>
            ${article.tags.map((tag) => html`<li part="tag">${tag}</li>`)}
          </ul>`
        : nothing}
      ${share}
      ${profiles.length
        ? html`<nav part="follow" class="follow" aria-labelledby="follow-title">
            <h2 part="follow-title" id="follow-title">${strings.connectWithUs}</h2>
            <ul>
              ${profiles.map((href) => {
                const network = networkOf(href);
                const label = format(strings.followOn, { publisher: publisher!.name, network: network.name });
                return html`<li>
                  <a part="follow-link" href=${href} rel="noopener noreferrer me" aria-label=${label}>
                    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${network.icon}</svg>
                    <span>${network.name}</span>
                  </a>
                </li>`;
              })}
            </ul>
          </nav>`
        : nothing}
      ${article.copyright ? html`<p part="copyright"><small>${article.copyright}</small></p>` : nothing}
      ${attribution}
    </footer>
    ${notice}`;
}
