import { nothing, type TemplateResult } from 'lit';
import type { AdBlock, Article, ArticleIssue, Block } from '../../article/types.js';
import { sanitizeAll } from '../../internal/sanitize-html.js';
import { readingMinutes } from '../../i18n/intl.js';
import { directionOf, translationFor, type Translation } from '../../i18n/localize.js';
import type { RenderContext } from './blocks/context.js';
import { renderFigure } from './blocks/figure.js';
import { setBlockAttributes } from './blocks/block-attributes.js';
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
  lead: HTMLElement | typeof nothing;
  body: (TemplateResult | Node)[];
  ads: AdBlock[];
  readingMinutes: number;
  warnings: ArticleIssue[];
  /** The article came from the element's HTML children (which are then its reader-view copy). */
  fromChildren?: boolean;
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
 * A paragraph block's element: the `<p>` the sanitizer parsed it in when there is one (so
 * its content never moves), else a new `<p>` around the sanitized fragment.
 */
function asParagraph(content: Element | DocumentFragment, block: Block): HTMLElement {
  let paragraph = content as HTMLElement;
  if (content.nodeType !== Node.ELEMENT_NODE) {
    paragraph = document.createElement('p');
    paragraph.append(content);
  }
  paragraph.setAttribute('part', 'paragraph');
  setBlockAttributes(paragraph, block);
  return paragraph;
}

/**
 * Lays out, sanitizes and measures an article once. Block renderers ask for each inline-HTML
 * field through `context.rich()`, which hands back an empty node (the element they passed,
 * or a fragment); all fields are then sanitized in one `sanitizeAll()` call and the nodes
 * filled. What the sanitizer removed becomes warnings, with each field's path.
 */
export function buildView(article: Article, warnings: ArticleIssue[], ads: AdsMode, adEvery: number, baseURL?: string): ArticleView {
  const lang = article.lang;
  const strings = translationFor(lang);
  /** Each inline-HTML field, and where its content goes: into a node, or (a paragraph) into `body[index]`. */
  const fields: { html: string; path: string; into?: ParentNode; paragraph?: { block: Block; index: number } }[] = [];
  const slotNames = new Map<AdBlock, string>();
  const context: RenderContext = {
    lang,
    strings,
    rich(html, path, into = document.createDocumentFragment()) {
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
  const body: (TemplateResult | Node | undefined)[] = placed.map(({ block, path }, index) => {
    if (block.type !== 'paragraph') return renderBlock(block, path, context);
    fields.push({ html: block.html, path: `${path}.html`, paragraph: { block, index } });
    return undefined; // the paragraph element, once sanitized (below)
  });

  const allWarnings = [...warnings];
  sanitizeAll(fields.map((field) => field.html), baseURL).forEach(({ content, removed, text: fieldText }, i) => {
    const { path, into, paragraph } = fields[i]!;
    if (removed.length) allWarnings.push({ path, message: `removed ${[...new Set(removed)].join(', ')}` });
    text.push(fieldText);
    if (paragraph) body[paragraph.index] = asParagraph(content, paragraph.block);
    else if (content.nodeType === Node.ELEMENT_NODE) into!.append(...content.childNodes);
    else into!.append(content);
  });
  return {
    article,
    lang,
    dir: article.dir ?? directionOf(lang),
    strings,
    lead,
    body: body as (TemplateResult | Node)[], // every paragraph's place is filled above
    ads: adBlocks,
    readingMinutes: readingMinutes(text.join(' '), lang),
    warnings: allWarnings,
  };
}
