import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import seed from '../../../demo/articles/seed-gu.json';
import type { NewsArticleCopyEvent } from '../../../src/components/news-article/events.js';
import type { Article } from '../../../src/article/types.js';
import { minimal } from '../../article/samples.js';
import { registerTranslation } from '../../../src/i18n/localize.js';
import { featuresLoaded, nextLoad, renderArticle, text, type Rendered } from './helpers.js';

const URL_ = 'https://news.example/world/a-1';

const article = (extra: Partial<Article> = {}): Article => ({
  ...minimal(),
  lang: 'en',
  url: URL_,
  headline: 'The headline',
  publisher: { name: 'News Example', url: 'https://news.example/' },
  body: [
    { type: 'paragraph', html: 'First <em>paragraph</em> with a <a href="https://example.org/x">link</a>.' },
    { type: 'paragraph', html: 'Second paragraph.' },
  ],
  ...extra,
});

/** The first non-empty text node in `element`. */
function firstText(element: Element): Text {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, (node) => ((node as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP));
  return walker.nextNode() as Text;
}

/** Selects from (`start`, `startOffset`) to (`end`, `endOffset`), as the reader's mouse would. */
function select(start: Node, startOffset: number, end: Node, endOffset: number): void {
  document.getSelection()!.setBaseAndExtent(start, startOffset, end, endOffset);
}

interface Copied {
  event: ClipboardEvent;
  plain: string;
  html: string;
  types: readonly string[];
}

/** Dispatches a `copy` ClipboardEvent at `target` (where the browser dispatches it: the selection's start), and reads its clipboard data. */
function copyAt(target: Node): Copied {
  const data = new DataTransfer();
  const event = new ClipboardEvent('copy', { clipboardData: data, bubbles: true, composed: true, cancelable: true });
  (target.nodeType === Node.TEXT_NODE ? target.parentNode! : target).dispatchEvent(event);
  return { event, plain: data.getData('text/plain'), html: data.getData('text/html'), types: [...data.types] };
}

/** Renders `article` and waits for the copy modes' code, which loads once `copy` is set. */
async function render(value: unknown, attributes: Record<string, string> = {}): Promise<Rendered> {
  const rendered = await renderArticle(value, attributes);
  await featuresLoaded();
  return rendered;
}

const paragraphs = (rendered: Rendered) => rendered.parts('paragraph');

