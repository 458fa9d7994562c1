import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { AdSlotElement, ImageGalleryElement, NewsArticleElement } from '../src/index.js';
import { element, elements } from './manifest-elements.js';
import { fullArticle } from './article/samples.js';
import { settled } from './components/news-article/helpers.js';

/** The `part` tokens of `root`'s own shadow tree (not of nested elements' trees). */
const partsIn = (root: ShadowRoot) => new Set(Array.from(root.querySelectorAll('[part]')).flatMap((node) => node.getAttribute('part')!.split(/\s+/)));

describe('custom-elements.json', () => {
  it('describes the three elements', () => {
    expect(elements.map((declaration) => declaration.tagName).sort()).to.deep.equal(['ad-slot', 'image-gallery', 'news-article']);
  });

  it('lists no internal state or private members as attributes or API', () => {
    for (const declaration of elements) {
      const names = [...(declaration.attributes ?? []).map((a) => a.name), ...(declaration.members ?? []).map((m) => m.name)];
      expect(names.filter((name) => /^[_#]/.test(name)), declaration.tagName).to.deep.equal([]);
      expect((declaration.members ?? []).filter((m) => m.privacy === 'private'), declaration.tagName).to.deep.equal([]);
    }
  });

  it('types every event it names', () => {
    for (const declaration of elements) {
      for (const event of declaration.events ?? []) {
        expect(event.name, `${declaration.tagName}: an event without a name`).to.be.a('string');
        expect(event.type?.text, `${declaration.tagName}: ${event.name}`).to.match(/Event$/);
      }
    }
  });

  it("lists every part of a full article's render", async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const article = document.createElement('news-article');
    article.setAttribute('share', '');
    const event = settled(article);
    article.article = fullArticle();
    container.append(article);
    await event;
    await article.updateComplete;
    const documented = new Set((element('news-article').cssParts ?? []).map((part) => part.name));
    const missing = [...partsIn(article.shadowRoot!)].filter((part) => !documented.has(part));
    expect(missing, 'parts in the render that the manifest does not list').to.deep.equal([]);
  });

  it("lists every part of a gallery's render and an ad slot's", async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <image-gallery lightbox thumbnails><img src="/images/stand-in-city-night-1200x675.jpg" alt="One" width="1200" height="675" /><img src="/images/stand-in-coast-plant-1200x675.jpg" alt="Two" width="1200" height="675" /></image-gallery>
      <ad-slot></ad-slot>
    </div>`);
    for (const tag of ['image-gallery', 'ad-slot'] as const) {
      const el = container.querySelector(tag)!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const documented = new Set((element(tag).cssParts ?? []).map((part) => part.name));
      const missing = [...partsIn(el.shadowRoot!)].filter((part) => !documented.has(part));
      expect(missing, `${tag}: parts in the render that the manifest does not list`).to.deep.equal([]);
    }
  });

  it('documents every custom property the styles read, and documents none they do not', async () => {
    // What renders write into style attributes counts too: a fluid ad slot's reserved height.
    const fluid = await fixture<HTMLElement>(html`<ad-slot sizes="fluid"></ad-slot>`);
    await (fluid as AdSlotElement).updateComplete;
    const inline = { 'ad-slot': Array.from(fluid.shadowRoot!.querySelectorAll('[style]'), (node) => node.getAttribute('style')!).join(';') } as Record<string, string>;
    const classes = { 'news-article': NewsArticleElement, 'image-gallery': ImageGalleryElement, 'ad-slot': AdSlotElement };
    for (const [tag, constructor] of Object.entries(classes)) {
      const text = (constructor as unknown as { elementStyles: { cssText: string }[] }).elementStyles.map((style) => style.cssText).join('\n') + (inline[tag] ?? '');
      // Properties read with var(); the element's own private ones (--_x) are not API.
      const read = new Set([...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!).filter((name) => !name.startsWith('--_')));
      const documented = new Set((element(tag).cssProperties ?? []).map((property) => property.name));
      expect([...read].filter((name) => !documented.has(name)).sort(), `${tag}: read but not documented`).to.deep.equal([]);
      expect([...documented].filter((name) => !read.has(name)).sort(), `${tag}: documented but read nowhere`).to.deep.equal([]);
    }
  });
});
