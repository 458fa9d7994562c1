import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import seed from '../demo/articles/seed-gu.json';

// The host is this test page (web-test-runner's origin); the embed page and the article come
// from the second origin (test/servers/second-origin.mjs), where /embed/ is the embed page
// built from source and served under a strict CSP.
const second = await executeServerCommand<string, undefined>('second-origin');
const articleURL = `${second}/cors/demo/articles/seed-gu.json`;
// Raw files come from the second origin: web-test-runner rewrites the scripts and pages it serves.
const hostScript = `${second}/src/embed/embed-host.js`;

interface HeightMessage {
  type: string;
  height: number;
  src: string;
}

let run = 0;

/** The embed page's URL with `params`, marked so that its CSP reports can be told apart. */
function embedURL(params: Record<string, string>): string {
  const url = new URL('/embed/embed.html', second);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  url.searchParams.set('test-run', String(++run));
  return url.href;
}

/** An iframe as docs/embed.md writes it (without `data-news-elements-embed` when `marked` is false). */
function addFrame(src: string, { marked = true, width = 640 } = {}): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (marked) frame.dataset.newsElementsEmbed = '';
  frame.title = 'Article';
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  frame.style.cssText = `display: block; width: ${width}px; height: 300px; border: 0;`;
  frame.src = src;
  document.body.append(frame);
  return frame;
}

/** Adds embed-host.js as a host page does: a classic script. */
async function addHostScript(): Promise<void> {
  const script = document.createElement('script');
  script.src = hostScript;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  document.head.append(script);
  await loaded;
  hostScriptAdded = true;
}

let hostScriptAdded = false;

/** Adds the host script once (the first test adds it itself, late on purpose). */
async function useHostScript(): Promise<void> {
  if (hostScriptAdded) return;
  await addHostScript();
}

/** The next message from `frame`'s window that satisfies `accept`. */
function messageFrom(frame: HTMLIFrameElement, accept: (event: MessageEvent) => boolean = () => true): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !accept(event)) return;
      removeEventListener('message', onMessage);
      resolve(event);
    };
    addEventListener('message', onMessage);
  });
}

const isHeight = (event: MessageEvent) => (event.data as HeightMessage)?.type === 'news-elements:height';

/** Evaluates `expression` in the frame whose URL is `url` (cross-origin, through the browser's protocol). */
async function inFrame<T>(url: string, expression: string): Promise<T> {
  return executeServerCommand<T, { url: string; expression: string }>('frame-evaluate', { url, expression });
}

/** Waits (inside the frame) until `expression` is truthy; its value. */
function untilInFrame<T>(url: string, expression: string): Promise<T> {
  return inFrame<T>(
    url,
    `new Promise((resolve) => {
      const check = () => {
        const value = ${expression};
        if (value) resolve(value);
        else setTimeout(check, 50);
      };
      check();
    })`,
  );
}

/** Waits for the frame's article to render; its headline. */
const headlineIn = (url: string) =>
  untilInFrame<string>(url, `document.querySelector('news-article')?.shadowRoot?.querySelector('[part="headline"]')?.textContent.trim()`);

interface FrameLayout {
  width: number;
  height: number;
  scrollHeight: number;
  clientHeight: number;
}

const layoutIn = (url: string) =>
  inFrame<FrameLayout>(
    url,
    `({
      width: innerWidth,
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      scrollHeight: document.documentElement.scrollHeight,
      clientHeight: document.documentElement.clientHeight,
    })`,
  );

/**
 * Waits (at most `timeout` ms) until the frame is exactly as tall as its page, with nothing to
 * scroll, at the frame's current width; the last layout seen. (A frame of another origin gets
 * its new size a little after the host page has changed it.)
 */
