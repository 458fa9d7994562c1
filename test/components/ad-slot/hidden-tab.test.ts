import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/define.js';
import { frames, mount, recordingProvider } from './helpers.js';

/**
 * Switches the reader to another tab (`hidden`) or back to this one (`visible`), for real: a
 * blank tab comes to the front of the browser window (test/servers/tab-visibility.mjs). Resolves
 * once this document is in that state and has fired its `visibilitychange`.
 */
async function tab(state: DocumentVisibilityState): Promise<DocumentVisibilityState> {
  const changed = document.visibilityState === state ? undefined : new Promise((resolve) => document.addEventListener('visibilitychange', resolve, { once: true }));
  const reported = await executeServerCommand<DocumentVisibilityState, { state: DocumentVisibilityState }>('tab-visibility', { state });
  await changed;
  return reported;
}

/** A few microtasks (no timers, no frames: a hidden tab renders none): the slot's promise chains have run. */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 20; i++) await null;
}

describe('<ad-slot> in a hidden tab (fake timers)', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    // The page is reused by the next test file: never leave it behind another tab.
    await tab('visible');
  });

  it('is hidden behind another tab for real (the test harness works)', async () => {
    expect(document.visibilityState).to.equal('visible');
    expect(await tab('hidden')).to.equal('hidden');
    expect(document.visibilityState).to.equal('hidden');
    expect(document.hasFocus()).to.equal(false);
    expect(await tab('visible')).to.equal('visible');
    expect(document.visibilityState).to.equal('visible');
  });

  it('counts neither viewable time nor refresh time while the tab is hidden', async () => {
    const recording = recordingProvider();
    const refreshes = () => recording.calls.filter((call) => call === 'refresh').length;
    const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
    const { slot, seen } = mount(page, `<ad-slot provider="${recording.name}" loading="eager" refresh="30"></ad-slot><div style="height: 2000px"></div>`);
    await seen('ad-slot-render');
    let viewable = 0;
    slot.addEventListener('ad-slot-viewable', () => viewable++);
    // Fake time from before the viewability observer first reports (it needs a frame).
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    await frames();

    clock.tick(600); // in view, tab visible: 0.6 s towards both
    expect(await tab('hidden')).to.equal('hidden');
    clock.tick(60_000); // a minute in another tab: more than a viewable second and a refresh period
    await microtasks();
    expect(viewable, 'viewable while hidden').to.equal(0);
    expect(refreshes(), 'refreshes while hidden').to.equal(0);
    expect(slot.matches(':state(viewable)')).to.equal(false);

    expect(await tab('visible')).to.equal('visible');
    await frames(); // the page renders again
    // Viewable needs one continuous second: the 0.6 s before the tab was hidden do not count.
    clock.tick(999);
    expect(viewable, 'viewable 999 ms after coming back').to.equal(0);
    clock.tick(1);
    expect(viewable, 'viewable a second after coming back').to.equal(1);
    // Refresh time is summed: 0.6 s before, 1 s since, 28.4 s to go; the hidden minute is not in it.
    clock.tick(28_399);
    await microtasks();
    expect(refreshes(), 'refreshes at 29.999 s of visible time').to.equal(0);
    clock.tick(1);
    await microtasks();
    expect(refreshes(), 'refreshes at 30 s of visible time').to.equal(1);
    await seen('ad-slot-render', slot, 2);
  });
});
