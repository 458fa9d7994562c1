// The one place that says which Chromium the tests, benchmark and scripts use, and how to
// start it: CHROME_PATH, else the system's Chromium (Debian's /usr/bin/chromium), else any
// Chrome or Chromium installed on Linux, macOS or Windows, as chrome-launcher finds them;
// headless, with nothing that phones home.
import { existsSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';

const DEBIAN = '/usr/bin/chromium';

function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync(DEBIAN)) return DEBIAN;
  try {
    return Launcher.getInstallations().find((path) => existsSync(path)) ?? DEBIAN;
  } catch {
    return DEBIAN; // no installation found: check-chromium.mjs says how to get one
  }
}

export const CHROME_PATH = findChrome();

export const CHROME_ARGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Chromium with playwright-core; `args` are added to the common ones. */
export async function launchChromium(args = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: [...CHROME_ARGS, ...args] });
}
