import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AdSlotElement, Article, ImageGalleryElement, NewsArticleElement } from '../../src/index.js';
import seed from '../../demo/articles/seed-gu.json';
import { until } from '../components/image-gallery/helpers.js';

/*
 * The demo's three themes (demo/themes/*.css), each applied as a page applies a stylesheet:
 * the text of the file in a <style>. What each file says shows in the computed styles inside
 * the shadow roots; the default theme is exactly the built-in look; and axe finds nothing in
 * any theme, light or dark.
 */

const THEMES = ['default', 'broadsheet', 'contrast'] as const;
type Theme = (typeof THEMES)[number];
const css = new Map<Theme, string>();

/** The seed article up to its first figure (no ads), with a paragraph in Arabic (per-script fonts). */
const article = (): Article => {
  const { body, ...rest } = seed as unknown as Article;
  const first = body.findIndex((block) => block.type === 'image');
  return { ...rest, body: [...body.slice(0, first + 1), { type: 'paragraph', html: 'مرحبا <a href="https://example.org/">بالعالم</a>', lang: 'ar', dir: 'rtl' }] };
};

interface Page {
  article: NewsArticleElement;
  gallery: ImageGalleryElement;
  ad: AdSlotElement;
  /** The first element with part `name` in `host`'s shadow root. */
  part(host: Element, name: string): HTMLElement;
}

let style: HTMLStyleElement | undefined;

function useTheme(theme: Theme | undefined): void {
  style?.remove();
  style = undefined;
  if (!theme) return;
  style = Object.assign(document.createElement('style'), { textContent: css.get(theme)! });
  document.head.append(style);
}

async function renderPage(): Promise<Page> {
  const container = await fixture<HTMLDivElement>(html`<div>
    <news-article></news-article>
    <image-gallery lang="en" thumbnails lightbox>
      <figure>
        <img src="images/stand-in-harbour-dusk-1200x800-480w.jpg" alt="A quay at dusk" width="480" height="320" />
        <figcaption>The quay at dusk. <a href="https://example.org/quay">More</a> <span part="credit">Photo: Stand-in</span></figcaption>
      </figure>
      <figure>
        <img src="images/stand-in-city-night-1200x675-480w.jpg" alt="Lit windows at night" width="480" height="270" />
        <figcaption>Lit windows across the water.</figcaption>
      </figure>
    </image-gallery>
    <ad-slot lang="gu" sizes="300x250"></ad-slot>
  </div>`);
  const element = container.querySelector('news-article')!;
  const loaded = new Promise((resolve) => element.addEventListener('news-article-load', resolve, { once: true }));
  element.article = article();
  await loaded;
  const gallery = container.querySelector('image-gallery')!;
  const ad = container.querySelector('ad-slot')!;
  await Promise.all([element.updateComplete, gallery.updateComplete, ad.updateComplete]);
  const part = (host: Element, name: string) => {
    const found = host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
    if (!found) throw new Error(`no part ${name} in <${host.localName}>`);
    return found;
  };
  return { article: element, gallery, ad, part };
}

const styleOf = (element: Element) => getComputedStyle(element);

before(async () => {
  for (const theme of THEMES) {
    const response = await fetch(`/demo/themes/${theme}.css`);
    expect(response.ok, `demo/themes/${theme}.css`).to.be.true;
    css.set(theme, await response.text());
  }
});

beforeEach(() => {
  // As a page that follows the reader's scheme declares it (the demo's pages do).
  document.documentElement.style.colorScheme = 'light dark';
});

afterEach(async () => {
  useTheme(undefined);
  document.documentElement.style.colorScheme = '';
  document.body.style.backgroundColor = '';
  await emulateMedia({ media: 'screen', colorScheme: 'light' });
});

