import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import seed from '../../../demo/articles/seed-gu.json';
import type { NewsArticleShareEvent } from '../../../src/components/news-article/events.js';
import { fullArticle, minimal } from '../../article/samples.js';
import { renderArticle, text, type Rendered } from './helpers.js';

const GU_HEADLINE = 'ઉત્તર કોરિયા & રશિયા: #સહયોગ + 100%';
const URL_WITH_QUERY = 'https://news.example/world/story?id=7&lang=gu#top';

/** The share link whose accessible name is "Share on <network>" (or "Share by e-mail"). */
const linkFor = (rendered: Rendered, network: string) =>
  rendered
    .parts<HTMLAnchorElement>('share-link')
    .find((link) => link.getAttribute('aria-label') === (network === 'E-mail' ? 'Share by e-mail' : `Share on ${network}`))!;

/** Replaces `name` on `target` for one test; returns the undo. */
function stub(target: object, name: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
  return () => (own ? Object.defineProperty(target, name, own) : delete (target as Record<string, unknown>)[name]);
}

/** The first non-empty text node in `element`. */
function firstText(element: Element): Text {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, (node) => ((node as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP));
  return walker.nextNode() as Text;
}

/** Clicks `element` with the real mouse (a trusted click, with user activation). */
async function realClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<news-article share>', () => {
  const undo: (() => void)[] = [];
  afterEach(async () => {
    while (undo.length) undo.pop()!();
    await resetMouse();
  });

  describe('links (no Web Share API)', () => {
    it('names the e-mail link in the article language', async () => {
      const rendered = await renderArticle({ ...fullArticle(), lang: 'gu' }, { share: '' });
      const email = rendered.parts<HTMLAnchorElement>('share-link').at(-1)!;
      expect(email.textContent!.trim()).to.equal('ઈ-મેલ');
      expect(email.getAttribute('aria-label')).to.equal('ઈ-મેલ દ્વારા શેર કરો');
    });

    it('renders WhatsApp, X, Facebook, Telegram and e-mail links for the canonical url, and a copy-link button', async () => {
      const rendered = await renderArticle(fullArticle(), { share: '' });
      const share = rendered.part('share')!;
      expect(rendered.part('footer')!.contains(share)).to.equal(true);
      expect(share.getAttribute('role')).to.equal('group');
      expect(share.getAttribute('aria-label')).to.equal('Share');
      const links = rendered.parts<HTMLAnchorElement>('share-link');
      expect(links.map((link) => link.getAttribute('aria-label'))).to.deep.equal([
        'Share on WhatsApp', 'Share on X', 'Share on Facebook', 'Share on Telegram', 'Share by e-mail',
      ]);
      expect(links.map((link) => link.href)).to.deep.equal([
        'https://wa.me/?text=A%20full%20article%20https%3A%2F%2Fnews.example%2Fa-1',
        'https://x.com/intent/tweet?text=A%20full%20article&url=https%3A%2F%2Fnews.example%2Fa-1',
        'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fa-1',
        'https://t.me/share/url?url=https%3A%2F%2Fnews.example%2Fa-1&text=A%20full%20article',
        'mailto:?subject=A%20full%20article&body=A%20full%20article%0D%0A%0D%0Ahttps%3A%2F%2Fnews.example%2Fa-1',
      ]);
      const buttons = rendered.parts<HTMLButtonElement>('share-button');
      expect(buttons.map((button) => text(button))).to.deep.equal(['Copy link']);
      expect(buttons[0]!.type).to.equal('button');
    });

    it('opens the networks in a new tab without opener or referrer; e-mail opens in place', async () => {
      const rendered = await renderArticle(fullArticle(), { share: '' });
      for (const link of rendered.parts<HTMLAnchorElement>('share-link')) {
        expect(link.rel, link.href).to.equal('noopener noreferrer');
        expect(link.getAttribute('target'), link.href).to.equal(link.protocol === 'mailto:' ? null : '_blank');
      }
    });

    it('encodes a Gujarati headline and a url with a query and fragment so each arrives intact', async () => {
      const rendered = await renderArticle({ ...minimal(), headline: GU_HEADLINE, url: URL_WITH_QUERY }, { share: '' });
      const [whatsappLink, xLink, facebookLink, telegramLink, mailLink] = rendered.parts<HTMLAnchorElement>('share-link');
      const whatsapp = new URL(whatsappLink!.href);
      expect(whatsapp.origin).to.equal('https://wa.me');
      expect(whatsapp.searchParams.get('text')).to.equal(`${GU_HEADLINE} ${URL_WITH_QUERY}`);
      const x = new URL(xLink!.href);
      expect([x.searchParams.get('text'), x.searchParams.get('url')]).to.deep.equal([GU_HEADLINE, URL_WITH_QUERY]);
      expect(x.hash, 'the # of the headline and url stay inside the parameters').to.equal('');
      const facebook = new URL(facebookLink!.href);
      expect([...facebook.searchParams.keys()]).to.deep.equal(['u']);
      expect(facebook.searchParams.get('u')).to.equal(URL_WITH_QUERY);
      const telegram = new URL(telegramLink!.href);
      expect([telegram.searchParams.get('url'), telegram.searchParams.get('text')]).to.deep.equal([URL_WITH_QUERY, GU_HEADLINE]);
      // Percent-encoded UTF-8, never `+` for a space (mailto: would show the `+`).
      const mail = mailLink!.getAttribute('href')!;
      expect(mail).to.include(`subject=${encodeURIComponent(GU_HEADLINE)}&`);
      expect(mail).to.include('%E0%AA%89'); // ઉ
      expect(mail).not.to.match(/[ +]/);
      expect(decodeURIComponent(mail.split('body=')[1]!)).to.equal(`${GU_HEADLINE}\r\n\r\n${URL_WITH_QUERY}`);
    });

    it('names the controls in the article\'s language', async () => {
      const rendered = await renderArticle(seed, { share: '' });
      expect(rendered.part('share')!.getAttribute('aria-label')).to.equal('શેર કરો');
      expect(rendered.parts('share-link')[0]!.getAttribute('aria-label')).to.equal('WhatsApp પર શેર કરો');
      expect(text(rendered.part('share-button'))).to.equal('લિંક કૉપિ કરો');
    });

    it('shows no share UI when the article has no url, or without the attribute', async () => {
      expect((await renderArticle({ ...fullArticle(), url: undefined }, { share: '' })).part('share')).to.equal(null);
      expect((await renderArticle(fullArticle())).part('share')).to.equal(null);
    });
  });

  describe('events', () => {
    it('fires news-article-share with the network when a link is followed', async () => {
      const rendered = await renderArticle(fullArticle(), { share: '' });
      const networks: string[] = [];
      let followed: boolean | undefined;
      const onShare = (event: NewsArticleShareEvent) => networks.push(event.detail.network);
      const onClick = (event: Event) => {
        followed = !event.defaultPrevented;
        event.preventDefault(); // the test page stays where it is
      };
      document.addEventListener('news-article-share', onShare);
      document.addEventListener('click', onClick);
      undo.push(() => document.removeEventListener('news-article-share', onShare), () => document.removeEventListener('click', onClick));
      for (const network of ['WhatsApp', 'X', 'Facebook', 'Telegram', 'E-mail']) linkFor(rendered, network).click();
      expect(networks).to.deep.equal(['whatsapp', 'x', 'facebook', 'telegram', 'email']);
      expect(followed).to.equal(true);
    });

    it('is a bubbling, composed, cancelable event; cancelling it keeps the link from being followed', async () => {
      const rendered = await renderArticle(fullArticle(), { share: '' });
      const shared = oneEvent(rendered.element.parentElement!, 'news-article-share');
      let prevented: boolean | undefined;
      const onClick = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      };
      document.addEventListener('click', onClick);
      undo.push(() => document.removeEventListener('click', onClick));
      rendered.element.addEventListener('news-article-share', (event) => event.preventDefault(), { once: true });
      linkFor(rendered, 'X').click();
      const event = await shared;
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(prevented).to.equal(true);
    });
  });

  describe('copy link', () => {
    it('copies the canonical url, confirms it politely in the article\'s language, and fires network "copy"', async () => {
      const written: string[] = [];
      undo.push(stub(navigator.clipboard, 'writeText', async (value: string) => void written.push(value)));
      const rendered = await renderArticle(seed, { share: '' });
      const status = rendered.part('share-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status), 'empty before').to.equal('');
      const shared = oneEvent(rendered.element, 'news-article-share');
      rendered.part<HTMLButtonElement>('share-button')!.click();
      expect((await shared).detail.network).to.equal('copy');
      await waitUntil(() => text(status) !== '');
      expect(written).to.deep.equal([seed.url]);
      expect(text(status)).to.equal('લિંક કૉપિ થઈ');
      expect(rendered.part('share-status'), 'the same live region').to.equal(status);
    });

    it('takes the confirmation away after a few seconds', async () => {
      undo.push(stub(navigator.clipboard, 'writeText', async () => {}));
      const rendered = await renderArticle(fullArticle(), { share: '' });
      rendered.part<HTMLButtonElement>('share-button')!.click();
      await waitUntil(() => text(rendered.part('share-status')) === 'Link copied');
      const shown = performance.now();
      await waitUntil(() => text(rendered.part('share-status')) === '', 'the confirmation goes', { timeout: 8000 });
      expect(performance.now() - shown).to.be.within(2000, 6000);
    });

    it('falls back to a copy command when the Clipboard API refuses, without touching the selection', async () => {
      undo.push(stub(navigator.clipboard, 'writeText', () => Promise.reject(new DOMException('denied', 'NotAllowedError'))));
      const rendered = await renderArticle(fullArticle(), { share: '' });
      // The reader's selection, made after the click's own mousedown (which clears it).
      const headline = firstText(rendered.part('headline')!);
      const select = () => document.getSelection()!.setBaseAndExtent(headline, 0, headline, 6);
      document.addEventListener('click', select, { capture: true, once: true });
      const written: [string, string][] = [];
      // The browser's own copy event: watch what the fallback writes into its clipboard data.
      const onCopy = (event: ClipboardEvent) => {
        const data = event.clipboardData!;
        const setData = data.setData.bind(data);
        data.setData = (type: string, value: string) => (written.push([type, value]), setData(type, value));
      };
      window.addEventListener('copy', onCopy, { capture: true, once: true });
      undo.push(() => window.removeEventListener('copy', onCopy, { capture: true }), () => document.removeEventListener('click', select, { capture: true }));
      await realClick(rendered.part('share-button')!);
      await waitUntil(() => text(rendered.part('share-status')) === 'Link copied', 'confirmed');
      expect(written).to.deep.equal([['text/plain', 'https://news.example/a-1']]);
      expect(document.getSelection()!.toString()).to.equal('A full');
    });
  });

  describe('Web Share API', () => {
    it('shows one "Share" button instead of the links, and shares title and url with it', async () => {
      const shared: ShareData[] = [];
      undo.push(stub(navigator, 'share', async (data: ShareData) => void shared.push(data)));
      undo.push(stub(navigator, 'canShare', () => true));
      const rendered = await renderArticle(fullArticle(), { share: '' });
      expect(rendered.parts('share-link')).to.have.length(0);
      const buttons = rendered.parts<HTMLButtonElement>('share-button');
      expect(buttons.map((button) => text(button))).to.deep.equal(['Share']);
      const event = oneEvent(rendered.element, 'news-article-share');
      buttons[0]!.click();
      expect((await event).detail.network).to.equal('native');
      await waitUntil(() => shared.length === 1);
      expect(shared[0]).to.deep.equal({ title: 'A full article', url: 'https://news.example/a-1' });
    });

    it('does not open the share sheet when the page cancels the event', async () => {
      const shared: ShareData[] = [];
      undo.push(stub(navigator, 'share', async (data: ShareData) => void shared.push(data)));
      const rendered = await renderArticle(fullArticle(), { share: '' });
      rendered.element.addEventListener('news-article-share', (event) => event.preventDefault());
      rendered.part<HTMLButtonElement>('share-button')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(shared).to.have.length(0);
    });

    it('uses the links where the browser cannot share this data', async () => {
      undo.push(stub(navigator, 'share', async () => {}));
      undo.push(stub(navigator, 'canShare', () => false));
      const rendered = await renderArticle(fullArticle(), { share: '' });
      expect(rendered.parts('share-link')).to.have.length(5);
    });
  });

  describe('keyboard', () => {
    it('reaches every share control with Tab, in order, and activates them with Enter and Space', async () => {
      const written: string[] = [];
      undo.push(stub(navigator.clipboard, 'writeText', async (value: string) => void written.push(value)));
      const rendered = await renderArticle(fullArticle(), { share: '' });
      const root = rendered.element.shadowRoot!;
      const controls = [...rendered.parts('share-link'), ...rendered.parts('share-button')];
      controls[0]!.focus();
      for (const control of controls.slice(1)) {
        await sendKeys({ press: 'Tab' });
        expect(root.activeElement).to.equal(control);
      }
      await sendKeys({ press: 'Space' });
      await waitUntil(() => written.length === 1, 'Space on "Copy link" copies');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => written.length === 2, 'Enter on "Copy link" copies');

      const networks: string[] = [];
      rendered.element.addEventListener('news-article-share', (event) => {
        networks.push(event.network);
        event.preventDefault(); // stay on the test page
      });
      controls[0]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(networks).to.deep.equal(['whatsapp']);
    });
  });

  describe('accessibility', () => {
    it('passes axe with the links', async () => {
      const { element } = await renderArticle(seed, { share: '' });
      await expect(element).to.be.accessible();
    });

    it('passes axe with the "Link copied" confirmation shown', async () => {
      undo.push(stub(navigator.clipboard, 'writeText', async () => {}));
      const rendered = await renderArticle(seed, { share: '' });
      rendered.part<HTMLButtonElement>('share-button')!.click();
      await waitUntil(() => text(rendered.part('share-status')) !== '');
      await expect(rendered.element).to.be.accessible();
    });

    it('passes axe with the Web Share button', async () => {
      undo.push(stub(navigator, 'share', async () => {}));
      const { element } = await renderArticle(seed, { share: '' });
      await expect(element).to.be.accessible();
    });
  });
});
