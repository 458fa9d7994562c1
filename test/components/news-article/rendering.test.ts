import { expect } from '@open-wc/testing';
import seed from '../../../demo/articles/seed-gu.json';
import type { Article, Block } from '../../../src/article/types.js';
import { fullArticle, minimal } from '../../article/samples.js';
import { loaded, renderArticle, text } from './helpers.js';

const withBody = (...body: Block[]): Article => ({ ...minimal(), lang: 'en', headline: 'H', body });

describe('<news-article>', () => {
  describe('rendering the seed', () => {
    it('renders the kicker, headline, every paragraph and sub-heading in order', async () => {
      const { part, parts } = await renderArticle(seed);
      expect(text(part('kicker'))).to.equal('International');
      expect(text(part('headline'))).to.equal(seed.headline);
      const paragraphs = seed.body.filter((block) => block.type === 'paragraph');
      expect(parts('paragraph').map(text)).to.deep.equal(paragraphs.map((block) => (block as { html: string }).html.replace(/\s+/g, ' ').trim()));
      expect(parts('heading').map((heading) => heading.localName)).to.deep.equal(['h2', 'h2']);
    });

    it('renders the lead image eagerly with high priority and body images lazily, all with reserved space', async () => {
      const { parts } = await renderArticle(seed);
      const images = parts<HTMLImageElement>('image');
      expect(images).to.have.length(3);
      expect(images[0]!.loading).to.equal('eager');
      expect(images[0]!.getAttribute('fetchpriority')).to.equal('high');
      for (const image of images.slice(1)) {
        expect(image.loading).to.equal('lazy');
        expect(image.getAttribute('fetchpriority')).to.equal(null);
      }
      for (const image of images) {
        expect(image.decoding).to.equal('async');
        expect(image.getAttribute('width')).to.match(/^\d+$/);
        // The frame reserves the aspect ratio before the image loads.
        const frame = image.parentElement!;
        const ratio = frame.getBoundingClientRect().width / frame.getBoundingClientRect().height;
        expect(ratio).to.be.closeTo(Number(image.getAttribute('width')) / Number(image.getAttribute('height')), 0.02);
      }
    });

    it('marks the English captions as English inside the Gujarati article', async () => {
      const { parts, part } = await renderArticle(seed);
      expect(part('article')!.getAttribute('lang')).to.equal('gu');
      expect(parts('caption'), 'the seed has captioned photos').to.have.length.greaterThan(0);
      for (const caption of parts('caption')) expect(caption.getAttribute('lang')).to.equal('en');
    });

    it('places its two ads in the light DOM and projects them where the seed has them', async () => {
      const { element, parts } = await renderArticle(seed);
      const slots = Array.from(element.querySelectorAll('ad-slot'));
      expect(slots).to.have.length(2);
      expect(new Set(slots.map((slot) => slot.id)).size).to.equal(2);
      const places = parts('ad');
      expect(places).to.have.length(2);
      places.forEach((place, i) => {
        const slot = place.querySelector('slot')!;
        expect(slot.assignedElements()).to.deep.equal([slots[i]]);
      });
      // The first ad follows the paragraph after the second sub-heading, as in the seed.
      expect(places[0]!.previousElementSibling!.getAttribute('part')).to.equal('paragraph');
    });

    it('renders "Connect with us" links from publisher.sameAs, recognizing each network', async () => {
      const { parts, part } = await renderArticle(seed);
      expect(text(part('follow-title'))).to.equal('અમારી સાથે જોડાઓ');
      const links = parts<HTMLAnchorElement>('follow-link');
      expect(links.map((link) => link.href)).to.deep.equal(seed.publisher.sameAs);
      expect(links.map((link) => text(link))).to.deep.equal(['Facebook', 'X', 'Instagram', 'YouTube', 'WhatsApp']);
      expect(links[0]!.getAttribute('aria-label')).to.equal('Facebook પર Gujarat News Demo');
      for (const link of links) expect(link.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('renders no date when the article has none, never "Invalid Date"', async () => {
      const { part, element } = await renderArticle(seed);
      expect(part('date')).to.equal(null);
      expect(element.shadowRoot!.textContent).not.to.contain('Invalid');
    });

    it('renders the copyright', async () => {
      const { part } = await renderArticle(seed);
      expect(text(part('copyright'))).to.equal('© Gujarat News Demo');
    });
  });

  describe('header', () => {
    it('links the kicker when the section has a URL', async () => {
      const { part } = await renderArticle(fullArticle());
      expect(part('kicker')!.querySelector('a')!.href).to.equal('https://news.example/world');
    });

    it('lists the authors with links, in the language of the article', async () => {
      const article = fullArticle();
      article.authors = [{ name: 'Ada', url: 'https://news.example/ada' }, { name: 'Bo' }, { name: 'Cy' }];
      const { part, parts } = await renderArticle(article);
      expect(text(part('byline'))).to.equal('By Ada, Bo, and Cy');
      expect(parts<HTMLAnchorElement>('author').map((a) => a.getAttribute('href'))).to.deep.equal(['https://news.example/ada', null, null]);
    });

    it('shows the updated date only when it differs from the publication date', async () => {
      const article = fullArticle();
      const { part } = await renderArticle(article, { 'time-zone': 'UTC' });
      expect(part('date')!.getAttribute('datetime')).to.equal(article.datePublished);
      expect(text(part('date'))).to.equal('Published on March 5, 2024 at 5:00 AM');
      expect(text(part('updated'))).to.equal('Updated March 6, 2024 at 8:00 AM');
      article.dateModified = article.datePublished;
      expect((await renderArticle(article)).part('updated')).to.equal(null);
    });

    it('counts reading time in words', async () => {
      const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
      const { part } = await renderArticle(withBody({ type: 'paragraph', html: words }));
      expect(text(part('reading-time'))).to.equal('5 minutes read');
    });

    it('estimates reading time of a very long article from its first hour of text', async () => {
      const words = Array.from({ length: 30000 }, (_, i) => `w${i % 1000}`).join(' ');
      const { part } = await renderArticle(withBody({ type: 'paragraph', html: words }));
      const minutes = Number(text(part('reading-time')).split(' ')[0]);
      expect(minutes).to.be.within(145, 155);
    });
  });

  describe('blocks', () => {
    it('renders a paragraph with sanitized inline HTML and safe links', async () => {
      const { part } = await renderArticle(withBody({ type: 'paragraph', html: 'A <a href="https://e.example/">link</a> and <em>stress</em>' }));
      const link = part('paragraph')!.querySelector('a')!;
      expect(link.rel).to.equal('noopener noreferrer');
      expect(part('paragraph')!.querySelector('em')).to.exist;
    });

    it('renders headings at levels 2, 3 and 4', async () => {
      const { parts } = await renderArticle(withBody(
        { type: 'heading', text: 'Two' }, { type: 'heading', text: 'Three', level: 3 }, { type: 'heading', text: 'Four', level: 4 },
      ));
      expect(parts('heading').map((h) => `${h.localName}:${text(h)}`)).to.deep.equal(['h2:Two', 'h3:Three', 'h4:Four']);
    });

    it('renders an image block as a figure with caption, credit, srcset and focal point', async () => {
      const image = fullArticle().image!;
      const { part } = await renderArticle(withBody({ type: 'image', ...image }));
      const img = part<HTMLImageElement>('image')!;
      expect(img.alt).to.equal(image.alt);
      expect(img.getAttribute('srcset')).to.equal(image.srcset);
      expect(img.getAttribute('sizes')).to.equal(image.sizes);
      expect(img.style.objectPosition).to.equal('30% 60%');
      expect(part('caption')!.querySelector('a')!.href).to.equal('https://example.org/harbour');
      expect(text(part('credit'))).to.contain('Photo: A. Photographer');
    });

    it('shows the alt text in the reserved box when an image fails, without collapsing', async () => {
      const { part } = await renderArticle(withBody({ type: 'image', src: '/does-not-exist.jpg', alt: 'Missing photo', width: 400, height: 200 }));
      const frame = part('image-frame')!;
      const before = frame.getBoundingClientRect().height;
      await new Promise((resolve) => part('image')!.addEventListener('error', resolve, { once: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(frame.classList.contains('broken')).to.equal(true);
      expect(frame.getBoundingClientRect().height).to.equal(before);
      expect(getComputedStyle(frame, '::after').content).to.contain('Missing photo');
    });

    it('reserves 3:2 for an image without width and height', async () => {
      const { part } = await renderArticle(withBody({ type: 'image', src: '/x.jpg', alt: 'x' }));
      const box = part('image-frame')!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(1.5, 0.01);
    });

    it('renders a gallery as <image-gallery> with captioned figures', async () => {
      const { part } = await renderArticle(fullArticle());
      const gallery = part('gallery')!;
      expect(gallery.localName).to.equal('image-gallery');
      expect(gallery.querySelectorAll('figure img')).to.have.length(2);
      expect(gallery.querySelectorAll('figcaption')).to.have.length(2);
      expect(text(part('gallery-title'))).to.equal('Gallery');
      expect(text(part('gallery-description'))).to.equal('Two photos');
      // The gallery upgrades from those figures and re-exports its parts as gallery-*.
      const upgraded = gallery as HTMLElement & { index: number };
      expect(upgraded.index).to.equal(0);
      expect(gallery.shadowRoot!.querySelectorAll('[part="slide"]')).to.have.length(2);
      expect(gallery.getAttribute('exportparts')).to.contain('caption: gallery-caption');
      expect(gallery.getAttribute('label')).to.equal('Gallery');
    });

    it('keeps a gallery of many captioned photos inside a narrow column (no sideways scrolling on a phone)', async () => {
      // Twelve slides: a flex row's least width is the sum of its slides' (each its longest caption word).
      const images = Array.from({ length: 12 }, (_, i) => ({ src: `https://images.example/${i}.jpg`, alt: `Photo ${i + 1}`, width: 1600, height: 900, caption: 'A photograph across the harbour' }));
      const { element, part } = await renderArticle(withBody({ type: 'gallery', images }));
      element.style.inlineSize = '320px';
      const gallery = part('gallery')!;
      await (gallery as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const base = gallery.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getBoundingClientRect().width).to.be.at.most(320);
      expect(element.scrollWidth, 'the article does not overflow').to.be.at.most(element.clientWidth);
    });

    it('renders a quote with its source', async () => {
      const { part } = await renderArticle(withBody({ type: 'quote', html: 'Be <i>brief</i>', cite: 'Anon' }));
      expect(part('quote')!.querySelector('blockquote i')).to.exist;
      expect(text(part('quote-cite'))).to.equal('Anon');
    });

    it('renders ordered and unordered lists', async () => {
      const { parts } = await renderArticle(withBody(
        { type: 'list', items: ['a', 'b'] }, { type: 'list', items: ['<b>c</b>'], ordered: true },
      ));
      expect(parts('list').map((list) => `${list.localName}:${list.children.length}`)).to.deep.equal(['ul:2', 'ol:1']);
    });

    it('embeds YouTube from the no-cookie host in a sandboxed, titled iframe', async () => {
      const { part } = await renderArticle(withBody({ type: 'embed', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'Video' }));
      const iframe = part('embed')!.querySelector('iframe')!;
      expect(iframe.src).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
      expect(iframe.title).to.equal('Video');
      expect(iframe.getAttribute('sandbox')).to.contain('allow-scripts');
      expect(iframe.getAttribute('sandbox')).not.to.contain('allow-top-navigation');
      expect(iframe.loading).to.equal('lazy');
    });

    it('embeds Vimeo from its player host', async () => {
      const { part } = await renderArticle(withBody({ type: 'embed', url: 'https://vimeo.com/76979871', title: 'V' }));
      expect(part('embed')!.querySelector('iframe')!.src).to.equal('https://player.vimeo.com/video/76979871');
    });

    it('turns an embed from any other host into a link', async () => {
      const { part } = await renderArticle(withBody({ type: 'embed', url: 'https://maps.example.com/embed/1', title: 'Map' }));
      expect(part('embed')).to.equal(null);
      const link = part('embed-link')!.querySelector('a')!;
      expect(link.href).to.equal('https://maps.example.com/embed/1');
      expect(text(link)).to.equal('View “Map” on maps.example.com');
    });

    it('renders a divider', async () => {
      const { part } = await renderArticle(withBody({ type: 'divider' }));
      expect(part('divider')!.localName).to.equal('hr');
    });

    it('gives a block its own lang, and dir derived from it', async () => {
      const { element } = await renderArticle(withBody({ type: 'paragraph', html: 'مرحبا', lang: 'ar', id: 'greeting' }));
      const block = element.shadowRoot!.querySelector('#greeting')!;
      expect(block.getAttribute('lang')).to.equal('ar');
      expect(block.getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('hostile input', () => {
    it('renders plain-text fields as text, never as HTML', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const article = { ...fullArticle(), headline: payload, subheadline: payload, tags: [payload], copyright: payload };
      (window as { __pwned?: number }).__pwned = 0;
      const { element, part } = await renderArticle(article);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(text(part('headline'))).to.equal(payload);
      expect(element.shadowRoot!.querySelectorAll('img[src="x"]')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(0);
    });

    it('removes script from inline HTML and reports it as a warning with its path', async () => {
      const { event, element, part } = await renderArticle(withBody({ type: 'paragraph', html: 'ok<script>window.__pwned=2</script><a href="javascript:alert(1)">x</a>' }));
      expect(element.shadowRoot!.querySelector('script')).to.equal(null);
      // The link without its href is its text: no <a> without href.
      expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      expect(text(part('paragraph'))).to.equal('okx');
      const warnings = loaded(event).warnings;
      expect(warnings.map((w) => w.path)).to.deep.equal(['body[0].html']);
      expect(warnings[0]!.message).to.contain('<script>');
    });
  });
});
