import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { EmbedBlock } from '../../../article/types.js';
import { format } from '../../../i18n/localize.js';
import type { RenderContext } from './context.js';

/**
 * Maps an embed URL to the player URL of an allow-listed host, or `null`. YouTube links
 * of every common form play from the no-cookie host; Vimeo links play from its player.
 */
export function playerUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/^www\./, '');
  const id = (value: string | null | undefined, pattern: RegExp) => (value && pattern.test(value) ? value : null);
  const youtubeId = /^[\w-]{6,20}$/;
  let video: string | null = null;
  if (host === 'youtube-nocookie.com' || host === 'youtube.com' || host === 'm.youtube.com') {
    const [, kind, value] = url.pathname.split('/');
    video = kind === 'embed' || kind === 'shorts' || kind === 'live' ? id(value, youtubeId) : kind === 'watch' ? id(url.searchParams.get('v'), youtubeId) : null;
    return video && `https://www.youtube-nocookie.com/embed/${video}`;
  }
  if (host === 'youtu.be') {
    video = id(url.pathname.slice(1), youtubeId);
    return video && `https://www.youtube-nocookie.com/embed/${video}`;
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const match = /^\/(?:video\/)?(\d{4,12})$/.exec(url.pathname);
    return match ? `https://player.vimeo.com/video/${match[1]}` : null;
  }
  return null;
}

export function renderEmbed(block: EmbedBlock, context: RenderContext): TemplateResult {
  const player = playerUrl(block.url);
  if (!player) {
    const host = new URL(block.url).hostname;
    return html`<p part="embed-link" class="embed-link">
      <a href=${block.url} rel="noopener noreferrer">${format(context.strings.viewEmbed, { title: block.title, host })}</a>
    </p>`;
  }
  const ratio = block.width && block.height ? `${block.width} / ${block.height}` : '16 / 9';
  return html`<div part="embed" class="embed" style=${styleMap({ '--_ratio': ratio })}>
    <iframe
      src=${player}
      title=${block.title}
      width=${ifDefined(block.width)}
      height=${ifDefined(block.height)}
      loading="lazy"
      sandbox="allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"
      allow="fullscreen; picture-in-picture; encrypted-media"
      allowfullscreen
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>
  </div>`;
}
