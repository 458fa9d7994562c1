import { expect } from '@open-wc/testing';
import { runPage } from './page.js';

/**
 * The strict policy of the README, plus a nonce for this test's own page scripts (the
 * bundles load by 'self'). Trusted Types policies a page must allow: lit-html, news-elements.
 */
const STRICT =
  "default-src 'self' data:; script-src 'self' 'nonce-test-nonce'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html news-elements";

const RENDER = `
  let enforced = false;
  try { document.createElement('div').innerHTML = '<b>x</b>'; } catch { enforced = true; }
  // The probe's own violation report arrives asynchronously: let it, then start counting.
  await new Promise((resolve) => setTimeout(resolve, 20));
  collected.violations.length = 0;
  await until(() => customElements.get('news-article'), 'news-article');
  const el = await renderArticle('news-article', 'Strict page');
  el.copy = 'protect'; // loads the copy code too
  const lightbox = await openLightbox(el);
  // Every lazy chunk the render asked for has run (JSON-LD, progress, …), and its violations are in.
  await settled();
  await new Promise((resolve) => setTimeout(resolve, 50));
  done({
    enforced,
    headline: el.shadowRoot.querySelector('[part="headline"]').textContent,
    paragraph: el.shadowRoot.querySelector('[part="paragraph"]').innerHTML.replace(/<!--[^]*?-->/g, ''),
    adSlots: el.querySelectorAll(':scope > ad-slot').length,
    lightbox,
    jsonLd: el.querySelectorAll(':scope > script[type="application/ld+json"]').length,
    notice: getComputedStyle(el.shadowRoot.querySelector('[part="protect-notice"]')).position,
  });
`;

describe('built bundles under a strict CSP with Trusted Types required', () => {
  const bundles = [
    { name: 'the ES module (and its lazy chunk)', head: '<script type="module" src="/builds/current/hashed/news-elements.3f2a9c1b.js"></script>' },
    { name: 'the IIFE (and its lazy chunk)', head: '<script src="/builds/current/plain/news-elements.iife.js" defer></script>' },
    { name: 'the IIFE, versioned, without defer', head: '<script src="/builds/current/versioned/news-elements.iife.0.1.0.js"></script>' },
  ];
  for (const { name, head } of bundles) {
    it(`${name}: renders and opens the lightbox with no violation`, async () => {
      const report = await runPage({ csp: STRICT, head, script: RENDER });
      expect(report.errors).to.deep.equal([]);
      expect(report.enforced, 'the frame enforces Trusted Types').to.equal(true);
      expect(report.violations).to.deep.equal([]);
      expect(report.headline).to.equal('Strict page');
      expect(report.paragraph).to.equal('A <a href="https://example.org/" rel="noopener noreferrer">link</a> and <em>emphasis</em>.');
      expect(report.adSlots).to.equal(1);
      expect(report.lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
      expect(report.resources.filter((url) => /\/lightbox-[\w-]+\.js$/.test(url)), 'the lightbox chunk, fetched under the policy').to.have.length(1);
      const features = report.resources.map((url) => /\/(json-ld|progress|copy)-[\w-]{8}\.js$/.exec(url)?.[1]).filter(Boolean);
      expect(features.sort(), "the reader features' chunks, fetched under the policy").to.deep.equal(['copy', 'json-ld', 'progress']);
      expect(report.jsonLd, 'the JSON-LD code ran').to.equal(1);
      expect(report.notice, "the copy code's styles were adopted").to.equal('fixed');
    });
  }

  it("two copies: with 'allow-duplicates' (each Lit copy creates its lit-html policy), no violation and no throw", async () => {
    const report = await runPage({
      csp: STRICT.replace('trusted-types lit-html news-elements', "trusted-types lit-html news-elements 'allow-duplicates'"),
      head: `<script src="/builds/other/plain/news-elements.iife.js"></script>
        <script type="module" src="/builds/current/plain/news-elements.js"></script>`,
      script: RENDER,
    });
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.warnings).to.have.length(1);
    expect(report.lightbox).to.deep.equal({ tag: 'image-gallery', open: true });
  });
});
