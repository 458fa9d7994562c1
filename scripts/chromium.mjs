// The one place that says which Chromium the tests, benchmark and scripts use, and how to
// start it: the system's Chromium (or CHROME_PATH), headless, with nothing that phones home.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

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
