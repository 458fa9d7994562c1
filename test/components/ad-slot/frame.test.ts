import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { parseAdSizes } from '../../../src/internal/ad-sizes.js';
import type { AdConsent, AdContext } from '../../../src/components/ad-slot/provider.js';
import { frameProvider } from '../../../src/components/ad-slot/providers/frame.js';

const second = await executeServerCommand<string, undefined>('second-origin');
const creative = (name: string, query = '') => `${second}/test/fixtures/creatives/${name}.html${query}`;

const NO_CMP: AdConsent = { cmp: false, personalized: true };

/** A slot (a block of `width`, with a container in it) and its AdContext, as `<ad-slot>` hands it over. */
function slotContext(options: { sizes?: string; src?: string; width?: number; label?: string; consent?: AdConsent; before?: Element; fits?: AdContext['fits'] } = {}): AdContext {
  const slot = document.createElement('div');
  slot.className = 'test-slot';
  slot.style.width = `${options.width ?? 800}px`;
  if (options.label) slot.setAttribute('label', options.label);
  const container = document.createElement('div');
  container.id = `ad-container-${Math.random().toString(36).slice(2)}`;
  slot.append(container);
  if (options.before) options.before.after(slot);
  else document.body.append(slot);
  const rules = parseAdSizes(options.sizes ?? '300x250')!;
  const sizes = rules.flatMap((rule) => rule.sizes).sort((a, b) => a.width * a.height - b.width * b.height);
  return {
    slot,
    container,
    src: 'src' in options ? options.src : creative('well-behaved'),
    sizes,
    rules,
    fluid: rules.some((rule) => rule.fluid),
    targeting: {},
    consent: options.consent ?? NO_CMP,
    // What <ad-slot> hands over: its label attribute, else "Advertisement" in its language.
    label: options.label ?? 'Advertisement',
    fits: options.fits ?? (() => true),
  };
}

/** A spacer twice the viewport's height, so that what follows it is entirely below the viewport. */
function spacer(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'test-spacer';
  element.style.height = `${innerHeight * 2}px`;
  document.body.append(element);
  return element;
}

/** The next message from `iframe`'s window that `accept`s. */
function messageFrom<T>(iframe: () => HTMLIFrameElement | null, accept: (data: T) => boolean, timeout = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      removeEventListener('message', onMessage);
      reject(new Error('no message from the creative'));
    }, timeout);
    const onMessage = (event: MessageEvent) => {
      const frame = iframe();
      if (!frame || event.source !== frame.contentWindow || !accept(event.data as T)) return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      resolve(event.data as T);
    };
    addEventListener('message', onMessage);
  });
}

const frameIn = (ad: AdContext) => ad.container.querySelector('iframe');
const typed =
  <T extends { type: string }>(type: T['type']) =>
  (data: unknown): data is T =>
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Requests and renders, as `<ad-slot>` does. */
async function fill(ad: AdContext, signal = new AbortController().signal) {
  const response = await frameProvider.request(ad, signal);
  const size = await frameProvider.render(ad, response, signal);
  return { response, size, iframe: frameIn(ad)! };
}

interface ResizeResult {
  type: 'ad-slot:resize-result';
  accepted: boolean;
  width: number;
  height: number;
  reason?: string;
}
interface ResizeAnswers {
  type: 'creative:resize-answers';
  answers: ResizeResult[];
}