describe('the demo themes (demo/themes/*.css)', () => {
  describe('each file', () => {
    for (const theme of THEMES) {
      it(`${theme}.css is short, and styles only through tokens, knobs and ::part()`, () => {
        const text = css.get(theme)!;
        const lines = text.trimEnd().split('\n').length;
        expect(lines, 'lines').to.be.within(20, 60);
        const source = text.replace(/\/\*[\s\S]*?\*\//g, '');
        // Rules for :root and for parts, possibly inside @media screen or print.
        const preludes = Array.from(source.matchAll(/([^{};]+)\{/g), (match) => match[1]!.trim());
        const part = String.raw`(:is\()?[\w-]+(, [\w-]+)*\)?::part\([\w-]+\)(:focus-visible|:hover)?`;
        for (const prelude of preludes) expect(prelude, 'a rule').to.match(new RegExp(String.raw`^(@media (screen|print)|:root|${part}(,\s*${part})*)$`));
        // On :root only page tokens, element knobs and the colour scheme.
        for (const [, block] of source.matchAll(/:root\s*\{([^}]*)\}/g)) {
          for (const [, property] of block!.matchAll(/([\w-]+)\s*:/g)) {
            expect(property, 'a :root property').to.match(/^(--ne-|--news-article-|--image-gallery-|--ad-slot-|color-scheme$)/);
          }
        }
      });
    }
  });

  it("the README quotes broadsheet.css as it is (Theming, Themes)", async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.include(`\n\`\`\`css\n${css.get('broadsheet')!.trimEnd()}\n\`\`\`\n`);
  });

  describe('default', () => {
    /** What a designer sees: computed styles of the pieces of all three elements. */
    function look(page: Page): Record<string, string> {
      const probes: Record<string, Element> = {
        host: page.article,
        article: page.part(page.article, 'article'),
        kicker: page.part(page.article, 'kicker'),
        headline: page.part(page.article, 'headline'),
        meta: page.part(page.article, 'meta'),
        paragraph: page.part(page.article, 'paragraph'),
        arabic: page.article.shadowRoot!.querySelector('[part~="paragraph"][lang="ar"]')!,
        heading: page.part(page.article, 'heading'),
        frame: page.part(page.article, 'image-frame'),
        caption: page.part(page.article, 'caption'),
        footer: page.part(page.article, 'footer'),
        'gallery-caption': page.part(page.gallery, 'caption'),
        'gallery-next': page.part(page.gallery, 'next'),
        'gallery-thumbnail': page.part(page.gallery, 'thumbnail'),
        'gallery-frame': page.part(page.gallery, 'frame'),
        'ad-label': page.part(page.ad, 'label'),
        'ad-container': page.part(page.ad, 'container'),
      };
      const properties = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'margin-block-end', 'max-inline-size', 'border-block-start', 'border-radius', 'outline', 'aspect-ratio', 'min-block-size'];
      const out: Record<string, string> = {};
      for (const [name, element] of Object.entries(probes)) {
        const computed = styleOf(element);
        for (const property of properties) out[`${name} ${property}`] = computed.getPropertyValue(property);
      }
      return out;
    }

    for (const scheme of ['light', 'dark'] as const) {
      it(`is the built-in look, stated as tokens (${scheme})`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const page = await renderPage();
        const builtIn = look(page);
        useTheme('default');
        const themed = look(page);
        expect(themed).to.deep.equal(builtIn);
        // And it is not a look that ignores the scheme.
        expect(builtIn['host color']).to.equal(scheme === 'light' ? 'rgb(27, 27, 27)' : 'rgb(236, 236, 236)');
      });
    }
  });

  describe('broadsheet', () => {
    it('sets serif faces in every script: Gujarati, Arabic, and a Latin serif after each', async () => {
      useTheme('broadsheet');
      const page = await renderPage();
      expect(styleOf(page.part(page.article, 'headline')).fontFamily).to.match(/^"Noto Serif Gujarati", "Noto Serif", "Noto Serif Gujarati"/);
      expect(styleOf(page.part(page.article, 'paragraph')).fontFamily).to.match(/^"Noto Serif Gujarati", "Noto Serif"/);
      expect(styleOf(page.part(page.article, 'meta')).fontFamily).to.match(/^"Noto Serif Gujarati", "Noto Serif"/);
      const arabic = page.article.shadowRoot!.querySelector('[part~="paragraph"][lang="ar"]')!;
      expect(styleOf(arabic).fontFamily).to.match(/^"Noto Naskh Arabic", "Noto Serif"/);
      // The gallery's captions (English) in the Latin serif.
      expect(styleOf(page.part(page.gallery, 'caption')).fontFamily).to.match(/^"Noto Serif", "Liberation Serif", Georgia/);
    });

    it('has paper, ink and an oxblood accent, light and dark', async () => {
      useTheme('broadsheet');
      const page = await renderPage();
      expect(styleOf(page.article).backgroundColor).to.equal('rgb(251, 248, 241)');
      expect(styleOf(page.part(page.article, 'paragraph')).color).to.equal('rgb(26, 24, 20)');
      expect(styleOf(page.part(page.article, 'kicker')).color).to.equal('rgb(123, 30, 30)');
      expect(styleOf(page.part(page.gallery, 'next')).color).to.equal('rgb(123, 30, 30)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(styleOf(page.article).backgroundColor).to.equal('rgb(27, 26, 23)');
      expect(styleOf(page.part(page.article, 'kicker')).color).to.equal('rgb(240, 168, 160)');
    });

    it('has a narrow measure, rules between the sections and a small caps kicker', async () => {
      useTheme('broadsheet');
      const page = await renderPage();
      const body = page.part(page.article, 'article');
      expect(parseFloat(styleOf(body).maxInlineSize)).to.be.closeTo(36 * parseFloat(styleOf(body).fontSize), 0.5);
      const header = styleOf(page.part(page.article, 'header'));
      expect([header.borderBlockStartStyle, header.borderBlockEndStyle, header.borderBlockEndWidth]).to.deep.equal(['double', 'double', '4px']);
      expect(styleOf(page.part(page.article, 'heading')).borderBlockStartStyle).to.equal('solid');
      expect(styleOf(page.part(page.article, 'footer')).borderBlockStartStyle).to.equal('double');
      const kicker = styleOf(page.part(page.article, 'kicker'));
      expect([kicker.fontVariantCaps, kicker.textTransform]).to.deep.equal(['all-small-caps', 'none']);
      expect(styleOf(page.part(page.gallery, 'thumbnail')).borderRadius).to.equal('0px');
    });
  });

  describe('contrast', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`is white on black with a yellow accent whatever the reader's scheme (${scheme})`, async () => {
        await emulateMedia({ colorScheme: scheme });
        useTheme('contrast');
        const page = await renderPage();
        expect(styleOf(page.article).backgroundColor).to.equal('rgb(0, 0, 0)');
        expect(styleOf(page.part(page.article, 'paragraph')).color).to.equal('rgb(255, 255, 255)');
        expect(styleOf(page.part(page.article, 'kicker')).color).to.equal('rgb(255, 229, 0)');
        expect(styleOf(page.part(page.gallery, 'next')).color).to.equal('rgb(255, 229, 0)');
        expect(styleOf(page.part(page.gallery, 'caption')).color).to.equal('rgb(214, 214, 214)');
        expect(styleOf(page.part(page.ad, 'container')).backgroundColor).to.equal('rgb(31, 31, 31)');
        expect(styleOf(page.part(page.article, 'image-frame')).outline).to.equal('rgb(255, 255, 255) solid 2px');
      });
    }

    it('sets plain sans-serif faces in every script, a heavier headline and a larger size', async () => {
      const page = await renderPage();
      const builtInSize = parseFloat(styleOf(page.part(page.article, 'paragraph')).fontSize);
      useTheme('contrast');
      expect(styleOf(page.part(page.article, 'headline')).fontFamily).to.match(/^"Noto Sans Gujarati"/);
      expect(styleOf(page.part(page.article, 'headline')).fontWeight).to.equal('800');
      expect(styleOf(page.part(page.article, 'paragraph')).fontFamily).to.match(/^"Noto Sans Gujarati"/);
      const arabic = page.article.shadowRoot!.querySelector('[part~="paragraph"][lang="ar"]')!;
      expect(styleOf(arabic).fontFamily).to.match(/^"Noto Sans Arabic"/);
      expect(parseFloat(styleOf(page.part(page.article, 'paragraph')).fontSize)).to.be.closeTo((builtInSize * 1.25) / 1.125, 0.1);
    });

    it('prints the built-in light look in its own faces: its colours are for screens', async () => {
      useTheme('contrast');
      const page = await renderPage();
      await emulateMedia({ media: 'print' });
      expect(styleOf(page.article).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(styleOf(page.part(page.article, 'kicker')).color).to.equal('rgb(179, 38, 30)');
      expect(styleOf(page.part(page.article, 'image-frame')).outlineStyle).to.equal('none');
      expect(styleOf(page.part(page.article, 'headline')).fontFamily).to.match(/^"Noto Sans Gujarati"/);
    });

    it("draws a thick focus ring on the gallery's controls and the article's links, through one token", async () => {
      useTheme('contrast');
      const page = await renderPage();
      const link = page.article.shadowRoot!.querySelector<HTMLElement>('[part~="paragraph"] a[href]');
      expect(link, 'a link in the seed article').to.exist;
      for (const control of [page.part(page.gallery, 'next'), link!]) {
        control.focus({ focusVisible: true } as FocusOptions);
        await until(() => control.matches(':focus-visible'), 2000, 'the control to be focus-visible');
        const ring = styleOf(control);
        expect([ring.outlineWidth, ring.outlineStyle, ring.outlineColor]).to.deep.equal(['4px', 'solid', 'rgb(255, 229, 0)']);
      }
    });
  });

  describe('accessibility', () => {
    for (const theme of THEMES) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`axe finds nothing in the ${theme} theme (${scheme})`, async () => {
          await emulateMedia({ colorScheme: scheme });
          useTheme(theme);
          const page = await renderPage();
          // The page behind the elements is in the reader's scheme, and in the theme's
          // background where the theme has one, as on the demo page.
          document.body.style.backgroundColor = 'Canvas';
          const container = page.article.parentElement!;
          container.style.backgroundColor = 'var(--ne-color-background, transparent)';
          await expect(container).to.be.accessible();
        });
      }
    }
  });
});
