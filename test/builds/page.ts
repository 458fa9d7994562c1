/**
 * Runs a page of its own (a fresh window, so a fresh module map and registry) in an iframe,
 * as a host page that embeds a built bundle would, and collects what it reports.
 *
 * The page gets, before anything of its own: a collector of errors (uncaught, unhandled
 * rejections, failed resource loads), of console warnings, and of CSP violations. Its last
 * script (a module, so it runs after `defer` scripts) runs `script`, which ends with
 * `done(data)`. The report adds what was collected, and `resources`: every fetch under
 * /builds/ (test/builds/serve.mjs) as path + query, and every fetch of dist-test/ from
 * another origin (the second origin, test/servers/second-origin.mjs) as a full URL, in order.
 */
export interface PageReport {
  errors: string[];
  warnings: string[];
  violations: string[];
  resources: string[];
  [key: string]: unknown;
}

export interface Page {
  /** The Content-Security-Policy of the page (a meta tag); its scripts carry the nonce `test-nonce`. */
  csp?: string;
  /** Markup for the head (the bundle's script tag goes here). */
  head?: string;
  /** Markup for the body. */
  body?: string;
  /** Module code (with top-level await) that ends with `done(data)`; `helpers` below are in scope. */
  script: string;
}

const COLLECTOR = `
  window.collected = { errors: [], warnings: [], violations: [] };
  addEventListener('error', (e) => collected.errors.push(e.message || ('failed to load ' + (e.target.src || e.target.href))), true);
  addEventListener('unhandledrejection', (e) => collected.errors.push('unhandled rejection: ' + (e.reason && e.reason.message || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => collected.violations.push(e.violatedDirective + ' ' + e.blockedURI));
  const warn = console.warn;
  console.warn = (...args) => { collected.warnings.push(args.map(String).join(' ')); warn.apply(console, args); };
`;

/** In scope of every page script. */
const HELPERS = `
  const { collected } = window;
  const resources = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name))
    .filter((url) => (url.origin === self.origin ? url.pathname.startsWith('/builds/') : url.pathname.includes('/dist-test/')))
    .map((url) => (url.origin === self.origin ? '' : url.origin) + url.pathname + url.search);
  /** Resolves once no fetch has finished for \`quiet\` ms: the lazy code a render asked for has arrived. */
  const settled = async (quiet = 150) => {
    let count = -1;
    while (count !== performance.getEntriesByType('resource').length) {
      count = performance.getEntriesByType('resource').length;
      await new Promise((r) => setTimeout(r, quiet));
    }
  };
  const done = (data) => parent.postMessage({ ...data, ...collected, resources: resources() }, '*');
  const until = async (check, what) => {
    for (let i = 0; i < 200; i++) { const value = check(); if (value) return value; await new Promise((r) => setTimeout(r, 25)); }
    throw new Error('timed out waiting for ' + what);
  };
  const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  const image = (alt) => ({ src: pixel, alt, width: 4, height: 3, caption: 'A <em>caption</em>' });
  /** An article with a paragraph, an ad and a gallery of two images. */
  const article = (headline) => ({
    lang: 'en', headline,
    body: [
      { type: 'paragraph', html: 'A <a href="https://example.org/">link</a> and <em>emphasis</em>.' },
      { type: 'ad' },
      { type: 'gallery', title: 'Photos', images: [image('One'), image('Two')] },
    ],
  });
  /** Renders an article under \`tag\` (appended to the body) and waits for it. */
  const renderArticle = async (tag, headline = 'Built') => {
    const el = document.createElement(tag);
    const loaded = new Promise((resolve) => el.addEventListener('news-article-load', resolve, { once: true }));
    el.article = article(headline);
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    return el;
  };
  /** The gallery element inside an article (whatever its tag), opened; resolves once its lightbox dialog is open. */
  const openLightbox = async (el) => {
    const gallery = await until(() => el.shadowRoot.querySelector('[part="gallery"]'), 'the gallery');
    await until(() => gallery.shadowRoot && gallery.shadowRoot.querySelector('[part="image-button"]'), 'the gallery to render');
    const opened = new Promise((resolve) => gallery.addEventListener('image-gallery-open', resolve, { once: true }));
    gallery.shadowRoot.querySelector('[part="image-button"]').click();
    const failed = () => collected.errors[0] || collected.warnings.find((w) => w.includes('lightbox'));
    await Promise.race([opened, until(failed, 'image-gallery-open').then(() => { throw new Error(failed()); })]);
    return { tag: gallery.localName, open: Boolean(gallery.shadowRoot.querySelector('dialog[open]')) };
  };
`;

export async function runPage({ csp, head = '', body = '', script }: Page): Promise<PageReport> {
  const iframe = document.createElement('iframe');
  const report = new Promise<PageReport>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    window.addEventListener('message', onMessage);
  });
  const policy = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
  iframe.srcdoc = `<!doctype html><html lang="en"><head>${policy}
    <script nonce="test-nonce">${COLLECTOR}</script>
    ${head}</head><body>${body}
    <script type="module" nonce="test-nonce">${HELPERS}
      try { ${script} } catch (error) { collected.errors.push(String(error)); done({}); }
    </script></body></html>`;
  document.body.append(iframe);
  try {
    return await report;
  } finally {
    iframe.remove();
  }
}

/** The versions of the two test builds (scripts/build-test-bundles.mjs). */
export async function buildVersions(): Promise<{ current: string; other: string }> {
  const response = await fetch('/builds/versions');
  if (!response.ok) throw new Error(await response.text());
  return response.json();
}
