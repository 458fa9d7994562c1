/**
 * Hides the test page the way a reader does, by switching to another tab, and shows it again:
 *
 *   executeServerCommand('tab-visibility', { state: 'hidden' })    a blank tab comes to the front
 *   executeServerCommand('tab-visibility', { state: 'visible' })   the test page is in front again,
 *                                                                  the other tab is closed
 *
 * Resolves to the page's `document.visibilityState` once it is the one asked for. In headless
 * Chromium ("new" headless) a window shows one tab; the tabs behind it are hidden: their
 * `visibilityState` is 'hidden', `visibilitychange` fires, and they render no frames (no
 * requestAnimationFrame, no IntersectionObserver reports) until they are in front again. A
 * test that hides its page must show it again (in an `afterEach`): web-test-runner reuses the
 * page for the next test file.
 *
 * The new tab opens in the window that was last active: with web-test-runner-chrome's default
 * pages (tabs of one window) that is the test page's. Should the test pages ever get a window
 * each, the tab may land in front of another page; the command then fails ("still visible")
 * rather than pass unhidden, and `Browser.setWindowBounds({ windowState: 'minimized' })` on the
 * test page's own window (`Browser.getWindowForTarget`) is the way to hide it.
 */
export function tabVisibilityPlugin() {
  /** The tab in front of each hidden test page. */
  const inFront = new Map();
  return {
    name: 'tab-visibility',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tab-visibility') return undefined;
      const state = payload?.state;
      if (state !== 'hidden' && state !== 'visible') throw new Error(`tab-visibility: state must be 'hidden' or 'visible', not ${JSON.stringify(state)}`);
      const page = session.browser.getPage(session.id);
      if (state === 'hidden') {
        if (!inFront.has(page)) inFront.set(page, await page.browserContext().newPage());
        await inFront.get(page).bringToFront();
      } else {
        await page.bringToFront();
        await inFront.get(page)?.close();
        inFront.delete(page);
      }
      // Not page.waitForFunction: it polls with requestAnimationFrame, which a hidden page never runs.
      const end = Date.now() + 5000;
      for (;;) {
        const now = await page.evaluate(() => document.visibilityState);
        if (now === state) return now;
        if (Date.now() > end) throw new Error(`tab-visibility: the page is still ${now}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}
