// Runs INSIDE the bench page. Loaded by the page served from bench/server.mjs.
// The page generates its article up front (before any measurement), then Node calls
// `__bench.settle()`, snapshots the CDP metrics, calls `__bench.run(contender)`, and
// snapshots again. Everything `run()` does, and the frame it waits for, is measured.

import { TINY_PNG, generateArticle } from './generate.mjs';

const params = new URLSearchParams(location.search);
const blocks = Number(params.get('blocks') ?? 10);
const seed = Number(params.get('seed') ?? 20240727);
const bundle = params.get('bundle') ?? '/dist/news-elements.js';
const warm = params.get('warm') !== '0';

/** requestAnimationFrame, then a task: style, layout and paint of that frame have run. */
const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const langAttr = (b) => (b.lang ? ` lang="${esc(b.lang)}"` : '') + (b.dir ? ` dir="${esc(b.dir)}"` : '');

function figure(b, loading) {
  return (
    `<figure${langAttr(b)}><img src="${esc(b.src)}" alt="${esc(b.alt)}"` +
    (b.width ? ` width="${b.width}"` : '') +
    (b.height ? ` height="${b.height}"` : '') +
    ` loading="${loading}" decoding="async">` +
    (b.caption || b.credit
      ? `<figcaption>${b.caption ?? ''}${b.credit ? ` <small class="bl-credit">${esc(b.credit)}</small>` : ''}</figcaption>`
      : '') +
    '</figure>'
  );
}

/**
 * The baseline: the same article as plain semantic markup, built by string concatenation.
 * Inline-HTML fields are inserted as they are (NO sanitizing), plain-text fields are escaped.
 */
function baselineMarkup(a) {
  const section = typeof a.section === 'string' ? a.section : a.section?.name ?? '';
  let h = `<article class="bl"${langAttr(a)}><header>`;
  if (section) h += `<p class="bl-kicker">${esc(section)}</p>`;
  h += `<h1>${esc(a.headline)}</h1>`;
  if (a.datePublished) {
    const date = new Intl.DateTimeFormat(a.lang, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(a.datePublished),
    );
    h += `<p class="bl-date">Published on <time datetime="${esc(a.datePublished)}">${esc(date)}</time></p>`;
  }
  if (a.image) h += figure(a.image, 'eager');
  h += '</header><div class="bl-body">';
  for (const b of a.body) {
    switch (b.type) {
      case 'paragraph':
        h += `<p${langAttr(b)}>${b.html}</p>`;
        break;
      case 'heading': {
        const l = b.level ?? 2;
        h += `<h${l}${langAttr(b)}>${esc(b.text)}</h${l}>`;
        break;
      }
      case 'image':
        h += figure(b, 'lazy');
        break;
      case 'ad':
        // A reserved box of the smallest size (as <ad-slot> reserves), under a localized label.
        h += `<div class="bl-ad"${langAttr(b)}><span>${a.lang === 'gu' ? 'જાહેરાત' : 'Advertisement'}</span><div></div></div>`;
        break;
      default:
        // The generator only emits the types above.
        throw new Error(`baseline: unsupported block type ${b.type}`);
    }
  }
  h += '</div>';
  if (a.copyright) h += `<footer class="bl-footer"><p><small>${esc(a.copyright)}</small></p></footer>`;
  return h + '</article>';
}

/** Counts what ended up rendered, through shadow roots (not measured: called afterwards). */
function census(root) {
  const out = { links: 0, images: 0, headings: 0, paragraphs: 0, textChars: 0 };
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      const t = el.localName;
      if (t === 'a' && el.hasAttribute('href')) out.links++;
      else if (t === 'img') out.images++;
      else if (/^h[1-6]$/.test(t)) out.headings++;
      else if (t === 'p') out.paragraphs++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  // Visible-ish text length (no whitespace) across the light tree and every shadow tree.
  const texts = [];
  const collect = (node) => {
    const w = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if (n.nodeType === 3) {
        const p = n.parentNode?.localName;
        if (p !== 'style' && p !== 'script') texts.push(n.data);
      } else if (n.shadowRoot) collect(n.shadowRoot);
    }
  };
  collect(root);
  out.textChars = texts.join('').replace(/\s+/g, '').length;
  return out;
}

const stage = () => document.getElementById('stage');

