import { expect, fixture, html } from '@open-wc/testing';
import { AdSlotElement, type NewsArticleElement } from '../src/index.js';
import { minimal } from './article/samples.js';

interface FrameReport {
  enforced?: boolean;
  gallery?: string;
  slot?: string;
  display?: string;
  headline?: string;
  paragraph?: string;
  framePosition?: string;
  adSlots?: number;
  violations?: string[];
  jsonLd?: number;
  noticePosition?: string;
  error?: string;
}

/** Runs `body` (module code) in an iframe with the given CSP and collects what it posts back. */
async function inFrame(csp: string, body: string): Promise<FrameReport> {
  const iframe = document.createElement('iframe');
  const report = new Promise<FrameReport>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    window.addEventListener('message', onMessage);
  });
  iframe.srcdoc = `<!doctype html><html lang="en">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <script type="module" nonce="test-nonce">
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
      try { ${body} } catch (error) { parent.postMessage({ error: String(error), violations }, '*'); }
    </script>`;
  document.body.append(iframe);
  try {
    return await report;
  } finally {
    iframe.remove();
  }
}

const defineUrl = new URL('../src/define.ts', import.meta.url).href;
const indexUrl = new URL('../src/index.ts', import.meta.url).href;
/** The reader features' modules, which the element loads after its first render. */
const featureUrls = ['json-ld', 'progress', 'copy'].map((name) => new URL(`../src/components/news-article/${name}.ts`, import.meta.url).href);