describe('frame provider', () => {
  const contexts: AdContext[] = [];
  const track = (ad: AdContext) => (contexts.push(ad), ad);

  afterEach(async () => {
    for (const ad of contexts.splice(0)) {
      frameProvider.destroy(ad);
      ad.slot.remove();
    }
    for (const element of document.querySelectorAll('.test-spacer, .test-frame')) element.remove();
    scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  describe('request', () => {
    it('answers the creative URL, resolved against the document', async () => {
      const ad = track(slotContext({ src: '/test/fixtures/creatives/well-behaved.html?campaign=7' }));
      const response = await frameProvider.request(ad, new AbortController().signal);
      expect(response.empty).to.be.false;
      expect(response.data).to.equal(new URL('/test/fixtures/creatives/well-behaved.html?campaign=7', document.baseURI).href);
    });

    it('rejects a slot without src', async () => {
      const ad = track(slotContext({ src: undefined }));
      let error: unknown;
      await frameProvider.request(ad, new AbortController().signal).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).message).to.contain('no src');
    });

    for (const src of ['javascript:alert(1)', 'data:text/html,<p>ad</p>', 'blob:https://example.com/1', 'about:blank']) {
      it(`rejects a non-http(s) src: ${src.slice(0, 12)}`, async () => {
        const ad = track(slotContext({ src }));
        let error: unknown;
        await frameProvider.request(ad, new AbortController().signal).catch((e: unknown) => (error = e));
        expect(error).to.be.instanceOf(Error);
        expect((error as Error).message).to.contain('not an http(s) URL');
      });
    }

    it('rejects when already aborted', async () => {
      const ad = track(slotContext());
      const controller = new AbortController();
      controller.abort();
      let error: unknown;
      await frameProvider.request(ad, controller.signal).catch((e: unknown) => (error = e));
      expect((error as DOMException).name).to.equal('AbortError');
    });
  });

  describe('size', () => {
    it('chooses the widest size that fits the slot', async () => {
      const ad = track(slotContext({ sizes: '300x250 336x280 728x90', width: 500 }));
      const response = await frameProvider.request(ad, new AbortController().signal);
      expect(response.size).to.deep.equal({ width: 336, height: 280 });
    });

    it('chooses the shortest of sizes of the same width', async () => {
      const ad = track(slotContext({ sizes: '300x600 300x250', width: 800 }));
      const response = await frameProvider.request(ad, new AbortController().signal);
      expect(response.size).to.deep.equal({ width: 300, height: 250 });
    });

    it('chooses only among the sizes the slot can show without moving the page (AdContext.fits)', async () => {
      const ad = track(slotContext({ sizes: '300x250 336x280', width: 800, fits: (size) => size.height <= 250 }));
      const response = await frameProvider.request(ad, new AbortController().signal);
      expect(response.size, 'in view, a 280 px creative would push what follows a 250 px box').to.deep.equal({ width: 300, height: 250 });
    });

    it('chooses the shortest applicable size when no size fits the box', async () => {
      const ad = track(slotContext({ sizes: '336x280 300x600', width: 800, fits: () => false }));
      const response = await frameProvider.request(ad, new AbortController().signal);
      expect(response.size).to.deep.equal({ width: 336, height: 280 });
    });

    it('chooses the smallest when none fits', async () => {
      const ad = track(slotContext({ sizes: '336x280 300x250', width: 280 }));
      const response = await frameProvider.request(ad, new AbortController().signal);
      expect(response.size).to.deep.equal({ width: 300, height: 250 });
    });

    it('follows per-viewport rules', async () => {
      const sizes = '(min-width: 768px) 728x90 970x90, 300x250 320x50';
      await setViewport({ width: 1024, height: 768 });
      const wide = track(slotContext({ sizes, width: 800 }));
      expect((await frameProvider.request(wide, new AbortController().signal)).size).to.deep.equal({ width: 728, height: 90 });
      await setViewport({ width: 400, height: 700 });
      const narrow = track(slotContext({ sizes, width: 360 }));
      expect((await frameProvider.request(narrow, new AbortController().signal)).size).to.deep.equal({ width: 320, height: 50 });
    });

    it('renders fluid at the slot width and its reserved height', async () => {
      const ad = track(slotContext({ sizes: 'fluid', width: 420 }));
      ad.container.style.height = '180px';
      const { size, iframe } = await fill(ad);
      expect(size).to.deep.equal({ width: 420, height: 180 });
      expect(iframe.getBoundingClientRect().width).to.equal(420);
    });
  });

  describe('consent', () => {
    const urlFor = async (consent: AdConsent) => new URL((await frameProvider.request(track(slotContext({ consent })), new AbortController().signal)).data as string);

    it('adds nothing without a CMP', async () => {
      const url = await urlFor(NO_CMP);
      expect([...url.searchParams.keys()]).to.deep.equal([]);
    });

    it('carries gdpr and gdpr_consent from a CMP', async () => {
      const url = await urlFor({ cmp: true, gdprApplies: true, tcString: 'CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA', personalized: true });
      expect(url.searchParams.get('gdpr')).to.equal('1');
      expect(url.searchParams.get('gdpr_consent')).to.equal('CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA');
      expect(url.searchParams.has('npa')).to.be.false;
    });

    it('says gdpr=0 where GDPR does not apply', async () => {
      const url = await urlFor({ cmp: true, gdprApplies: false, personalized: true });
      expect(url.searchParams.get('gdpr')).to.equal('0');
      expect(url.searchParams.get('gdpr_consent')).to.equal('');
    });

    it('flags a non-personalised request with npa=1', async () => {
      const url = await urlFor({ cmp: true, gdprApplies: true, tcString: 'CPXxRfA', personalized: false });
      expect(url.searchParams.get('npa')).to.equal('1');
      expect(url.searchParams.get('gdpr')).to.equal('1');
    });

    it('reaches the creative', async () => {
      const ad = track(slotContext({ consent: { cmp: true, gdprApplies: true, tcString: 'CPXxRfA', personalized: false } }));
      const ready = messageFrom<{ search: string }>(() => frameIn(ad), typed('creative:ready'));
      await fill(ad);
      const params = new URLSearchParams((await ready).search);
      expect(params.get('gdpr')).to.equal('1');
      expect(params.get('gdpr_consent')).to.equal('CPXxRfA');
      expect(params.get('npa')).to.equal('1');
    });
  });

  describe('render', () => {
    it('puts one sandboxed iframe in the container', async () => {
      const ad = track(slotContext({ label: 'વિજ્ઞાપન' }));
      const { iframe, size } = await fill(ad);
      expect(ad.container.children).to.have.length(1);
      expect(size).to.deep.equal({ width: 300, height: 250 });
      expect(iframe.getAttribute('sandbox')).to.equal('allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation');
      const tokens = [...iframe.sandbox];
      expect(tokens).not.to.include('allow-same-origin');
      expect(tokens).not.to.include('allow-top-navigation');
      expect(tokens).to.include('allow-top-navigation-by-user-activation');
      expect(iframe.title).to.equal('વિજ્ઞાપન');
      expect(iframe.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
      expect(iframe.getAttribute('loading')).to.equal('eager');
      expect(iframe.getAttribute('width')).to.equal('300');
      expect(iframe.getAttribute('height')).to.equal('250');
      const rect = iframe.getBoundingClientRect();
      expect([rect.width, rect.height]).to.deep.equal([300, 250]);
      const style = getComputedStyle(iframe);
      expect(style.display).to.equal('block');
      expect(style.borderTopWidth).to.equal('0px');
    });

    it('titles the iframe "Advertisement" without a label', async () => {
      const { iframe } = await fill(track(slotContext()));
      expect(iframe.title).to.equal('Advertisement');
    });

    it('gives the creative an opaque origin, even on the page’s own origin', async () => {
      const ad = track(slotContext({ src: '/test/fixtures/creatives/hostile.html' }));
      const report = messageFrom<Record<string, string>>(() => frameIn(ad), typed('creative:hostile-report'));
      await fill(ad);
      expect((await report)['parentDocument']).to.equal('SecurityError');
    });

    it('replaces the iframe on refresh', async () => {
      const ad = track(slotContext());
      const { iframe: first } = await fill(ad);
      const response = await frameProvider.refresh!(ad, new AbortController().signal);
      await frameProvider.render(ad, response, new AbortController().signal);
      expect(ad.container.querySelectorAll('iframe')).to.have.length(1);
      expect(frameIn(ad)).not.to.equal(first);
      expect(first.isConnected).to.be.false;
    });

    it('rejects and removes the iframe when aborted before load', async () => {
      const ad = track(slotContext({ src: creative('well-behaved', '?delay=5000') }));
      const controller = new AbortController();
      const response = await frameProvider.request(ad, controller.signal);
      const rendering = frameProvider.render(ad, response, controller.signal);
      expect(frameIn(ad)).to.exist;
      controller.abort();
      let error: unknown;
      await rendering.catch((e: unknown) => (error = e));
      expect((error as DOMException).name).to.equal('AbortError');
      expect(frameIn(ad)).to.be.null;
    });

    it('destroy removes the iframe and stops answering its messages', async () => {
      const ad = track(slotContext());
      const { iframe } = await fill(ad);
      frameProvider.destroy(ad);
      expect(iframe.isConnected).to.be.false;
      expect(ad.container.children).to.have.length(0);
      frameProvider.destroy(ad); // twice is harmless
    });
  });

  describe('hostile creative', () => {
    let report: Record<string, string>;
    const start = location.href;

    before(async () => {
      const ad = slotContext({ src: creative('hostile') });
      try {
        const reported = messageFrom<Record<string, string>>(() => frameIn(ad), typed('creative:hostile-report'));
        await fill(ad);
        report = await reported;
        // A navigation that was allowed would have started by now.
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        frameProvider.destroy(ad);
        ad.slot.remove();
      }
    });

    it('cannot navigate the top page without a user activation', () => {
      expect(report['topNavigation']).to.equal('SecurityError');
      expect(location.href).to.equal(start);
    });

    it('cannot open a pop-up without a user activation', function () {
      // The sandbox allows pop-ups (click-throughs); the browser's pop-up blocker refuses one
      // without a user activation. Puppeteer launches Chromium with --disable-popup-blocking
      // unless the launcher's ignoreDefaultArgs lists it: then there is nothing to test here.
      const probe = window.open('about:blank', '_blank');
      probe?.close();
      if (probe) this.skip();
      expect(report['popup']).to.equal('blocked');
    });

    it('cannot read the parent document or location', () => {
      expect(report['parentDocument']).to.equal('SecurityError');
      expect(report['parentLocation']).to.equal('SecurityError');
    });
  });

  describe('resize', () => {
    const resizing = (query: string, before?: Element) => {
      const ad = track(slotContext({ sizes: '300x250 300x600', src: creative('resize', query), before }));
      return { ad, answers: messageFrom<ResizeAnswers>(() => frameIn(ad), typed('creative:resize-answers')) };
    };

    it('accepts a declared size when the slot is entirely below the viewport, without a layout shift', async () => {
      const shifts: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      const { ad, answers } = resizing('?declared=300x600&undeclared=970x250', spacer());
      const { iframe } = await fill(ad);
      const since = performance.now();
      const [declared, undeclared] = (await answers).answers;
      expect(declared).to.deep.equal({ type: 'ad-slot:resize-result', accepted: true, width: 300, height: 600 });
      expect(undeclared).to.deep.equal({ type: 'ad-slot:resize-result', accepted: false, width: 970, height: 250, reason: 'undeclared-size' });
      expect(iframe.getAttribute('height')).to.equal('600');
      expect(iframe.getBoundingClientRect().height).to.equal(600);
      await nextFrame();
      await nextFrame();
      observer.takeRecords().forEach((entry) => shifts.push(entry));
      observer.disconnect();
      const unexpected = shifts.filter((entry) => entry.startTime >= since && !(entry as PerformanceEntry & { hadRecentInput: boolean }).hadRecentInput);
      expect(unexpected).to.have.length(0);
    });

    it('refuses while the slot is in view', async () => {
      const { ad, answers } = resizing('?declared=300x600&undeclared=970x250');
      const { iframe } = await fill(ad);
      const [declared, undeclared] = (await answers).answers;
      expect(declared).to.deep.equal({ type: 'ad-slot:resize-result', accepted: false, width: 300, height: 600, reason: 'in-view' });
      expect(undeclared!.accepted).to.be.false;
      expect(iframe.getBoundingClientRect().height).to.equal(250);
    });

    it('refuses while the slot is above the viewport', async () => {
      const { ad, answers } = resizing('?declared=300x600');
      ad.slot.after(spacer());
      scrollTo(0, document.documentElement.scrollHeight);
      await nextFrame();
      expect(ad.slot.getBoundingClientRect().bottom).to.be.below(0);
      const { iframe } = await fill(ad);
      const [declared] = (await answers).answers;
      expect(declared).to.include({ accepted: false, reason: 'in-view' });
      expect(iframe.getAttribute('height')).to.equal('250');
    });

    it('ignores resize messages from any other window', async () => {
      const { ad, answers } = resizing('', spacer());
      const { iframe } = await fill(ad);
      await answers;
      // The test page itself, and another cross-origin frame, ask for a declared size.
      postMessage({ type: 'ad-slot:resize', width: 300, height: 600 }, '*');
      const forger = document.createElement('iframe');
      forger.className = 'test-frame';
      forger.src = `${second}/forge?message=${encodeURIComponent(JSON.stringify({ type: 'ad-slot:resize', width: 300, height: 600 }))}`;
      const forged = messageFrom(() => forger, typed('forged'));
      document.body.append(forger);
      await forged;
      await nextFrame();
      expect(iframe.getAttribute('height')).to.equal('250');
    });

    it('ignores malformed resize messages', async () => {
      const { ad, answers } = resizing('?declared=300x600.5', spacer());
      const { iframe } = await fill(ad);
      const [answer] = (await answers).answers;
      expect(answer).to.include({ timeout: true });
      expect(iframe.getAttribute('height')).to.equal('250');
    });
  });
});
