import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/localize.js';
import { networkOf } from './social.js';
import type { ArticleView } from './view.js';

/** Tags, "Connect with us" follow links from `publisher.sameAs`, and the copyright line. */
export function renderFooter(view: ArticleView): TemplateResult | typeof nothing {
  const { article, strings } = view;
  const publisher = article.publisher;
  const profiles = publisher?.sameAs ?? [];
  if (!article.tags?.length && !profiles.length && !article.copyright) return nothing;
  return html`<footer part="footer">
    ${article.tags?.length
      ? html`<ul part="tags" class="tags" aria-label=${strings.tags}>
          ${article.tags.map((tag) => html`<li part="tag">${tag}</li>`)}
        </ul>`
      : nothing}
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
  </footer>`;
}
