import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { parseAdSizes } from '../../../src/internal/ad-sizes.js';
import type { AdContext, AdProvider } from '../../../src/components/ad-slot/provider.js';
import { gptProvider } from '../../../src/components/ad-slot/providers/gpt.js';
import { installGoogletag, uninstallGoogletag, type GoogletagDouble } from '../../doubles/googletag.js';
import { recordWarnings } from '../../console.js';

type MutableAd = { -readonly [K in keyof AdContext]: AdContext[K] };

const hosts: HTMLElement[] = [];
let next = 0;

/** A hand-made AdContext over a real container in the document, as `<ad-slot>` would make it. */
function adContext(sizes: string, options: Partial<Pick<AdContext, 'unit' | 'targeting' | 'consent' | 'fits'>> = {}): MutableAd {
  const rules = parseAdSizes(sizes)!;
  const slot = document.createElement('div');
  const container = document.createElement('div');
  container.id = `gpt-test-${++next}`;
  slot.append(container);
  document.body.append(slot);
  hosts.push(slot);
  const all = new Map(rules.flatMap((rule) => rule.sizes).map((size) => [`${size.width}x${size.height}`, size]));
  return {
    slot,
    container,
    unit: '/1234/news/international',
    sizes: [...all.values()].sort((a, b) => a.width * a.height - b.width * b.height),
    rules,
    fluid: rules.some((rule) => rule.fluid),
    targeting: {},
    consent: { cmp: false, personalized: true },
    label: 'Advertisement',
    fits: () => true,
    ...options,
  };
}

const signal = () => new AbortController().signal;