describe('<news-article copy>', () => {
  afterEach(async () => {
    document.getSelection()!.removeAllRanges();
    await resetMouse();
  });

  describe('copy="attribute"', () => {
    it('appends "Read more: <url>" and the publisher to the plain text', async () => {
      const rendered = await render(article(), { copy: 'attribute' });
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      const copied = copyAt(first);
      expect(copied.event.defaultPrevented).to.equal(true);
      expect(copied.plain).to.equal(`First\n\nRead more: ${URL_} — News Example`);
    });

    it('writes the selection\'s markup and a link as HTML, without the element\'s parts, classes or template markers', async () => {
      const rendered = await render(article(), { copy: 'attribute' });
      const [one, two] = paragraphs(rendered);
      select(firstText(one!), 0, firstText(two!), 6);
      const { html: copiedHtml, plain } = copyAt(firstText(one!));
      expect(plain, 'text as laid out, a blank line between paragraphs').to.equal(`First paragraph with a link.\n\nSecond\n\nRead more: ${URL_} — News Example`);
      const out = new DOMParser().parseFromString(copiedHtml, 'text/html').body;
      const root = out.firstElementChild!;
      expect(root.getAttribute('lang')).to.equal('en');
      expect(root.querySelector('em')!.textContent).to.equal('paragraph');
      expect(root.querySelector('a[href="https://example.org/x"]')!.textContent).to.equal('link');
      const line = root.lastElementChild!;
      expect(line.textContent).to.equal(`Read more: ${URL_} — News Example`);
      expect(line.querySelector(`a[href="${URL_}"]`)!.textContent).to.equal(URL_);
      expect(line.querySelector('a[href="https://news.example/"]')!.textContent).to.equal('News Example');
      expect(copiedHtml).not.to.match(/part=|class=|<!--|rel=/);
    });

    it('escapes the publisher\'s name in the HTML flavour', async () => {
      const hostile = 'Evil <img src=x onerror=alert(1)> & Co';
      const rendered = await render(article({ publisher: { name: hostile } }), { copy: 'attribute' });
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      const copied = copyAt(first);
      expect(copied.plain.endsWith(`— ${hostile}`)).to.equal(true);
      expect(copied.html).to.include('Evil &lt;img src=x onerror=alert(1)&gt; &amp; Co');
      expect(new DOMParser().parseFromString(copied.html, 'text/html').querySelector('img')).to.equal(null);
    });

    it('names the original by its host when there is no publisher, in the article\'s language', async () => {
      const rendered = await render({ ...seed, publisher: undefined }, { copy: 'attribute' });
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      expect(copyAt(first).plain).to.equal(`${first.data.slice(0, 5)}\n\nવધુ વાંચો: ${seed.url} — news.example`);
    });

    it('fires news-article-copy { mode: "attribute" }, bubbling and composed', async () => {
      const rendered = await render(article(), { copy: 'attribute' });
      const events: NewsArticleCopyEvent[] = [];
      rendered.element.parentElement!.addEventListener('news-article-copy', (event) => events.push(event));
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      copyAt(first);
      expect(events.map((event) => [event.mode, event.detail.mode, event.bubbles, event.composed])).to.deep.equal([['attribute', 'attribute', true, true]]);
    });

    it('lets the copy through unchanged when the page cancels news-article-copy', async () => {
      const rendered = await render(article(), { copy: 'attribute' });
      rendered.element.addEventListener('news-article-copy', (event) => event.preventDefault());
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      const copied = copyAt(first);
      expect([copied.event.defaultPrevented, copied.types.length]).to.deep.equal([false, 0]);
    });

    it('leaves copies from outside the body alone (the headline), and articles without a url', async () => {
      const rendered = await render(article(), { copy: 'attribute' });
      const headline = firstText(rendered.part('headline')!);
      select(headline, 0, headline, 3);
      const fromHeadline = copyAt(headline);
      expect([fromHeadline.event.defaultPrevented, fromHeadline.types.length]).to.deep.equal([false, 0]);

      const noUrl = await render(article({ url: undefined }), { copy: 'attribute' });
      const first = firstText(paragraphs(noUrl)[0]!);
      select(first, 0, first, 5);
      expect(copyAt(first).event.defaultPrevented).to.equal(false);
    });

    it('works with the browser\'s own copy command (a trusted copy event)', async () => {
      const rendered = await render(article(), { copy: 'attribute' });
      const first = firstText(paragraphs(rendered)[0]!);
      const button = await fixture<HTMLButtonElement>(html`<button>Copy</button>`);
      // Select on click (the mousedown cleared any selection), then run the real copy command.
      button.addEventListener('click', () => {
        select(first, 0, first, 5);
        document.execCommand('copy');
      });
      const seen = new Promise<{ plain: string; html: string; prevented: boolean; trusted: boolean }>((resolve) => {
        window.addEventListener('copy', (event) => resolve({
          plain: event.clipboardData!.getData('text/plain'),
          html: event.clipboardData!.getData('text/html'),
          prevented: event.defaultPrevented,
          trusted: event.isTrusted,
        }), { once: true });
      });
      const box = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      const copied = await seen;
      expect(copied.trusted).to.equal(true);
      expect(copied.prevented).to.equal(true);
      expect(copied.plain).to.equal(`First\n\nRead more: ${URL_} — News Example`);
      expect(copied.html).to.include(`<a href="${URL_}">${URL_}</a>`);
    });
  });

  describe('copy="protect"', () => {
    it('cancels copying of body text and writes nothing', async () => {
      const rendered = await render(article(), { copy: 'protect' });
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      const copied = copyAt(first);
      expect(copied.event.defaultPrevented).to.equal(true);
      expect(copied.types).to.deep.equal([]);
    });

    it('shows a polite, localized "Content is protected" notice, which goes after a few seconds', async () => {
      const rendered = await render(seed, { copy: 'protect' });
      const notice = rendered.part('protect-notice')!;
      expect(notice.getAttribute('role'), 'a live region, there before it speaks').to.equal('status');
      expect(text(notice)).to.equal('');
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      copyAt(first);
      await waitUntil(() => text(notice) !== '');
      const shown = performance.now();
      expect(text(notice)).to.equal('સામગ્રી સુરક્ષિત છે');
      expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
      await waitUntil(() => text(notice) === '', 'the notice goes', { timeout: 8000 });
      expect(performance.now() - shown).to.be.within(2000, 6000);
      expect(rendered.part('protect-notice'), 'the live region stays').to.equal(notice);
    });

    it('fires news-article-copy { mode: "protect" }; cancelling it lets the copy through', async () => {
      const rendered = await render(article(), { copy: 'protect' });
      const modes: string[] = [];
      rendered.element.addEventListener('news-article-copy', (event) => {
        modes.push(event.mode);
        event.preventDefault();
      });
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      const copied = copyAt(first);
      expect(modes).to.deep.equal(['protect']);
      expect(copied.event.defaultPrevented).to.equal(false);
      expect(text(rendered.part('protect-notice'))).to.equal('');
    });

    it('cancels a selection that starts on the page and ends in the body, and a select-all', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><p id="before">Page text before the article.</p></div>`);
      const rendered = await render(article(), { copy: 'protect' });
      container.after(rendered.element.parentElement!);
      const before = firstText(container.querySelector('#before')!);
      const first = firstText(paragraphs(rendered)[0]!);
      select(before, 5, first, 5);
      expect(copyAt(before).event.defaultPrevented, 'page into body').to.equal(true);
      document.getSelection()!.selectAllChildren(document.body);
      expect(copyAt(document.body).event.defaultPrevented, 'select all').to.equal(true);
    });

    it('leaves other copies alone: the headline, page text, a collapsed selection', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><p id="before">Page text before the article.</p></div>`);
      const rendered = await render(article(), { copy: 'protect' });
      container.after(rendered.element.parentElement!);
      const headline = firstText(rendered.part('headline')!);
      select(headline, 0, headline, 3);
      expect(copyAt(headline).event.defaultPrevented, 'headline').to.equal(false);
      const before = firstText(container.querySelector('#before')!);
      select(before, 0, before, 4);
      expect(copyAt(before).event.defaultPrevented, 'page text').to.equal(false);
      select(before, 5, headline, 3);
      expect(copyAt(before).event.defaultPrevented, 'page text into the headline').to.equal(false);
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 2, first, 2);
      expect(copyAt(first).event.defaultPrevented, 'collapsed').to.equal(false);
      expect(text(rendered.part('protect-notice'))).to.equal('');
    });

    it('does not touch selection, the context menu or the accessibility tree', async () => {
      const rendered = await render(article(), { copy: 'protect' });
      const paragraph = paragraphs(rendered)[0]!;
      expect(getComputedStyle(paragraph).userSelect).not.to.equal('none');
      expect(getComputedStyle(rendered.part('body')!).userSelect).not.to.equal('none');
      const menu = new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true });
      paragraph.dispatchEvent(menu);
      expect(menu.defaultPrevented).to.equal(false);
      const selectStart = new Event('selectstart', { bubbles: true, composed: true, cancelable: true });
      paragraph.dispatchEvent(selectStart);
      expect(selectStart.defaultPrevented).to.equal(false);
      const first = firstText(paragraph);
      select(first, 0, first, 5);
      copyAt(first);
      expect(document.getSelection()!.toString(), 'the selection stays').to.equal('First');
      expect(paragraph.closest('[aria-hidden], [inert]')).to.equal(null);
    });

    it('passes axe with the notice shown', async () => {
      const rendered = await render(seed, { copy: 'protect' });
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      copyAt(first);
      await waitUntil(() => text(rendered.part('protect-notice')) !== '');
      await expect(rendered.element).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('leaves a copy to the browser until its code has arrived, then acts on the next', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('news-article');
      element.setAttribute('copy', 'protect');
      let early: boolean | undefined;
      element.addEventListener('news-article-load', () => {
        // The first render, before the copy code can have loaded.
        const first = firstText(element.shadowRoot!.querySelector('[part~="paragraph"]')!);
        select(first, 0, first, 5);
        early = copyAt(first).event.defaultPrevented;
      }, { once: true });
      const loaded = nextLoad(element);
      element.article = article();
      container.append(element);
      await loaded;
      expect(early).to.equal(false);
      await featuresLoaded();
      const first = firstText(element.shadowRoot!.querySelector('[part~="paragraph"]')!);
      select(first, 0, first, 5);
      expect(copyAt(first).event.defaultPrevented).to.equal(true);
    });

    it('loads its code when the attribute is set later', async () => {
      const rendered = await render(article());
      rendered.element.copy = 'protect';
      await rendered.element.updateComplete;
      await featuresLoaded();
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      expect(copyAt(first).event.defaultPrevented).to.equal(true);
    });
  });

  describe('i18n', () => {
    it('uses registered strings over the built-in ones', async () => {
      registerTranslation('mr', { readMore: 'अधिक वाचा: {url} ({publisher})', contentProtected: 'मजकूर संरक्षित आहे' });
      const attributed = await render(article({ lang: 'mr' }), { copy: 'attribute' });
      const first = firstText(paragraphs(attributed)[0]!);
      select(first, 0, first, 5);
      expect(copyAt(first).plain).to.equal(`First\n\nअधिक वाचा: ${URL_} (News Example)`);

      const protectedOne = await render(article({ lang: 'mr' }), { copy: 'protect' });
      const second = firstText(paragraphs(protectedOne)[0]!);
      select(second, 0, second, 5);
      copyAt(second);
      await waitUntil(() => text(protectedOne.part('protect-notice')) !== '');
      expect(text(protectedOne.part('protect-notice'))).to.equal('मजकूर संरक्षित आहे');
    });

    it('falls back to English in a language without built-in copy strings', async () => {
      const rendered = await render(article({ lang: 'ta' }), { copy: 'attribute' });
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      expect(copyAt(first).plain).to.equal(`First\n\nRead more: ${URL_} — News Example`);
    });
  });

  describe('without the attribute', () => {
    it('leaves copying alone and renders no notice', async () => {
      const rendered = await render(article());
      const first = firstText(paragraphs(rendered)[0]!);
      select(first, 0, first, 5);
      const copied = copyAt(first);
      expect([copied.event.defaultPrevented, copied.types.length]).to.deep.equal([false, 0]);
      expect(rendered.part('protect-notice')).to.equal(null);
    });
  });
});
