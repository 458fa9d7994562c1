// Takes a screenshot of a page that shows a <news-article> or an <image-gallery>, once it has rendered.
//
//   node scripts/shot.mjs <url> <out.png> [--width 1280] [--height 2000] [--full] [--dark]
//
// Waits for the news-article element to be defined and to have rendered content in its
// shadow root (up to 10 s), then for the images on the page to load (up to 3 s), then
// saves the screenshot. Console errors are printed. Exits with 1 when the page throws
// (`pageerror`), when any response other than /favicon.ico has a 4xx/5xx status, or when
// the element never renders; the screenshot is still written when possible, to help.
//
// Needs playwright-core and a Chromium binary (CHROME_PATH, else found as scripts/chromium.mjs says).
import { launchChromium } from './chromium.mjs';

const USAGE = 'Usage: node scripts/shot.mjs <url> <out.png> [--width 1280] [--height 2000] [--full] [--dark]';

function parseArgs(argv) {
  const options = { width: 1280, height: 2000, full: false, dark: false };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    switch (flag) {
      case '--width':
      case '--height': {
        const raw = inline ?? argv[++i];
        const value = Number(raw);
        if (!Number.isInteger(value) || value < 100 || value > 20000) {
          throw new Error(`${flag} needs a whole number of pixels between 100 and 20000, got ${raw}`);
        }
        options[flag.slice(2)] = value;
        break;
      }
      case '--full':
        options.full = true;
        break;
      case '--dark':
        options.dark = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        if (flag.startsWith('--')) throw new Error(`unknown option ${flag}`);
        positional.push(arg);
    }
  }
  if (positional.length !== 2) throw new Error('expected a URL and an output file');
  [options.url, options.out] = positional;
  return options;
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}

const problems = [];
const browser = await launchChromium();

try {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    deviceScaleFactor: 1,
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();

  page.on('pageerror', (error) => {
    problems.push(`page error: ${error.stack || error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location();
      // The browser's own automatic favicon request is not the page's fault.
      if (where && /\/favicon\.ico(?:[?#]|$)/.test(where.url)) return;
      const at = where && where.url ? ` (${where.url}:${where.lineNumber + 1})` : '';
      console.error(`console error: ${message.text()}${at}`);
    }
  });
  page.on('response', (response) => {
    const status = response.status();
    if (status < 400) return;
    let path = '';
    try {
      path = new URL(response.url()).pathname;
    } catch {
      // keep '' for URLs without a path
    }
    if (path === '/favicon.ico') return;
    problems.push(`HTTP ${status}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // Aborted or unreachable requests have no status; report them without failing the shot.
    console.error(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
  });

  const response = await page.goto(options.url, { waitUntil: 'load', timeout: 30_000 });
  if (!response) console.error('note: no response for the main document (same-document navigation?)');

  // The element is defined and has rendered something into its shadow root.
  try {
    await page.waitForFunction(
      () => {
        const el = document.querySelector('news-article') ?? document.querySelector('image-gallery');
        if (!el || !customElements.get(el.localName)) return false;
        const root = el && el.shadowRoot;
        if (!root) return false;
        // Content = any element other than <style>/<slot>, or non-blank text.
        const hasElement = [...root.querySelectorAll('*')].some((n) => !['STYLE', 'SLOT', 'LINK'].includes(n.tagName));
        return hasElement || root.textContent.trim() !== '';
      },
      undefined,
      { timeout: 10_000, polling: 100 },
    );
  } catch {
    problems.push('no <news-article> or <image-gallery> rendered content in its shadow root within 10 s');
  }

  // Let the element's own updates settle, then wait for images (light DOM and open shadow
  // roots, recursively), at most 3 s. Lazy images out of view are not waited for.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page
    .evaluate(async (timeout) => {
      const images = [];
      const collect = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.tagName === 'IMG') images.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      collect(document);
      const pending = images
        .filter((img) => !img.complete && !(img.loading === 'lazy' && img.getBoundingClientRect().top > innerHeight))
        .map((img) => new Promise((resolve) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', resolve, { once: true });
        }));
      await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, timeout))]);
      await document.fonts.ready;
    }, 3_000)
    .catch((error) => console.error(`waiting for images failed: ${error.message}`));

  await page.screenshot({ path: options.out, fullPage: options.full, type: 'png' });
  console.log(`wrote ${options.out} (${options.width}x${options.height}${options.full ? ', full page' : ''}${options.dark ? ', dark' : ''})`);
} catch (error) {
  problems.push(`error: ${error.message}`);
} finally {
  await browser.close();
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
