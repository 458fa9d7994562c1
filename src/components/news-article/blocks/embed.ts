import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styles } from '../../../internal/style-properties.js';
import type { EmbedBlock } from '../../../article/types.js';
import { format } from '../../../i18n/localize.js';
import type { RenderContext } from './context.js';

const YOUTUBE =
  /^https:\/\/(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:embed\/|shorts\/|live\/|watch\?(?:[^#]*&)?v=)|youtu\.be\/)([\w-]{6,20})(?:[?&#]|$)/;
const VIMEO = /^https:\/\/(?:player\.)?vimeo\.com\/(?:video\/)?(\d{4,12})(?:[?#]|$)/;

/**
 * Maps an embed URL to the player URL of an allow-listed host, or `null`. YouTube links
 * of every common form play from the no-cookie host; Vimeo links play from its player.
 */
export function playerUrl(url: string): string | null {
  const youtube = YOUTUBE.exec(url);
  if (youtube) return `https://www.youtube-nocookie.com/embed/${youtube[1]}`;
  const vimeo = VIMEO.exec(url);
  return vimeo && `https://player.vimeo.com/video/${vimeo[1]}`;
}

export function renderEmbed(block: EmbedBlock, context: RenderContext, attributes: unknown): TemplateResult {
  const player = playerUrl(block.url);
  if (!player) {
    const host = new URL(block.url).hostname;
    return html`<p part="embed-link" class="embed-link" ${attributes}>
      <a href=${block.url} rel="noopener noreferrer">${format(context.strings.viewEmbed, { title: block.title, host })}</a>
    </p>`;
  }
  const ratio = block.width && block.height ? `${block.width} / ${block.height}` : '16 / 9';
  return html`<div part="embed" class="embed" ${styles({ '--_ratio': ratio })} ${attributes}>
    <iframe
      src=${player}
      title=${block.title}
      width=${ifDefined(block.width)}
      height=${ifDefined(block.height)}
      loading="lazy"
      sandbox="allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"
      allow="fullscreen; picture-in-picture; encrypted-media"
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>
  </div>`;
}
