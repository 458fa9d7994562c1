import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';

/**
 * The demo as `npm run build:demo` builds it (dist-test/demo/, from scripts/build-test-bundles.mjs),
 * served as static files: every page renders from the built files, its images included.
 */
async function load(page: string, width = 800): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist-test/demo/${page}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const until = async <T>(check: () => T, what: string): Promise<NonNullable<T>> => {
  for (let i = 0; i < 200; i++) {
    const value = check();
    if (value) return value as NonNullable<T>;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('the built demo', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the seed article from the built files, its images included', async () => {
    const doc = await load('index.html');
    const article = doc.querySelector('news-article')!;
    const headline = await until(() => article.shadowRoot?.querySelector('[part~="headline"]'), 'the headline');
    expect(headline.textContent).to.contain('ઉત્તર કોરિયાના');
    const image = await until(() => article.shadowRoot!.querySelector<HTMLImageElement>('[part~="image"] img, img[part~="image"]'), 'the lead image');
    await until(() => image.complete, 'the image to load');
    expect(image.naturalWidth, `${image.currentSrc} loaded`).to.be.greaterThan(0);
  });

  for (const page of ['gallery.html', 'errors.html', 'events.html', 'themes.html']) {
    it(`renders ${page}`, async () => {
      const doc = await load(page);
      await until(() => doc.querySelector('news-article, image-gallery')?.shadowRoot?.childElementCount, 'an element rendered');
    });
  }

  it("switches the theme gallery's theme from the keyboard, live, and keeps it in the URL", async () => {
    const doc = await load('themes.html');
    const article = doc.querySelector('news-article')!;
    const headline = await until(() => article.shadowRoot?.querySelector('[part~="headline"]'), 'the headline');
    const font = () => getComputedStyle(headline).fontFamily;
    const before = font();
    doc.querySelector<HTMLInputElement>('input[value="default"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => doc.querySelector<HTMLInputElement>('input[value="broadsheet"]')!.checked, 'broadsheet checked');
    expect(doc.defaultView!.location.search).to.contain('theme=broadsheet');
    expect(doc.querySelector('#theme-file')!.textContent).to.equal('demo/themes/broadsheet.css');
    expect(font(), 'the serif faces of the broadsheet').to.match(/Serif/);
    expect(font()).to.not.equal(before);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => doc.querySelector<HTMLInputElement>('input[value="contrast"]')!.checked, 'contrast checked');
    expect(getComputedStyle(article).backgroundColor, "the contrast theme's black").to.equal('rgb(0, 0, 0)');
  });

  it('ships the page without JavaScript with the seed article in its markup', async () => {
    const doc = await load('nojs.html');
    expect(doc.querySelector('news-article > article h1')!.textContent).to.contain('ઉત્તર કોરિયાના');
    // (The test server adds its own socket script to every page it serves.)
    const scripts = Array.from(doc.querySelectorAll('script')).filter((script) => !script.src.includes('__web-dev-server'));
    expect(scripts).to.have.length(0);
  });

  // WCAG 1.4.10 (Reflow): at 320 CSS px nothing needs scrolling sideways.
  describe('reflows to 320 px on every page, without sideways scrolling', () => {
    for (const page of ['index.html', 'index.html?article=ar-demo', 'index.html?article=en-demo', 'gallery.html', 'errors.html', 'events.html', 'nojs.html', 'themes.html', 'themes.html?theme=broadsheet', 'themes.html?theme=contrast']) {
      it(page, async () => {
        const doc = await load(page, 320);
        if (!page.startsWith('nojs')) {
          await until(() => Array.from(doc.querySelectorAll('news-article, image-gallery')).every((el) => el.shadowRoot?.childElementCount), 'the elements rendered');
        }
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        expect(doc.documentElement.clientWidth).to.equal(320);
        expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      });
    }
  });

  describe('passes axe (WCAG 2.2 AA and best practices) on every page, in light and in dark', () => {
    let axeSource: string;
    before(async () => {
      axeSource = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    });
    after(() => emulateMedia({ colorScheme: 'light' }));

    /** Every element on the page rendered (or, without JavaScript, nothing to wait for), then axe in the page itself. */
    async function violations(page: string): Promise<string[]> {
      const doc = await load(page);
      if (!page.startsWith('nojs')) {
        await until(() => Array.from(doc.querySelectorAll('news-article, image-gallery')).every((el) => el.shadowRoot?.childElementCount), 'the elements rendered');
      }
      const script = doc.createElement('script');
      script.textContent = axeSource;
      doc.head.append(script);
      type Axe = { run(context: Document, options: object): Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
      const axe = (doc.defaultView as unknown as { axe: Axe }).axe;
      // WCAG 2.2 A and AA, the project's bar, and axe's best practices (landmarks, one h1, unique region names).
      const result = await axe.run(doc, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      expect(result.passes.length, 'rules axe checked and passed').to.be.greaterThan(10);
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`);
    }

    const pages = ['index.html', 'index.html?article=ar-demo', 'index.html?article=en-demo', 'gallery.html', 'errors.html', 'events.html', 'nojs.html', 'themes.html'];
    for (const scheme of ['light', 'dark'] as const) {
      for (const page of pages) {
        it(`${page} in ${scheme}`, async () => {
          await emulateMedia({ colorScheme: scheme });
          expect(await violations(page)).to.deep.equal([]);
        });
      }
    }
  });
});
