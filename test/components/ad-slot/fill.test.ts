import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/define.js';
import { AdSlotErrorEvent, AdSlotRenderEvent, AdSlotRequestEvent, type AdSlotElement } from '../../../src/index.js';
import { frames, layoutShiftDuring, mount, next, recordingProvider, settle, type Mounted } from './helpers.js';
import { recordWarnings } from '../../console.js';

/** A page taller than the viewport with one `<ad-slot attributes>` at `top` px, its ad events recorded from the start. */
async function slotAt(top: number, attributes: string): Promise<Mounted> {
  // A formatting context of its own: margins inside do not collapse through the body (which would move it).
  const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
  return mount(page, `<div style="height: ${top}px"></div><ad-slot ${attributes}></ad-slot><div style="height: 3000px"></div>`);
}

const states = (slot: Element) => ['filled', 'empty', 'viewable'].filter((state) => slot.matches(`:state(${state})`));

describe('<ad-slot> fill', () => {
  afterEach(() => window.scrollTo(0, 0));

  describe('container', () => {
    it('renders the creative into a light-DOM div with a page-unique id', async () => {
      const { name } = recordingProvider();
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const { slots, seen } = mount(page, `<ad-slot provider="${name}" loading="eager"></ad-slot><ad-slot id="top" provider="${name}" loading="eager"></ad-slot>`);
      const [a, b] = slots;
      await Promise.all([seen('ad-slot-render', a), seen('ad-slot-render', b)]);
      expect(b!.container.id).to.equal('top-container');
      expect(a!.container.id).to.match(/^ad-slot-[a-z0-9]+-\d+-container$/);
      expect(document.getElementById(a!.container.id)).to.equal(a!.container);
      expect(a!.container.parentElement).to.equal(a);
      expect(a!.container.querySelector('.creative')).to.exist;
    });
  });

  describe('providers see the slot as shown', () => {
    it('hands the localized label to the provider (the frame provider names its iframe with it)', async () => {
      const recording = recordingProvider();
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const { slots, seen } = mount(
        page,
        `<div lang="gu"><ad-slot provider="${recording.name}" loading="eager"></ad-slot></div><ad-slot provider="${recording.name}" loading="eager" label="Sponsored"></ad-slot>`,
      );
      await Promise.all(slots.map((slot) => seen('ad-slot-render', slot)));
      expect(recording.contexts.map((context) => context.label)).to.deep.equal(['જાહેરાત', 'Sponsored']);
    });
  });

  describe('lazy loading', () => {
    it('requests nothing until the slot is within margin of the viewport', async () => {
      const recording = recordingProvider();
      const { seen } = await slotAt(innerHeight * 3, `provider="${recording.name}"`);
      await settle();
      expect(recording.calls).to.deep.equal([]);
      window.scrollTo(0, innerHeight * 1.5); // now one viewport away: inside the default margin
      await seen('ad-slot-render');
      expect(recording.calls).to.deep.equal(['request', 'render']);
    });

    it('honours a smaller margin', async () => {
      const recording = recordingProvider();
      const { seen } = await slotAt(innerHeight + 200, `provider="${recording.name}" margin="100px"`);
      await settle();
      expect(recording.calls).to.deep.equal([]);
      window.scrollTo(0, 150);
      await seen('ad-slot-render');
      expect(recording.calls[0]).to.equal('request');
    });

    it('requests at once with loading="eager"', async () => {
      const recording = recordingProvider();
      const { seen } = await slotAt(innerHeight * 5, `provider="${recording.name}" loading="eager"`);
      await seen('ad-slot-render');
      expect(recording.calls).to.deep.equal(['request', 'render']);
    });
  });

  describe('events', () => {
    it('fires a cancelable ad-slot-request with the request, then ad-slot-render { empty, size }', async () => {
      const recording = recordingProvider({ fill: { width: 336, height: 280 } });
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const slot = document.createElement('ad-slot');
      slot.setAttribute('provider', recording.name);
      slot.setAttribute('unit', '/1234/news');
      slot.setAttribute('sizes', '336x280 300x250');
      slot.setAttribute('targeting', '{"section": "world", "tags": ["a", "b"], "page": 2}');
      const request = next(slot, 'ad-slot-request');
      const render = next(slot, 'ad-slot-render');
      page.append(slot);
      const requested = await request;
      expect(requested).to.be.instanceOf(AdSlotRequestEvent);
      expect(requested.cancelable && requested.bubbles && requested.composed).to.equal(true);
      expect(requested.detail).to.deep.equal({
        provider: recording.name,
        unit: '/1234/news',
        sizes: [{ width: 300, height: 250 }, { width: 336, height: 280 }],
        personalized: true,
      });
      const rendered = await render;
      expect(rendered).to.be.instanceOf(AdSlotRenderEvent);
      expect(rendered.detail).to.deep.equal({ empty: false, size: { width: 336, height: 280 } });
      expect(recording.contexts[0]!.targeting).to.deep.equal({ section: 'world', tags: ['a', 'b'], page: '2' });
      expect(states(slot)).to.deep.equal(['filled']);
    });

    it('leaves the slot to the page when ad-slot-request is cancelled', async () => {
      const recording = recordingProvider();
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.addEventListener('ad-slot-request', (event) => {
        event.preventDefault();
        (event.target as AdSlotElement).container.textContent = 'House ad';
      });
      page.innerHTML = `<ad-slot provider="${recording.name}" loading="eager"></ad-slot>`;
      await settle();
      expect(recording.calls).to.deep.equal([]);
      expect(page.querySelector('ad-slot')!.container.textContent).to.equal('House ad');
    });

    it('reports an empty answer as ad-slot-render { empty: true } and keeps the box', async () => {
      const recording = recordingProvider({ fill: null });
      const { slot, seen } = await slotAt(0, `provider="${recording.name}" loading="eager"`);
      const rendered = await seen('ad-slot-render');
      expect(rendered.detail).to.deep.equal({ empty: true, size: null });
      await slot.updateComplete;
      expect(states(slot)).to.deep.equal(['empty']);
      expect(slot.getBoundingClientRect().height).to.be.greaterThan(250);
    });
  });

  describe('failures', () => {
    const cases = [
      ['throws', { fail: 'throw' }, 'the ad server is down'],
      ['rejects', { fail: 'reject' }, 'no bids'],
      ['never answers', { fail: 'hang' }, 'no answer within 100 ms'],
    ] as const;
    for (const [what, options, message] of cases) {
      it(`ends as an empty slot and ad-slot-error when the provider ${what}`, async () => {
        const recording = recordingProvider(options);
        const page = await fixture<HTMLDivElement>(html`<div><p>Before</p></div>`);
        const slot = document.createElement('ad-slot');
        slot.setAttribute('provider', recording.name);
        slot.setAttribute('timeout', '100');
        const error = next(slot, 'ad-slot-error');
        const { warnings, restore } = recordWarnings();
        try {
          page.append(slot);
          const event = await error;
          expect(event).to.be.instanceOf(AdSlotErrorEvent);
          expect(event.detail.provider).to.equal(recording.name);
          expect(event.detail.message).to.contain(message);
        } finally {
          restore();
        }
        await slot.updateComplete;
        expect(states(slot)).to.deep.equal(['empty']);
        expect(warnings.join()).to.contain(message);
        expect(page.querySelector('p')!.textContent).to.equal('Before');
      });
    }

    it('reports a provider name that is not registered', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const slot = document.createElement('ad-slot');
      slot.setAttribute('provider', 'nope');
      const error = next(slot, 'ad-slot-error');
      const { restore } = recordWarnings();
      try {
        page.append(slot);
        expect((await error).message).to.contain('no ad provider is registered as "nope"');
      } finally {
        restore();
      }
    });
  });

  describe('lifecycle', () => {
    it('destroys the provider slot on removal and requests again on reconnection', async () => {
      const recording = recordingProvider();
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const { slot, seen } = mount(page, `<ad-slot provider="${recording.name}" loading="eager"></ad-slot>`);
      await seen('ad-slot-render');
      slot.remove();
      expect(recording.calls).to.deep.equal(['request', 'render', 'destroy']);
      expect(slot.container.children).to.have.length(0);
      page.append(slot);
      await seen('ad-slot-render', slot, 2);
      expect(recording.calls).to.deep.equal(['request', 'render', 'destroy', 'request', 'render']);
      expect(slot.container.id).to.equal(recording.contexts[0]!.container.id);
    });

    it('starts over when the unit changes', async () => {
      const recording = recordingProvider();
      const { slot, seen } = await slotAt(0, `provider="${recording.name}" loading="eager" unit="/1/a"`);
      await seen('ad-slot-render');
      slot.setAttribute('unit', '/1/b');
      await seen('ad-slot-render', slot, 2);
      expect(recording.calls).to.deep.equal(['request', 'render', 'destroy', 'request', 'render']);
      expect(recording.contexts.map((context) => context.unit)).to.deep.equal(['/1/a', '/1/b']);
    });
  });

  describe('collapse="empty"', () => {
    it('keeps an empty slot in view as it is', async () => {
      const recording = recordingProvider({ fill: null });
      const { slot } = await slotAt(0, `provider="${recording.name}" loading="eager" collapse="empty"`);
      await settle();
      await settle();
      expect(slot.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('collapses an empty slot entirely below the viewport, without a layout shift', async () => {
      const recording = recordingProvider({ fill: null });
      let slot!: AdSlotElement;
      const shift = await layoutShiftDuring(async () => {
        ({ slot } = await slotAt(innerHeight + 50, `provider="${recording.name}" loading="eager" collapse="empty"`));
        await settle();
        await settle();
      });
      expect(slot.getBoundingClientRect().height).to.equal(0);
      expect(shift.sum, shift.moved.join('; ')).to.equal(0);
    });

    it('collapses an empty slot scrolled past only once it is below the viewport again', async () => {
      const recording = recordingProvider({ fill: null });
      const { slot } = await slotAt(100, `provider="${recording.name}" loading="eager" collapse="empty"`);
      await settle();
      window.scrollTo(0, 1000); // the slot is above the viewport now
      await settle();
      await settle();
      expect(slot.getBoundingClientRect().height).to.be.greaterThan(0);
      window.scrollTo(0, 0);
      await settle();
      await settle();
      expect(slot.getBoundingClientRect().height).to.be.greaterThan(0); // in view again: stays
    });
  });

  describe('viewability (fake timers)', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => {
      clock?.restore();
      clock = undefined;
    });

    it('fires ad-slot-viewable after one continuous second with half the creative in view', async () => {
      const recording = recordingProvider();
      const { slot, seen } = await slotAt(0, `provider="${recording.name}" loading="eager"`);
      await seen('ad-slot-render');
      // Fake time from before the viewability observer first reports (it needs a frame).
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      await frames();
      let viewable = 0;
      slot.addEventListener('ad-slot-viewable', () => viewable++);
      clock.tick(999);
      expect(viewable).to.equal(0);
      clock.tick(1);
      expect(viewable).to.equal(1);
      clock.tick(10_000);
      expect(viewable).to.equal(1);
    });
  });

  describe('viewability (real scrolling)', () => {
    it('counts only a continuous second in view, and not while out of view', async () => {
      const recording = recordingProvider({ fill: { width: 300, height: 250 } });
      const { slot, seen } = await slotAt(innerHeight + 400, `provider="${recording.name}" loading="eager"`);
      await seen('ad-slot-render');
      let viewable = 0;
      slot.addEventListener('ad-slot-viewable', () => viewable++);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(viewable, 'out of view').to.equal(0);
      slot.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      window.scrollTo(0, 0); // out again before a second has passed
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(viewable, 'half a second').to.equal(0);
      slot.scrollIntoView({ block: 'center' });
      await next(slot, 'ad-slot-viewable');
      await slot.updateComplete;
      expect(states(slot)).to.deep.equal(['filled', 'viewable']);
    });
  });

  describe('refresh (fake timers)', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => {
      clock?.restore();
      clock = undefined;
    });

    it('refreshes after refresh seconds in view, and not below 30 s', async () => {
      const recording = recordingProvider();
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const { slots, seen } = mount(
        page,
        `<ad-slot provider="${recording.name}" loading="eager" refresh="30"></ad-slot><ad-slot provider="${recording.name}" loading="eager" refresh="10"></ad-slot>`,
      );
      const [slot, tooOften] = slots;
      await Promise.all([seen('ad-slot-render', slot), seen('ad-slot-render', tooOften)]);
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      await frames();
      clock.tick(29_999);
      expect(recording.calls.filter((call) => call === 'refresh')).to.have.length(0);
      clock.tick(1);
      clock.restore();
      clock = undefined;
      await seen('ad-slot-render', slot, 2);
      expect(recording.calls.filter((call) => call === 'refresh')).to.have.length(1);
    });
  });

  describe('refresh', () => {
    it('warns about a refresh of less than 30 seconds, and does not refresh', async () => {
      const { warnings, restore } = recordWarnings();
      try {
        const { slot } = await slotAt(0, 'refresh="10"');
        await slot.updateComplete;
      } finally {
        restore();
      }
      expect(warnings.join()).to.contain('refresh="10" is not a number of seconds of at least 30');
    });
  });

  describe('layout shift', () => {
    it('is 0 while slots fill (in view at their reserved size, larger below the fold), stay empty and collapse below the fold', async () => {
      const filled = recordingProvider({ fill: { width: 300, height: 250 } });
      const empty = recordingProvider({ fill: null });
      const larger = recordingProvider({ fill: { width: 336, height: 280 } });
      const shift = await layoutShiftDuring(async () => {
        const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
        page.innerHTML = `<p>Top</p>
          <ad-slot provider="${filled.name}" loading="eager" sizes="300x250"></ad-slot>
          <p>Between</p>
          <ad-slot provider="${empty.name}" loading="eager"></ad-slot>
          <div style="height: ${innerHeight}px"></div>
          <ad-slot provider="${empty.name}" loading="eager" collapse="empty"></ad-slot>
          <ad-slot provider="${larger.name}" loading="eager" sizes="300x250 336x280"></ad-slot>
          <p>After</p>`;
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      expect(shift.sum, shift.moved.join('; ')).to.equal(0);
    });

    describe('while a slot in view refreshes (fake timers for the refresh, real frames for the layout)', () => {
      let clock: sinon.SinonFakeTimers | undefined;
      afterEach(() => {
        clock?.restore();
        clock = undefined;
      });

      /** Runs the slot's 30 s of viewable time in fake time, waits for the refreshed creative and lays it out, and measures the layout shift of it all. */
      async function refreshIn(slot: AdSlotElement, seen: Mounted['seen']) {
        return layoutShiftDuring(async () => {
          await frames(); // the viewability observer reports "in view" and starts its (fake) timers
          clock!.tick(30_000);
          await seen('ad-slot-render', slot, 2);
          await frames(); // the refreshed creative is laid out, while its timeout is still a fake timer
          clock!.restore(); // layoutShiftDuring settles with a real timer
          clock = undefined;
        });
      }

      it('is 0 when the ad server could answer a taller size: the refresh asks only for sizes no taller than the box', async () => {
        // An ad server that answers the tallest size it is asked for.
        const tallest = (asked: readonly { width: number; height: number }[]) => [...asked].sort((a, b) => b.height - a.height)[0] ?? null;
        const recording = recordingProvider({ fill: { width: 300, height: 250 }, refill: tallest });
        const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
        const { slot, seen } = mount(
          page,
          `<p>Top</p><ad-slot provider="${recording.name}" loading="eager" sizes="300x250 336x280" refresh="30"></ad-slot><p id="after">After</p><div style="height: 3000px"></div>`,
        );
        await seen('ad-slot-render');
        // Fake time from before the viewability observer first reports (it needs a frame).
        clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
        const after = page.querySelector('#after')!;
        const top = after.getBoundingClientRect().top;
        const shift = await refreshIn(slot, seen);
        expect(recording.calls.filter((call) => call === 'refresh'), 'refreshed').to.have.length(1);
        expect(recording.refreshed, 'sizes the refresh asked for').to.deep.equal([[{ width: 300, height: 250 }]]);
        expect((await seen('ad-slot-render', slot, 2)).detail).to.deep.equal({ empty: false, size: { width: 300, height: 250 } });
        expect(after.getBoundingClientRect().top).to.equal(top);
        expect(shift.sum, shift.moved.join('; ')).to.equal(0);
      });

      it('is 0 when the refresh answers a shorter size: the box keeps the tallest height it showed', async () => {
        const recording = recordingProvider({ fill: { width: 336, height: 280 }, refill: { width: 300, height: 250 } });
        const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
        // Filled below the fold, where the taller creative moves nothing the reader sees; then read in view.
        const { slot, seen } = mount(
          page,
          `<div style="height: ${innerHeight + 100}px"></div><ad-slot provider="${recording.name}" loading="eager" sizes="300x250 336x280" refresh="30"></ad-slot><p id="after">After</p><div style="height: 3000px"></div>`,
        );
        expect((await seen('ad-slot-render')).detail.size).to.deep.equal({ width: 336, height: 280 });
        await settle();
        // Fake time before the slot comes into view, so that its viewable time is counted in it.
        clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
        slot.scrollIntoView({ block: 'center' });
        await frames();
        const after = page.querySelector('#after')!;
        const height = slot.getBoundingClientRect().height;
        const top = after.getBoundingClientRect().top;
        const shift = await refreshIn(slot, seen);
        expect((await seen('ad-slot-render', slot, 2)).detail).to.deep.equal({ empty: false, size: { width: 300, height: 250 } });
        // Both sizes fit the 280 px box the slot shows, so the refresh may ask for both.
        expect(recording.refreshed, 'sizes the refresh asked for').to.deep.equal([[{ width: 300, height: 250 }, { width: 336, height: 280 }]]);
        expect(slot.getBoundingClientRect().height, 'the slot keeps its height').to.equal(height);
        expect(after.getBoundingClientRect().top).to.equal(top);
        expect(shift.sum, shift.moved.join('; ')).to.equal(0);
      });
    });
  });
});