const contenders = {
  /** The element under test: property in, event out, one frame. */
  'news-article': (article) =>
    new Promise((resolve, reject) => {
      const c = stage();
      const timer = setTimeout(() => reject(new Error('news-article-load was not fired within 20 s')), 20000);
      c.addEventListener(
        'news-article-error',
        (e) => {
          clearTimeout(timer);
          reject(new Error(`news-article-error: ${JSON.stringify(e.detail?.errors ?? null)}`));
        },
        { once: true },
      );
      c.addEventListener(
        'news-article-load',
        (e) => {
          clearTimeout(timer);
          const warnings = e.detail?.warnings?.length ?? 0;
          afterFrame().then(() => resolve({ warnings }));
        },
        { once: true },
      );
      const el = document.createElement('news-article');
      el.article = article;
      c.append(el);
    }),

  /** The element, then its idle work: until the reader-view copy and the JSON-LD are in its light DOM, and a frame. */
  'news-article-idle': async (article) => {
    const result = await contenders['news-article'](article);
    const el = stage().querySelector('news-article');
    const start = performance.now();
    while (!(el.querySelector('[data-news-copy]') && el.querySelector('script[type="application/ld+json"]'))) {
      if (performance.now() - start > 20000) throw new Error('the idle work was not done within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await afterFrame();
    return result;
  },

  /** The same content as one innerHTML assignment of plain markup, one frame. */
  innerHTML: async (article) => {
    stage().innerHTML = baselineMarkup(article);
    await afterFrame();
    return { warnings: 0 };
  },

  /** Nothing but the frame wait: the harness' own cost (CDP round trip, one frame). */
  noop: async () => {
    await afterFrame();
    return { warnings: 0 };
  },
};

// What a host page has usually done before an article renders: shown some text in the
// article's scripts (Gujarati, Latin) with links, emphasis and an image, and formatted a
// date. Without this, first-use costs that both contenders share (ICU locale data, font
// fallback, image decoder: about 40-60 ms here) would dilute the comparison.
const GU_SAMPLE = 'ઉત્તર કોરિયાના નેતા કિમ જોંગ-ઉન ‘લશ્કરી સહયોગ’ પર “રશિયન” સંરક્ષણ પ્રધાનને મળ્યા, 70મી વર્ષગાંઠ.';
const EN_SAMPLE = 'North Korean leader Kim Jong-un meets the Russian defense minister, 27 July 2023.';
const WARM_HTML =
  `<article class="bl" lang="gu"><p class="bl-kicker">International</p><h1>${GU_SAMPLE}</h1>` +
  `<p>${GU_SAMPLE} <a href="https://example.com/a">${GU_SAMPLE}</a> <em>${GU_SAMPLE}</em> <strong>${GU_SAMPLE}</strong></p>` +
  `<h2>${GU_SAMPLE}</h2><p lang="en">${EN_SAMPLE} <a href="https://example.com/b">${EN_SAMPLE}</a> <em>${EN_SAMPLE}</em> <strong>${EN_SAMPLE}</strong></p>` +
  `<figure lang="en"><img src="${TINY_PNG}" alt="" width="12" height="8"><figcaption>${EN_SAMPLE} <small>Photo</small></figcaption></figure></article>` +
  ['serif', 'sans-serif', 'system-ui']
    .map((f) => `<p style="font-family:${f}" lang="gu">${GU_SAMPLE} <b>${EN_SAMPLE}</b> <i>${GU_SAMPLE}</i></p>`)
    .join('');

async function warmUp(lang) {
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(0));
  const div = document.createElement('div');
  div.setAttribute('aria-hidden', 'true');
  div.innerHTML = WARM_HTML;
  document.body.append(div);
  await div.querySelector('img').decode().catch(() => {});
  await afterFrame();
  div.remove();
  await afterFrame();
}

const state = { ready: false, error: null, blocks, seed, warm, article: null };

state.settle = async () => {
  // Drop the garbage made while loading and generating, so a GC is less likely mid-run.
  if (typeof globalThis.gc === 'function') globalThis.gc();
  await afterFrame();
  await afterFrame();
};
state.run = (name) => contenders[name](state.article);
state.census = () => census(stage());

window.__bench = state;

try {
  state.article = generateArticle(blocks, seed);
  await import(bundle);
  await Promise.race([
    customElements.whenDefined('news-article'),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${bundle} loaded but did not define <news-article> within 10 s`)), 10000),
    ),
  ]);
  if (warm) await warmUp(state.article.lang);
  state.ready = true;
} catch (e) {
  state.error = `${e?.name ?? 'Error'}: ${e?.message ?? e}`;
}