/** What `promise` rejects with (fails when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Lets the double's event tasks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('gpt provider', () => {
  let gpt: GoogletagDouble;
  let provider: AdProvider;

  beforeEach(async () => {
    await setViewport({ width: 800, height: 600 });
    gpt = installGoogletag();
    provider = gptProvider();
  });

  afterEach(() => {
    uninstallGoogletag();
    for (const host of hosts.splice(0)) host.remove();
  });

  describe('request', () => {
    it('defines the slot with its sizes, size mapping and targeting, then displays it', async () => {
      const ad = adContext('(min-width: 1024px) 970x250 728x90, (min-width: 768px) 728x90, 300x250 fluid', {
        targeting: { section: 'international', tags: ['gujarat', 'world'] },
      });
      const response = await provider.request(ad, signal());

      expect(response).to.deep.equal({ empty: false, size: { width: 728, height: 90 } });
      const [slot] = gpt.slots;
      expect(slot!.unit).to.equal('/1234/news/international');
      expect(slot!.div).to.equal(ad.container.id);
      expect(slot!.sizes).to.deep.equal([[728, 90], [300, 250], [970, 250], 'fluid']);
      expect(slot!.sizeMapping).to.deep.equal([
        [[1024, 0], [[970, 250], [728, 90]]],
        [[768, 0], [[728, 90]]],
        [[0, 0], [[300, 250], 'fluid']],
      ]);
      expect(slot!.services.has(gpt.googletag.pubads())).to.equal(true);
      expect(gpt.requests).to.have.length(1);
      expect(gpt.requests[0]).to.deep.include({ via: 'display', viewportSizes: [[728, 90]], targeting: { section: ['international'], tags: ['gujarat', 'world'] } });
      const frame = ad.container.querySelector('iframe')!;
      expect(frame.getBoundingClientRect()).to.include({ width: 728, height: 90 });
    });

    it('defines no size mapping for sizes without media conditions', async () => {
      const ad = adContext('300x250 336x280');
      await provider.request(ad, signal());
      expect(gpt.slots[0]!.sizes).to.deep.equal([[300, 250], [336, 280]]);
      expect(gpt.slots[0]!.sizeMapping).to.equal(null);
    });

    it('maps min-height, leaves out shadowed rules, and falls back to the last rule', async () => {
      const ad = adContext('(min-width: 768px) and (min-height: 500px) 728x90, (min-width: 300px) 320x50, (min-width: 1024px) 970x250');
      await provider.request(ad, signal());
      expect(gpt.slots[0]!.sizeMapping).to.deep.equal([
        [[768, 500], [[728, 90]]],
        [[300, 0], [[320, 50]]],
        [[0, 0], [[970, 250]]],
      ]);
    });

    it('warns once about a media condition GPT cannot express, and maps nothing', async () => {
      const { warnings, restore } = recordWarnings();
      try {
        for (const ad of [adContext('(orientation: landscape) 728x90, 300x250'), adContext('(orientation: landscape) 728x90, 300x250')]) {
          await provider.request(ad, signal());
        }
      } finally {
        restore();
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('(orientation: landscape)');
      expect(gpt.slots.map((slot) => slot.sizeMapping)).to.deep.equal([null, null]);
      expect(gpt.requests).to.have.length(2);
    });

    it('asks for non-personalised ads without consent, personalised ones with it', async () => {
      await provider.request(adContext('300x250', { consent: { cmp: true, gdprApplies: true, tcString: 'CO', personalized: false } }), signal());
      await provider.request(adContext('300x250', { consent: { cmp: false, personalized: true } }), signal());
      expect(gpt.requests.map((request) => request.privacy.nonPersonalizedAds)).to.deep.equal([true, false]);
    });

    it('refreshes the slot when the page disabled the initial load', async () => {
      gpt.googletag.pubads().disableInitialLoad();
      const response = await provider.request(adContext('300x250'), signal());
      expect(response).to.deep.equal({ empty: false, size: { width: 300, height: 250 } });
      expect(gpt.requests.map((request) => request.via)).to.deep.equal(['refresh']);
    });

    it('resolves empty when nothing fills the slot', async () => {
      gpt.fill('/1234/news/international', { empty: true });
      const ad = adContext('300x250');
      expect(await provider.request(ad, signal())).to.deep.equal({ empty: true });
      expect(ad.container.querySelector('iframe')).to.equal(null);
    });

    it('reports fluid creatives as fluid', async () => {
      gpt.fill('/1234/news/international', { size: 'fluid', height: 180 });
      const ad = adContext('fluid');
      const response = await provider.request(ad, signal());
      expect(response).to.deep.equal({ empty: false, size: 'fluid' });
      expect(await provider.render(ad, response, signal())).to.equal('fluid');
      expect(gpt.slots[0]!.sizes).to.deep.equal(['fluid']);
    });

    it('rejects without a unit or when GPT refuses the slot', async () => {
      const ad = adContext('300x250');
      await provider.request(ad, signal());
      // GPT defines one slot per div: a second provider asking for the same div is refused.
      expect(String(await rejection(gptProvider().request(ad, signal())))).to.match(/did not define a slot/);
      expect(String(await rejection(provider.request({ ...adContext('300x250'), unit: undefined }, signal())))).to.match(/needs a unit/);
    });
  });

  describe('render', () => {
    it('resolves with the response size, else the size of the iframe GPT rendered', async () => {
      gpt.fill('/1234/news/international', { size: [336, 280] });
      const ad = adContext('300x250 336x280');
      const response = await provider.request(ad, signal());
      expect(await provider.render(ad, response, signal())).to.deep.equal({ width: 336, height: 280 });
      expect(await provider.render(ad, { empty: false }, signal())).to.deep.equal({ width: 336, height: 280 });
    });
  });

  describe('refresh', () => {
    it('refreshes the slot with the current consent and resolves with the new render', async () => {
      const ad = adContext('300x250 336x280');
      await provider.request(ad, signal());
      gpt.fill('/1234/news/international', { size: [336, 280] });
      ad.consent = { cmp: true, gdprApplies: true, personalized: false };
      const response = await provider.refresh!(ad, signal());

      expect(response).to.deep.equal({ empty: false, size: { width: 336, height: 280 } });
      expect(gpt.slots).to.have.length(1);
      expect(gpt.requests.map((request) => [request.via, request.privacy.nonPersonalizedAds])).to.deep.equal([
        ['display', false],
        ['refresh', true],
      ]);
      expect(ad.container.querySelectorAll('iframe')).to.have.length(1);
    });
  });

  describe('destroy', () => {
    it('destroys the slot, empties the container, and defines it again on the next request', async () => {
      const ad = adContext('300x250');
      await provider.request(ad, signal());
      const first = gpt.slots[0];
      provider.destroy(ad);

      expect(gpt.slots).to.have.length(0);
      expect(ad.container.childElementCount).to.equal(0);
      expect(gpt.pubads.listenerCount('slotRenderEnded')).to.equal(0);

      const response = await provider.request(ad, signal());
      expect(response.empty).to.equal(false);
      expect(gpt.slots).to.have.length(1);
      expect(gpt.slots[0]).to.not.equal(first);
      expect(gpt.requests.map((request) => request.via)).to.deep.equal(['display', 'display']);
    });

    it('does not throw when the page removed GPT meanwhile', async () => {
      const ad = adContext('300x250');
      await provider.request(ad, signal());
      gpt.uninstall();
      expect(() => provider.destroy(ad)).to.not.throw();
      expect(ad.container.childElementCount).to.equal(0);
    });

    it('uses one listener per event for all its slots', async () => {
      const ads = [adContext('300x250'), adContext('300x250'), adContext('300x250')];
      await Promise.all(ads.map((ad) => provider.request(ad, signal())));
      expect(gpt.pubads.listenerCount('slotRenderEnded')).to.equal(1);
      expect(gpt.pubads.listenerCount('impressionViewable')).to.equal(1);
      provider.destroy(ads[0]!);
      expect(gpt.pubads.listenerCount('slotRenderEnded')).to.equal(1);
      for (const ad of ads.slice(1)) provider.destroy(ad);
      expect(gpt.pubads.listenerCount('slotRenderEnded')).to.equal(0);
      expect(gpt.pubads.listenerCount('impressionViewable')).to.equal(0);
    });
  });

  describe('command queue', () => {
    it('waits for GPT to load, using the page queue', async () => {
      gpt = installGoogletag({ loaded: false });
      const ad = adContext('300x250');
      const response = provider.request(ad, signal());
      await settle();
      const queue = (window as { googletag?: { cmd: unknown } }).googletag?.cmd;
      expect(queue).to.be.an('array').with.length(1);
      expect(gpt.requests).to.have.length(0);

      gpt.load();
      expect(await response).to.deep.equal({ empty: false, size: { width: 300, height: 250 } });
      expect(gpt.requests).to.have.length(1);
      expect(gpt.errors).to.deep.equal([]);
    });

    it('keeps commands the page queued before it', async () => {
      gpt = installGoogletag({ loaded: false });
      const order: string[] = [];
      (window as { googletag?: { cmd: Array<() => void> } }).googletag = { cmd: [() => order.push('page')] };
      const response = provider.request(adContext('300x250'), signal()).then(() => order.push('slot'));
      gpt.load();
      await response;
      expect(order).to.deep.equal(['page', 'slot']);
    });
  });

  describe('abort', () => {
    it('rejects with the signal reason and drops the request', async () => {
      gpt.fill('/1234/news/international', { never: true });
      const controller = new AbortController();
      const response = provider.request(adContext('300x250'), controller.signal);
      await settle();
      const reason = new Error('timed out');
      controller.abort(reason);
      expect(await rejection(response)).to.equal(reason);
    });

    it('rejects at once for an aborted signal', async () => {
      const reason = new Error('gone');
      expect(await rejection(provider.request(adContext('300x250'), AbortSignal.abort(reason)))).to.equal(reason);
      expect(gpt.slots).to.have.length(0);
    });

    it('defines nothing when aborted before GPT loads', async () => {
      gpt = installGoogletag({ loaded: false });
      const controller = new AbortController();
      const response = provider.request(adContext('300x250'), controller.signal);
      const reason = new Error('removed');
      controller.abort(reason);
      expect(await rejection(response)).to.equal(reason);
      gpt.load();
      expect(gpt.slots).to.have.length(0);
      expect(gpt.requests).to.have.length(0);
    });
  });

  describe('script', () => {
    const src = '/test/doubles/no-such-gpt.js';
    const scripts = () => Array.from(document.scripts).filter((script) => script.src === new URL(src, document.baseURI).href);
    afterEach(() => scripts().forEach((script) => script.remove()));

    it('never loads GPT by default', async () => {
      gpt = installGoogletag({ loaded: false });
      const before = document.scripts.length;
      const controller = new AbortController();
      const response = provider.request(adContext('300x250'), controller.signal);
      controller.abort();
      await response.catch(() => {});
      expect(document.scripts.length).to.equal(before);
    });

    it('loads GPT from `script` once per page, when GPT is not there', async () => {
      gpt = installGoogletag({ loaded: false });
      const controller = new AbortController();
      const responses = [gptProvider({ script: src }), gptProvider({ script: src })].flatMap((one) => [
        one.request(adContext('300x250'), controller.signal),
        one.request(adContext('300x250'), controller.signal),
      ]);
      expect(scripts()).to.have.length(1);
      expect(scripts()[0]!.async).to.equal(true);
      gpt.load();
      await Promise.all(responses);
      expect(gpt.requests).to.have.length(4);
    });

    it('does not load GPT from `script` when it is loaded', async () => {
      await gptProvider({ script: src }).request(adContext('300x250'), signal());
      expect(scripts()).to.have.length(0);
    });
  });

  describe('the googletag double', () => {
    it("fires GPT's events in GPT's order, the creative in place at slotRenderEnded", async () => {
      gpt.fill('/1234/news/international', { size: [300, 250], viewable: true });
      const ad = adContext('300x250');
      const seen: string[] = [];
      const pubads = gpt.googletag.pubads();
      for (const type of ['slotRequested', 'slotResponseReceived', 'slotRenderEnded', 'slotOnload', 'impressionViewable'] as const) {
        pubads.addEventListener(type, () => seen.push(`${type}${ad.container.querySelector('iframe') ? ' (iframe)' : ''}`));
      }
      const viewable = new Promise<void>((resolve) => pubads.addEventListener('impressionViewable', () => resolve()));
      gpt.googletag.defineSlot('/1234/news/international', [300, 250], ad.container.id)!.addService(pubads);
      gpt.googletag.enableServices();
      gpt.googletag.display(ad.container.id);
      expect(seen).to.deep.equal([]);
      await viewable;
      expect(seen).to.deep.equal(['slotRequested', 'slotResponseReceived', 'slotRenderEnded (iframe)', 'slotOnload (iframe)', 'impressionViewable (iframe)']);
    });
  });

  describe('viewability', () => {
    it("calls onViewable's callback on GPT's impressionViewable for its slot only", async () => {
      gpt.fill('/1234/news/sport', { size: [300, 250], viewable: true });
      const international = adContext('300x250');
      const sport = adContext('300x250', { unit: '/1234/news/sport' });
      const seen: string[] = [];
      provider.onViewable!(international, () => seen.push('international'));
      const viewable = new Promise<void>((resolve) => provider.onViewable!(sport, resolve));
      await provider.request(international, signal());
      await provider.request(sport, signal());
      await viewable;
      expect(seen).to.deep.equal([]);

      gpt.viewable(gpt.slots.find((slot) => slot.div === international.container.id)!);
      expect(seen).to.deep.equal(['international']);
    });

    it('forgets the callback when the slot is destroyed', async () => {
      const ad = adContext('300x250');
      let calls = 0;
      provider.onViewable!(ad, () => calls++);
      await provider.request(ad, signal());
      const [slot] = gpt.slots;
      provider.destroy(ad);
      gpt.viewable(slot!);
      expect(calls).to.equal(0);
    });
  });
});
