import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';

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

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--no-first-run', '--disable-quic',
        ],
      },
    }),
  ],
  coverageConfig: { include: ['src/**/*.ts'], threshold: { statements: 85, branches: 75, functions: 85, lines: 85 } },
  reporters: [defaultReporter(), plainSummaryReporter()],
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
};
