import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { onImageLoadOrError } from '../../../internal/shared.styles.js';
import { styles } from '../../../internal/style-properties.js';
import type { Image } from '../../../article/types.js';
import { directionOf } from '../../../i18n/localize.js';
import type { RenderContext } from './context.js';


/**
 * An image in a frame that reserves its aspect ratio before it loads (from width/height,
 * else 3:2 with the image contained), crops around `focalPoint` when a theme changes the
 * ratio, and shows its alt text if it fails.
 */
export function renderImage(image: Image, options: { lead?: boolean; part?: string } = {}): TemplateResult {
  const { width, height, focalPoint } = image;
  const ratio = width && height ? `${width} / ${height}` : undefined;
  const frameStyle = styles({ '--_ratio': ratio });
  const imageStyle = styles({
    'object-position': focalPoint ? `${focalPoint.x * 100}% ${focalPoint.y * 100}%` : undefined,
    'object-fit': ratio ? undefined : 'contain',
  });
  return html`<div class="frame" part="image-frame" ${frameStyle} data-alt=${image.alt}>
    <img
      part=${options.part ?? 'image'}
      src=${image.src}
      srcset=${ifDefined(image.srcset)}
      sizes=${ifDefined(image.sizes)}
      alt=${image.alt}
      width=${ifDefined(width)}
      height=${ifDefined(height)}
      lang=${ifDefined(image.lang)}
      loading=${options.lead ? 'eager' : 'lazy'}
      fetchpriority=${ifDefined(options.lead ? 'high' : undefined)}
      decoding="async"
      ${imageStyle}
      @error=${onImageLoadOrError}
      @load=${onImageLoadOrError}
    />
  </div>`;
}

/** Caption (inline HTML) and credit under an image; nothing when it has neither. */
export function renderCaption(image: Image, path: string, context: RenderContext): TemplateResult | typeof nothing {
  if (!image.caption && !image.credit) return nothing;
  const lang = image.lang;
  return html`<figcaption part="caption" lang=${ifDefined(lang)} dir=${ifDefined(lang && directionOf(lang))}>
    ${image.caption ? html`<span class="caption-text">${context.rich(image.caption, `${path}.caption`)}</span>` : nothing}
    ${image.credit
      ? html`<span part="credit"><span class="visually-hidden">${context.strings.credit} </span>${image.credit}</span>`
      : nothing}
  </figcaption>`;
}

export function renderFigure(image: Image, path: string, context: RenderContext, lead = false, attributes: unknown = nothing): TemplateResult {
  return html`<figure part=${lead ? 'figure lead-figure' : 'figure'} ${attributes}>
    ${renderImage(image, { lead })} ${renderCaption(image, path, context)}
  </figure>`;
}
