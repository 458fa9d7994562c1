import { nothing, type TemplateResult } from 'lit';
import type { AdBlock, Article, ArticleIssue, Block } from '../../article/types.js';
import { sanitizeAll } from '../../internal/sanitize-html.js';
import { readingMinutes } from '../../i18n/intl.js';
import { directionOf, translationFor, type Translation } from '../../i18n/localize.js';
import type { RenderContext } from './blocks/context.js';
import { renderFigure } from './blocks/figure.js';
import { renderBlock } from './blocks/render-block.js';

export type AdsMode = 'auto' | 'none' | undefined;

/** A body block with the JSON path it came from (inserted ads have none). */
export interface PlacedBlock {
  block: Block;
  path: string;
}

/** Everything `render()` needs, derived once per article (not once per render). */
export interface ArticleView {
  article: Article;
  lang: string;
  dir: 'ltr' | 'rtl';
  strings: Translation;
  lead: TemplateResult | typeof nothing;
  body: (TemplateResult | Node)[];
  ads: AdBlock[];
  readingMinutes: number;
  warnings: ArticleIssue[];
}

const isMedia = (block: Block | undefined) => block?.type === 'image' || block?.type === 'gallery';

/**
 * The body in reading order, with `ads` applied: `none` drops ad blocks; `auto` inserts
 * one after every `every` paragraphs when the body has no ad blocks of its own, never
 * before the first paragraph, never next to an image or a gallery, never at the very end.
 */
export function placeBlocks(body: Block[], ads: AdsMode, every: number): PlacedBlock[] {
  const placed = body.map((block, i) => ({ block, path: `body[${i}]` }));
  if (ads === 'none') return placed.filter(({ block }) => block.type !== 'ad');
  if (ads !== 'auto' || body.some((block) => block.type === 'ad')) return placed;
  const step = Math.max(1, Math.floor(every) || 4);
  const out: PlacedBlock[] = [];
  let paragraphs = 0;
  placed.forEach((entry, i) => {
    out.push(entry);
    if (entry.block.type === 'paragraph') paragraphs++;
    const next = body[i + 1];
    if (paragraphs >= step && next && !isMedia(entry.block) && !isMedia(next)) {
      out.push({ block: { type: 'ad' }, path: '' });
      paragraphs = 0;
    }
  });
  return out;
}

/**
 * Lays out, sanitizes and measures an article once. Block renderers ask for each inline-HTML
 * field through `context.rich()`, which hands back an empty fragment; all fields are then
 * sanitized in one `sanitizeAll()` call and the fragments filled. What the sanitizer removed
 * becomes warnings, with each field's path.
 */
export function buildView(article: Article, warnings: ArticleIssue[], ads: AdsMode, adEvery: number): ArticleView {
  const lang = article.lang;
  const strings = translationFor(lang);
  const fields: { into: ParentNode; html: string; path: string }[] = [];
  const slotNames = new Map<AdBlock, string>();
  const context: RenderContext = {
    lang,
    strings,
    rich<T extends ParentNode>(html: string, path: string, into: T = document.createDocumentFragment() as unknown as T): T {
      fields.push({ into, html, path });
      return into;
    },
    adSlotName: (block) => slotNames.get(block) ?? '',
  };
  const text: string[] = [article.headline];
  const placed = placeBlocks(article.body, ads, adEvery);
  const adBlocks: AdBlock[] = [];
  for (const { block } of placed) {
    if (block.type === 'ad') {
      adBlocks.push(block);
      slotNames.set(block, `ad-${adBlocks.length}`);
    } else if (block.type === 'heading') {
      text.push(block.text);
    }
  }
  const lead = article.image ? renderFigure(article.image, 'image', context, true) : nothing;
  const body = placed.map(({ block, path }) => renderBlock(block, path, context));

  const allWarnings = [...warnings];
  sanitizeAll(fields.map((field) => field.html)).forEach(({ fragment, removed }, i) => {
    const field = fields[i]!;
    if (removed.length) allWarnings.push({ path: field.path, message: `removed ${[...new Set(removed)].join(', ')}` });
    text.push(fragment.textContent ?? '');
    field.into.append(fragment);
  });
  return {
    article,
    lang,
    dir: article.dir ?? directionOf(lang),
    strings,
    lead,
    body,
    ads: adBlocks,
    readingMinutes: readingMinutes(text.join(' '), lang),
    warnings: allWarnings,
  };
}