describe('embedding', () => {
  it('renders, and loads and runs the lazy reader features, under a strict CSP with Trusted Types required, with no violation', async () => {
    const article = {
      ...minimal(),
      lang: 'en',
      headline: 'Strict page',
      image: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: '', width: 4, height: 3, focalPoint: { x: 0.2, y: 0.8 } },
      body: [
        { type: 'paragraph', html: 'A <a href="https://example.org/">link</a> and <em>emphasis</em>' },
        { type: 'ad' },
      ],
    };
    const report = await inFrame(
      "default-src 'self' data:; script-src 'self' 'nonce-test-nonce'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html news-elements",
      `let enforced = false;
       try { document.createElement('div').innerHTML = '<b>x</b>'; } catch { enforced = true; }
       // That probe's own violation report arrives asynchronously: let it, then start counting.
       await new Promise((resolve) => setTimeout(resolve, 20));
       violations.length = 0;
       await import(${JSON.stringify(defineUrl)});
       const el = document.createElement('news-article');
       el.setAttribute('copy', 'protect');
       const loaded = new Promise((resolve) => el.addEventListener('news-article-load', resolve));
       el.article = ${JSON.stringify(article)};
       document.body.append(el);
       await loaded;
       // The JSON-LD, progress and copy code arrive after the first render.
       for (let i = 0; i < 200 && !el.querySelector('script[type="application/ld+json"]'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
       await Promise.all(${JSON.stringify(featureUrls)}.map((url) => import(url)));
       await new Promise((resolve) => setTimeout(resolve, 50));
       const root = el.shadowRoot;
       parent.postMessage({
         enforced,
         headline: root.querySelector('[part="headline"]').textContent,
         paragraph: root.querySelector('[part="paragraph"]').innerHTML.replace(/<!--[^]*?-->/g, ''),
         framePosition: root.querySelector('[part="image"]').style.objectPosition,
         adSlots: el.querySelectorAll('ad-slot').length,
         jsonLd: el.querySelectorAll('script[type="application/ld+json"]').length,
         noticePosition: getComputedStyle(root.querySelector('[part="protect-notice"]')).position,
         violations,
       }, '*');`,
    );
    expect(report.error).to.equal(undefined);
    expect(report.enforced, 'the frame enforces Trusted Types').to.equal(true);
    expect(report.headline).to.equal('Strict page');
    expect(report.paragraph).to.equal('A <a href="https://example.org/" rel="noopener noreferrer">link</a> and <em>emphasis</em>');
    expect(report.framePosition, 'inline styles are set through the CSSOM').to.equal('20% 80%');
    expect(report.adSlots).to.equal(1);
    expect(report.jsonLd, 'the JSON-LD code ran').to.equal(1);
    expect(report.noticePosition, "the copy code's styles were adopted").to.equal('fixed');
    expect(report.violations).to.deep.equal([]);
  });

  it('shows inline HTML as text, with a warning, when the page refuses its Trusted Types policy', async () => {
    const report = await inFrame(
      "script-src 'self' 'nonce-test-nonce'; require-trusted-types-for 'script'; trusted-types lit-html",
      `await import(${JSON.stringify(defineUrl)});
       const el = document.createElement('news-article');
       const loaded = new Promise((resolve) => el.addEventListener('news-article-load', resolve));
       el.article = { lang: 'en', headline: 'h', body: [{ type: 'paragraph', html: 'a <b>bold</b> word' }] };
       document.body.append(el);
       const event = await loaded;
       parent.postMessage({ paragraph: el.shadowRoot.querySelector('[part="paragraph"]').innerHTML.replace(/<!--[^]*?-->/g, ''), violations: event.warnings.map((w) => w.path + ': ' + w.message) }, '*');`,
    );
    expect(report.error).to.equal(undefined);
    expect(report.paragraph).to.equal('a bold word');
    expect(report.violations).to.deep.equal(['body[0].html: removed all markup (Trusted Types: allow the policy "news-elements")']);
  });

  it('does not throw when a second copy of the library loads', async () => {
    await import('../src/define.js');
    const first = customElements.get('news-article');
    // A query string makes the browser evaluate the module graph's entry again, as a second copy would.
    await import(/* @vite-ignore */ `${defineUrl}?copy=2`);
    expect(customElements.get('news-article')).to.equal(first);
  });

  it('renders the gallery and ad-slot tags the page registered, read from the registry', async () => {
    // A fresh window, where another script already holds the default tags.
    const report = await inFrame(
      "script-src 'self' 'nonce-test-nonce'",
      `customElements.define('image-gallery', class extends HTMLElement {});
       customElements.define('ad-slot', class extends HTMLElement {});
       const { AdSlotElement, ImageGalleryElement, NewsArticleElement } = await import(${JSON.stringify(indexUrl)});
       ImageGalleryElement.define('x-gallery');
       AdSlotElement.define('x-ad');
       NewsArticleElement.define('x-article');
       const el = document.createElement('x-article');
       const loaded = new Promise((resolve) => el.addEventListener('news-article-load', resolve));
       el.article = { lang: 'en', headline: 'h', body: [{ type: 'ad' }, { type: 'gallery', images: [{ src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'a', width: 4, height: 3 }] }] };
       document.body.append(el);
       await loaded;
       const gallery = el.shadowRoot.querySelector('[part="gallery"]');
       const slot = el.querySelector(':scope > [slot]');
       parent.postMessage({
         gallery: gallery.localName + (gallery instanceof ImageGalleryElement ? ' (ours)' : ''),
         slot: slot.localName + (slot instanceof AdSlotElement ? ' (ours)' : ''),
         display: getComputedStyle(gallery).display,
       }, '*');`,
    );
    expect(report.error).to.equal(undefined);
    expect(report.gallery).to.equal('x-gallery (ours)');
    expect(report.slot).to.equal('x-ad (ours)');
    // The article's fallback grid is for the figures before the gallery upgrades; once defined, under any tag, it lays itself out.
    expect(report.display, 'a defined gallery, under its registered tag').to.equal('block');
  });

  it('keeps no page-wide tag: a subclass defined under another tag does not change what articles render', async () => {
    await import('../src/define.js');
    class OtherAd extends AdSlotElement {}
    OtherAd.define('other-ad');
    const element = await fixture<NewsArticleElement>(html`<news-article></news-article>`);
    const loaded = new Promise((resolve) => element.addEventListener('news-article-load', resolve));
    element.article = { ...minimal(), body: [{ type: 'paragraph', html: 'p' }, { type: 'ad' }] };
    await loaded;
    expect(element.querySelector(':scope > [slot]')!.localName).to.equal('ad-slot');
    expect(element.querySelector('other-ad')).to.equal(null);
  });
});
