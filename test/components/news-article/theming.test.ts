import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { fullArticle } from '../../article/samples.js';
import { renderArticle } from './helpers.js';

const color = (element: Element) => getComputedStyle(element).color;

describe('<news-article> theming', () => {
  let style: HTMLStyleElement | undefined;

  afterEach(async () => {
    style?.remove();
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
    await executeServerCommand('emulate-forced-colors', { value: 'none' });
  });

  function pageStyle(css: string): void {
    style = Object.assign(document.createElement('style'), { textContent: css });
    document.head.append(style);
  }

  it('can be styled from the page through ::part()', async () => {
    pageStyle('news-article::part(headline) { color: rgb(1, 2, 3); } news-article::part(kicker) { letter-spacing: 3px; }');
    const { part } = await renderArticle(fullArticle());
    expect(color(part('headline')!)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part('kicker')!).letterSpacing).to.equal('3px');
  });

  it('takes a per-script font token over the generic one, keeping the script stack after it', async () => {
    pageStyle('news-article { --ne-font-body: "Page Serif"; --ne-font-body-gujarati: "Page Gujarati"; }');
    const { part, parts } = await renderArticle({ ...fullArticle(), lang: 'gu' });
    expect(getComputedStyle(part('paragraph')!).fontFamily).to.equal('"Page Gujarati", "Noto Serif Gujarati", serif');
    // The Arabic block has no Arabic token: the generic one, then the Arabic stack.
    expect(getComputedStyle(parts('paragraph').at(-1)!).fontFamily).to.equal('"Page Serif", "Noto Naskh Arabic", serif');
  });

  it('takes --ne-* tokens from the page, and --news-article-* knobs over them', async () => {
    pageStyle('news-article { --ne-color-accent: rgb(0, 90, 0); --ne-measure: 40ch; --news-article-font-size: 20px; }');
    const { part } = await renderArticle(fullArticle());
    expect(color(part('kicker')!)).to.equal('rgb(0, 90, 0)');
    const article = part('article')!;
    expect(getComputedStyle(article).fontSize).to.equal('20px');
    expect(article.getBoundingClientRect().width).to.be.below(40 * 20);
  });

  it('follows the page into dark mode (color-scheme), and the reader when the page allows both', async () => {
    const { part } = await renderArticle(fullArticle());
    const light = color(part('headline')!);
    document.documentElement.style.colorScheme = 'dark';
    const dark = color(part('headline')!);
    expect(dark).not.to.equal(light);
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    expect(color(part('headline')!)).to.equal(dark);
    await emulateMedia({ colorScheme: 'light' });
    expect(color(part('headline')!)).to.equal(light);
  });

  it('prints without ads, embeds, follow links or share buttons', async () => {
    const { part } = await renderArticle(fullArticle(), { share: '' });
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part('ad')!).display).to.equal('none');
    expect(getComputedStyle(part('follow')!).display).to.equal('none');
    expect(getComputedStyle(part('share')!).display).to.equal('none');
    expect(getComputedStyle(part('embed')!).display, 'the embed, not an empty box').to.equal('none');
  });

  it('prints the URL after a body link', async () => {
    const article = { ...fullArticle(), body: [{ type: 'paragraph' as const, html: 'See <a href="https://example.org/x">this</a>.' }] };
    const { part } = await renderArticle(article);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part('paragraph')!.querySelector('a')!, '::after').content).to.contain('https://example.org/x');
  });

  it('uses system colours under forced colours', async () => {
    const { part } = await renderArticle(fullArticle());
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    expect(getComputedStyle(part('image-frame')!).borderTopStyle).to.equal('solid');
  });
});
