import { html, nothing, type TemplateResult } from 'lit';
import type { Person } from '../../article/types.js';
import { formatDate, formatMinutes, listParts } from '../../i18n/intl.js';
import { format } from '../../i18n/localize.js';
import type { ArticleView } from './view.js';

function renderByline(authors: Person[] | undefined, view: ArticleView): TemplateResult | typeof nothing {
  if (!authors?.length) return nothing;
  // The list's elements come out in order: put each author (linked or not) in its place.
  let i = 0;
  const names = listParts(authors.map((author) => author.name), view.lang)
    .map((part) => {
      if (part.type !== 'element') return part.value;
      const author = authors[i++]!;
      return author.url ? html`<a part="author" href=${author.url} rel="author">${author.name}</a>` : html`<span part="author">${author.name}</span>`;
    });
  const [before, after] = view.strings.byline.split('{names}');
  return html`<span part="byline">${before}${names}${after}</span>`;
}

/** Kicker, headline, subheadline, the meta line (byline, dates, reading time) and the lead image. */
export function renderHeader(view: ArticleView, timeZone: string | undefined): TemplateResult {
  const { article, strings, lang } = view;
  const section = typeof article.section === 'string' ? { name: article.section, url: undefined } : article.section;
  const published = formatDate(article.datePublished, lang, timeZone);
  const modified = formatDate(article.dateModified, lang, timeZone);
  const showModified = modified && modified !== published;
  return html`<header part="header">
    ${section
      ? html`<p part="kicker">${section.url ? html`<a href=${section.url}>${section.name}</a>` : section.name}</p>`
      : nothing}
    <h1 part="headline" id="headline">${article.headline}</h1>
    ${article.subheadline ? html`<p part="subheadline">${article.subheadline}</p>` : nothing}
    <p part="meta" class="meta">
      ${renderByline(article.authors, view)}
      ${published
        ? html`<time part="date" datetime=${article.datePublished!}>${format(strings.publishedOn, { date: published })}</time>`
        : nothing}
      ${showModified
        ? html`<time part="updated" datetime=${article.dateModified!}>${format(strings.updatedOn, { date: modified })}</time>`
        : nothing}
      <span part="reading-time">${format(strings.readingTime, { duration: formatMinutes(view.readingMinutes, lang) })}</span>
    </p>
    ${view.lead}
  </header>`;
}
