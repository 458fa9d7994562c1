import { css, html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n/localize.js';
import { formatInteger } from '../../i18n/intl.js';
import { format } from '../../i18n/localize.js';
import type { InputState } from './article-input.js';

type ErrorState = Extract<InputState, { status: 'error' }>;

/** The error box's title for each kind of failure. */
function errorMessage(state: ErrorState, lang: string, strings: Translation): string {
  switch (state.kind) {
    case 'empty':
      return strings.errorEmpty;
    case 'network':
      return strings.errorNetwork;
    case 'timeout':
      return strings.errorTimeout;
    case 'http':
      return format(strings.errorHttp, { status: formatInteger(state.httpStatus ?? 0, lang) });
    case 'too-large':
      return strings.errorTooLarge;
    case 'not-json':
      return strings.errorNotJson;
    case 'invalid':
      return strings.errorTitle;
  }
}

/**
 * While `src` loads: a headline and paragraph lines in a box of reserved height, so the
 * article replaces it without moving what follows. Announced once, politely.
 */
export function renderSkeleton(lang: string, dir: string, strings: Translation): TemplateResult {
  return html`<div part="skeleton" class="skeleton" role="status" lang=${lang} dir=${dir} tabindex="-1">
    <span class="visually-hidden">${strings.loading}</span>
    <div class="line kicker"></div>
    <div class="line headline"></div>
    <div class="line headline short"></div>
    <div class="line meta"></div>
    ${[1, 2, 3].map(() => html`<div class="para"><div class="line"></div><div class="line"></div><div class="line"></div><div class="line short"></div></div>`)}
  </div>`;
}

/** The localized error box, in the element's own space; fetched articles get a retry button. */
export function renderError(state: ErrorState, lang: string, dir: string, strings: Translation, retry: () => void): TemplateResult {
  return html`<div part="error" class="error" role="alert" lang=${lang} dir=${dir}>
    <p part="error-message" class="error-title">${errorMessage(state, lang, strings)}</p>
    ${state.retry ? html`<button part="retry-button" type="button" @click=${retry}>${strings.retry}</button>` : nothing}
    <details part="error-details">
      <summary>${strings.errorDetails}</summary>
      <ul lang="en" dir="ltr">
        ${state.errors.map((error) => html`<li><code>${error.path || '(document)'}</code> ${error.message}</li>`)}
      </ul>
    </details>
  </div>`;
}

export const stateStyles = css`
  .skeleton {
    box-sizing: border-box;
    min-block-size: var(--news-article-skeleton-height, 100vh);
    padding-block: var(--_space-m);
    overflow: hidden;
    outline: none;
  }
  .skeleton .line {
    block-size: 1em;
    margin-block: 0 var(--_space-s);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .skeleton .kicker {
    inline-size: 20%;
  }
  .skeleton .headline {
    block-size: 2.25em;
  }
  .skeleton .meta {
    inline-size: 45%;
    margin-block-end: var(--_space-l);
  }
  .skeleton .short {
    inline-size: 60%;
  }
  .skeleton .para {
    margin-block-end: var(--_space-l);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .line {
      animation: ne-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes ne-pulse {
    50% {
      opacity: 0.45;
    }
  }
  [part='article']:focus:not(:focus-visible) {
    outline: none;
  }
  [part='retry-button'] {
    margin-block: 0 var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    min-block-size: 2.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part='retry-button']:focus-visible {
    outline: 2px solid;
    outline-width: var(--_focus-width);
    outline-color: var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .skeleton .line {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    [part='retry-button'] {
      display: none;
    }
  }
`;
