import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/define.js';
import { installGoogletag, uninstallGoogletag } from '../../doubles/googletag.js';
import { frames, layoutShiftDuring, mount, next } from './helpers.js';

/** `<ad-slot provider="gpt">` end to end: the element, its lazy gpt chunk and the googletag double. */
describe('<ad-slot provider="gpt">', () => {
  afterEach(() => uninstallGoogletag());

  it('defines, displays and fills through the page googletag, without a layout shift', async () => {
    const gpt = installGoogletag({ fills: { '/1234/top': { size: [300, 250] }, '/1234/none': { empty: true } } });
    let mounted!: ReturnType<typeof mount>;
    const shift = await layoutShiftDuring(async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
      mounted = mount(
        page,
        `<p>Before</p>
        <ad-slot provider="gpt" unit="/1234/top" sizes="300x250 336x280" targeting='{"section": "world"}' loading="eager"></ad-slot>
        <ad-slot provider="gpt" unit="/1234/none" loading="eager"></ad-slot>
        <p>After</p>`,
      );
      const [top, none] = mounted.slots;
      const [filled, empty] = await Promise.all([mounted.seen('ad-slot-render', top), mounted.seen('ad-slot-render', none)]);
      expect(filled.detail).to.deep.equal({ empty: false, size: { width: 300, height: 250 } });
      expect(empty.detail).to.deep.equal({ empty: true, size: null });
    });
    expect(shift.sum, shift.moved.join('; ')).to.equal(0);
    const [top] = mounted.slots;
    const request = gpt.requests.find((r) => r.unit === '/1234/top')!;
    expect(request.div).to.equal(top!.container.id);
    expect(request.targeting).to.deep.equal({ section: ['world'] });
    expect(request.privacy.nonPersonalizedAds).to.equal(false);
    expect(top!.container.querySelector('iframe')).to.exist;
  });

  describe('sizes that fit', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => {
      clock?.restore();
      clock = undefined;
      window.scrollTo(0, 0);
    });

    /** A refreshing gpt slot of `unit` below the viewport, filled once. */
    async function belowTheFold(unit: string) {
      const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
      const { slots, seen } = mount(
        page,
        `<div style="height: ${innerHeight + 200}px"></div>
        <ad-slot provider="gpt" unit="${unit}" sizes="300x250 300x600" loading="eager" refresh="30"></ad-slot>
        <p>After</p>`,
      );
      const slot = slots[0]!;
      await seen('ad-slot-render', slot);
      return { slot, seen };
    }

    /** Scrolls `slot` into view and lets 30 s of viewing pass (fake time), then waits for the refresh's render. */
    async function refreshInView(slot: HTMLElement, seen: ReturnType<typeof mount>['seen'], block: ScrollLogicalPosition) {
      // Fake time from before the slot comes into view (its observers arm the timers then).
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      slot.scrollIntoView({ block });
      await frames();
      await frames();
      // The refresh, then the double's own (fake) ticks until GPT has answered it.
      await clock.tickAsync(30_000);
      await clock.tickAsync(100);
      clock.restore();
      clock = undefined;
      return seen('ad-slot-render', slot, 2);
    }

    it('asks only for sizes no taller than the box of a slot in view, and for every size below the viewport', async () => {
      const gpt = installGoogletag({ fills: { '/1234/in-view': { size: [300, 250] }, '/1234/below': { size: [300, 600] } } });
      const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
      const { slots, seen } = mount(
        page,
        `<ad-slot provider="gpt" unit="/1234/in-view" sizes="300x250 300x600" loading="eager"></ad-slot>
        <div style="height: ${innerHeight * 2}px"></div>
        <ad-slot provider="gpt" unit="/1234/below" sizes="300x250 300x600" loading="eager"></ad-slot>`,
      );
      await Promise.all([seen('ad-slot-render', slots[0]), seen('ad-slot-render', slots[1])]);
      const sizesOf = (unit: string) => gpt.requests.find((r) => r.unit === unit)!.sizes;
      expect(sizesOf('/1234/in-view'), 'in view: a 600 px creative would push what follows').to.deep.equal([[300, 250]]);
      expect(sizesOf('/1234/below')).to.deep.equal([
        [300, 250],
        [300, 600],
      ]);
    });

    it('defines the GPT slot again, with the sizes that fit, for a refresh in view that must not grow the box', async () => {
      const gpt = installGoogletag({ fills: { '/1234/refresh': { size: [300, 250] } } });
      const { slot, seen } = await belowTheFold('/1234/refresh');
      expect(gpt.requests[0]!.sizes, 'below the viewport, every size').to.deep.equal([
        [300, 250],
        [300, 600],
      ]);
      await refreshInView(slot, seen, 'center');
      const refresh = gpt.requests[1]!;
      expect(refresh.via, 'a new slot, displayed').to.equal('display');
      expect(refresh.sizes, 'in view, only what fits the 250 px box').to.deep.equal([[300, 250]]);
      expect(gpt.slots.filter((s) => s.unit === '/1234/refresh'), 'the old GPT slot was destroyed').to.have.length(1);
    });

    it('keeps the tallest box it has shown when a refresh in view brings a shorter creative', async () => {
      const gpt = installGoogletag({ fills: { '/1234/shrink': { size: [300, 600] } } });
      const { slot, seen } = await belowTheFold('/1234/shrink');
      const box = () => slot.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!.getBoundingClientRect().height;
      expect(box()).to.equal(600);
      gpt.fill('/1234/shrink', { size: [300, 250] });
      const refreshed = await refreshInView(slot, seen, 'start');
      expect(refreshed.detail.size).to.deep.equal({ width: 300, height: 250 });
      expect(gpt.requests[1]!.via, 'every size fits a 600 px box: a plain refresh').to.equal('refresh');
      await slot.updateComplete;
      expect(box(), 'what follows the slot stays where it was').to.equal(600);
    });

    it("fires ad-slot-viewable once per fill, from GPT's impressionViewable when it comes first", async () => {
      installGoogletag({ fills: { '/1234/viewable': { size: [300, 250], viewable: true } } });
      const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
      const { slots } = mount(page, `<ad-slot provider="gpt" unit="/1234/viewable" loading="eager"></ad-slot>`);
      const slot = slots[0]!;
      const events: string[] = [];
      slot.addEventListener('ad-slot-viewable', (event) => events.push(event.source));
      await next(slot, 'ad-slot-viewable');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(events, 'GPT reports at once here; the slot\'s own second comes later and adds nothing').to.deep.equal(['provider']);
      expect(slot.matches(':state(viewable)')).to.equal(true);
    });
  });
});