async function settled(frame: HTMLIFrameElement, url: string, timeout = 8000): Promise<FrameLayout> {
  const end = performance.now() + timeout;
  for (;;) {
    const layout = await layoutIn(url);
    const box = frame.getBoundingClientRect();
    const fits = layout.width === box.width && layout.height === box.height && layout.scrollHeight <= layout.clientHeight;
    if (fits || performance.now() > end) return layout;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let frames: HTMLIFrameElement[] = [];
const track = (frame: HTMLIFrameElement) => (frames.push(frame), frame);

describe('iframe embed (embed.html)', () => {
  afterEach(() => {
    for (const frame of frames) frame.remove();
    frames = [];
  });

  describe('the host script', () => {
    // First, before any test has loaded the host script: this one needs a page without it.
    it('asks frames that reported before it ran for their height again', async () => {
      // No article: a page whose height does not change, so no report would come by itself.
      const url = embedURL({ src: '' });
      const frame = track(addFrame(url, { marked: false }));
      await messageFrom(frame, isHeight);
      frame.dataset.newsElementsEmbed = '';
      const again = messageFrom(frame, isHeight);
      await addHostScript();
      const event = await again;
      // The host script's listener runs after this test's own.
      await new Promise((resolve) => setTimeout(resolve));
      expect(frame.style.height).to.equal(`${(event.data as HeightMessage).height}px`);
    });

    it('sizes the frame to the article, from the embed origin, with no scrollbar inside', async () => {
      await useHostScript();
      const url = embedURL({ src: articleURL });
      const frame = track(addFrame(url));
      const first = await messageFrom(frame, isHeight);
      expect(first.origin).to.equal(second);
      expect(first.data).to.deep.equal({ type: 'news-elements:height', height: first.data.height, src: articleURL });
      expect(Number.isInteger(first.data.height)).to.equal(true);

      expect(await headlineIn(url)).to.equal(seed.headline);
      const layout = await settled(frame, url);
      expect(frame.getBoundingClientRect().height, 'the frame is as tall as its page').to.equal(layout.height);
      expect(layout.height, 'a whole article, not the skeleton').to.be.above(1500);
      expect(layout.scrollHeight, 'nothing to scroll inside the frame').to.be.at.most(layout.clientHeight);
    });

    it('follows the page when the frame gets narrower (the text reflows)', async () => {
      await useHostScript();
      const url = embedURL({ src: articleURL });
      const frame = track(addFrame(url));
      await headlineIn(url);
      const wide = await settled(frame, url);
      expect(frame.getBoundingClientRect().height).to.equal(wide.height);

      const taller = messageFrom(frame, (event) => isHeight(event) && event.data.height > wide.height);
      frame.style.width = '320px';
      await taller;
      const narrow = await settled(frame, url);
      expect(narrow.height).to.be.above(wide.height);
      expect(frame.getBoundingClientRect().height).to.equal(narrow.height);
      expect(narrow.scrollHeight).to.be.at.most(narrow.clientHeight);
    });

    it('ignores a height report from another frame of the embed origin', async () => {
      await useHostScript();
      // No article: a page whose height does not change by itself.
      const frame = track(addFrame(embedURL({ src: '' })));
      const reported = (await messageFrom(frame, isHeight)).data as HeightMessage;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(frame.style.height).to.equal(`${reported.height}px`);

      const forger = track(addFrame(`${second}/forge?message=${encodeURIComponent(JSON.stringify({ ...reported, height: 7 }))}`, { marked: false }));
      await messageFrom(forger, (event) => event.data?.type === 'forged');
      expect(frame.style.height).to.equal(`${reported.height}px`);
    });

    it("ignores a height report from the embed frame's window once it shows a page of another origin", async () => {
      await useHostScript();
      const frame = track(addFrame(embedURL({ src: '' })));
      const reported = (await messageFrom(frame, isHeight)).data as HeightMessage;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(frame.style.height).to.equal(`${reported.height}px`);

      // srcdoc navigates the same window (the same event.source) to a page of this origin.
      const forged = messageFrom(frame, (event) => event.data?.type === 'forged');
      frame.srcdoc = `<script>
        parent.postMessage(${JSON.stringify({ ...reported, height: 7 })}, '*');
        parent.postMessage({ type: 'forged' }, '*');
      </script>`;
      const event = await forged;
      expect(event.origin).to.equal(location.origin);
      expect(frame.style.height).to.equal(`${reported.height}px`);
    });

    it('ignores reports whose height is not a number of pixels', async () => {
      await useHostScript();
      const forge = (message: object) => `${second}/forge?message=${encodeURIComponent(JSON.stringify(message))}`;
      for (const height of ['900', -5, null, Infinity]) {
        // A marked frame showing the forge page: its origin and window are right, the data is not.
        const frame = track(addFrame(forge({ type: 'news-elements:height', height, src: '' })));
        await messageFrom(frame, (event) => event.data?.type === 'forged');
        expect(frame.style.height, `height ${String(height)}`).to.equal('300px');
      }
      const frame = track(addFrame(forge({ type: 'news-elements:height', height: 77.2, src: '' })));
      await messageFrom(frame, (event) => event.data?.type === 'forged');
      expect(frame.style.height, 'a valid report, rounded up').to.equal('78px');
    });
  });

  describe('the embed page', () => {
    it('holds the skeleton at a fixed height while the article loads, whatever the frame height', async () => {
      const slow = `${articleURL}?delay=1500`;
      const frame = track(addFrame(embedURL({ src: slow }), { marked: false }));
      const heights: number[] = [];
      const collect = (event: MessageEvent) => {
        if (event.source === frame.contentWindow && isHeight(event)) heights.push(event.data.height);
      };
      addEventListener('message', collect);
      try {
        await messageFrom(frame, isHeight);
        // Size the frame to the report, as a host does, and more: the skeleton must not follow it.
        frame.style.height = `${heights[0]! * 2}px`;
        await new Promise((resolve) => setTimeout(resolve, 600));
      } finally {
        removeEventListener('message', collect);
      }
      expect(heights.length, 'one report while loading').to.equal(1);
      expect(heights[0], 'about 40rem').to.be.within(600, 720);
    });

    it('answers a measure request with its height, even when it has not changed', async () => {
      // No article: a page whose height does not change, so no report would come by itself.
      const frame = track(addFrame(embedURL({ src: '' }), { marked: false }));
      const first = (await messageFrom(frame, isHeight)).data as HeightMessage;
      const again = messageFrom(frame, isHeight);
      frame.contentWindow!.postMessage({ type: 'news-elements:measure' }, second);
      expect((await again).data).to.deep.equal(first);
    });

    it('passes syndicated and lang through to the page and the element', async () => {
      const url = embedURL({ src: articleURL, syndicated: '', lang: 'gu_IN' });
      track(addFrame(url));
      await headlineIn(url);
      const seen = await inFrame<{ lang: string; syndicated: boolean; src: string | null }>(
        url,
        `({
          lang: document.documentElement.lang,
          syndicated: document.querySelector('news-article').hasAttribute('syndicated'),
          src: document.querySelector('news-article').getAttribute('src'),
        })`,
      );
      expect(seen).to.deep.equal({ lang: 'gu-IN', syndicated: true, src: articleURL });

      const plainURL = embedURL({ src: articleURL, lang: '<b>' });
      track(addFrame(plainURL));
      expect(await untilInFrame(plainURL, `document.title !== 'Article' && document.title`), 'the title').to.equal(seed.headline);
      const plain = await inFrame<{ lang: string; syndicated: boolean }>(
        plainURL,
        `({ lang: document.documentElement.lang, syndicated: document.querySelector('news-article').hasAttribute('syndicated') })`,
      );
      expect(plain, 'an invalid lang is ignored').to.deep.equal({ lang: 'en', syndicated: false });
    });

    it('refuses a src that is not http(s), and still reports its height', async () => {
      for (const src of ['javascript:alert(1)', 'data:application/json,{}', '']) {
        const url = embedURL({ src });
        const frame = track(addFrame(url));
        const event = await messageFrom(frame, isHeight);
        expect(event.data.src, src).to.equal('');
        expect(event.data.height, src).to.be.above(0);
        const seen = await inFrame<{ src: string | null; text: string }>(
          url,
          `({ src: document.querySelector('news-article').getAttribute('src'), text: document.querySelector('news-article').textContent })`,
        );
        expect(seen.src, src).to.equal(null);
        expect(seen.text).to.contain('needs ?src=');
      }
    });

    it('renders under a strict CSP with Trusted Types required, with no violation', async () => {
      await useHostScript();
      const url = embedURL({ src: articleURL, syndicated: '' });
      const frame = track(addFrame(url));
      await headlineIn(url);
      await settled(frame, url);
      // Reports are posted asynchronously by the browser: give them time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const marker = `test-run=${run}`;
      expect(await executeServerCommand('csp-reports', { match: marker })).to.deep.equal([]);
    });
  });

  describe('the build', () => {
    // `npm test` builds the bundle and the embed page into dist-test/current/ with the same
    // configs as `npm run build` does into dist/ (npm run build:test).
    const built = `${second}/cors/dist-test/current/`;

    it('writes embed.html with relative, external scripts that exist next to it', async () => {
      const response = await fetch(`${built}embed.html`);
      expect(response.status, 'dist-test/current/embed.html exists (npm run build:test)').to.equal(200);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const scripts = [...page.querySelectorAll('script')];
      expect(scripts.map((script) => script.getAttribute('src'))).to.deep.equal(['./embed.js', './news-elements.js']);
      expect(scripts.every((script) => script.type === 'module' && script.text.trim() === ''), 'no inline scripts').to.equal(true);
      expect(page.querySelectorAll('style, [style], link[href]').length, 'no styles or other assets').to.equal(0);
      for (const script of scripts) {
        expect((await fetch(new URL(script.getAttribute('src')!, response.url))).status, script.getAttribute('src')!).to.equal(200);
      }
      expect((await fetch(`${built}embed-host.js`)).status).to.equal(200);
    });

    it('the built page renders the article with the real bundle, under the strict CSP, and reports its height', async () => {
      await useHostScript();
      const url = `${second}/csp/dist-test/current/embed.html?src=${encodeURIComponent(articleURL)}&syndicated&test-run=${++run}`;
      const frame = track(addFrame(url));
      const event = await messageFrom(frame, isHeight);
      expect(event.origin).to.equal(second);
      expect(await headlineIn(url)).to.equal(seed.headline);
      const layout = await settled(frame, url);
      expect(frame.getBoundingClientRect().height).to.equal(layout.height);
      expect(layout.height).to.be.above(1500);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await executeServerCommand('csp-reports', { match: `test-run=${run}` })).to.deep.equal([]);
    });

    it('docs/embed.md quotes the host script as it ships', async () => {
      const [docs, script] = await Promise.all(
        [`${second}/cors/docs/embed.md`, `${second}/cors/src/embed/embed-host.js`].map(async (url) => (await fetch(url)).text()),
      );
      expect(docs).to.contain(script.trim());
    });
  });
});
