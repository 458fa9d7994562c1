import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { defaultReporter } from '@web/test-runner';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';
import { buildsMiddleware } from './test/builds/serve.mjs';
import { secondOriginPlugin } from './test/servers/second-origin.mjs';
import { fetchStates } from './test/servers/fetch-states.mjs';
import { tabVisibilityPlugin } from './test/servers/tab-visibility.mjs';
import { nodeSidePlugin } from './test/servers/node-side.mjs';
import { corpus } from './test/servers/corpus.mjs';
import { jsonSchemaEnginesPlugin } from './test/servers/python-jsonschema.mjs';
import { commonJsPlugin } from './test/frameworks/commonjs.mjs';

/** Prints one plain "wtr: N passed, N failed, N skipped" line at the very end, for CI. */
function plainSummaryReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        if (!suite) return;
        for (const t of suite.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        for (const child of suite.suites) walk(child);
      };
      for (const s of sessions) {
        walk(s.testResults);
        if (!s.passed && s.errors?.length) failed++;
      }
      process.once('exit', () => process.stdout.write(`wtr: ${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}

/** `executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' })`: emulateMedia has no forced-colors. */
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
      const page = session.browser.getPage(session.id);
      // The override lives as long as its session, so keep one per page.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
      return true;
    },
  };
}

/** `executeServerCommand('set-font-sizes', { standard: 20 })`: the reader's default font size, as a browser setting. */
function fontSizesPlugin() {
  return {
    name: 'set-font-sizes',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-font-sizes') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      await cdp.send('Page.setFontSizes', { fontSizes: payload });
      await cdp.detach();
      return true;
    },
  };
}

export default {
  files: 'test/**/*.test.ts',
  // One page at a time on any machine: in headless Chromium a page opened beside another hides
  // it, and a hidden page renders no frames (the layout-shift, viewability and hidden-tab tests
  // need them).
  concurrency: 1,
  nodeResolve: { exportConditions: ['production'] },
  // The demo articles' images are relative ("images/…"): serve them as the demo does.
  middleware: [
    (context, next) => {
      if (context.url.startsWith('/images/')) context.url = `/demo/public${context.url}`;
      return next();
    },
    fetchStates(),
    // The real documents of ../shared/corpus/external, when that folder exists (test/import/corpus.test.ts).
    corpus(),
    // The built bundles, hosted under other names (test/builds/).
    buildsMiddleware(),
  ],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }), forcedColorsPlugin(), fontSizesPlugin(), secondOriginPlugin(), tabVisibilityPlugin(), nodeSidePlugin(), a11ySnapshotPlugin(), jsonSchemaEnginesPlugin(), commonJsPlugin(),
    // Screenshot comparisons (test/visual/): baselines in test/visual/baselines/<browser>/baseline/,
    // rewritten by `npx web-test-runner test/visual/themes.test.ts --update-visual-baseline`.
    // A pixel counts as changed past pixelmatch's colour distance 0.2 (anti-aliased pixels never
    // count); a picture (a fixed box, 412 px wide) fails past 3% changed pixels. Measured on the
    // article pictures: the same run again 0%, text without hinting (geometricPrecision) 1.4-2.4%;
    // a hidden caption 4.0-4.3%, lost rules between sections 7.3%, a hidden kicker 12-15%, a
    // hidden headline 23-33%. Colours are the computed-style tests' job (test/theming/).
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual/baselines',
      diffOptions: { threshold: 0.2 },
      failureThreshold: 3,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: ['--headless=new', ...CHROME_ARGS],
        // Puppeteer turns the pop-up blocker off; the ad creative tests need it as readers have it.
        ignoreDefaultArgs: ['--disable-popup-blocking'],
      },
    }),
  ],
  coverageConfig: { include: ['src/**/*.ts'], threshold: { statements: 85, branches: 75, functions: 85, lines: 85 } },
  reporters: [defaultReporter(), plainSummaryReporter()],
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
};
