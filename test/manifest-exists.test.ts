/**
 * The other direction of test/manifest.test.ts: everything custom-elements.json promises is
 * there at run time. Each attribute is observed, each member exists, each event's class is
 * exported, each part appears in some render (or is re-exported by a nested element's
 * `exportparts`), each slot is in the shadow tree, each custom state is set.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import * as api from '../src/index.js';
import type { AdSlotElement, ImageGalleryElement, NewsArticleCopyEvent, NewsArticleElement, NewsArticleProgressEvent, NewsArticleShareEvent } from '../src/index.js';
import { element, elements } from './manifest-elements.js';
import { fullArticle } from './article/samples.js';
import { settled } from './components/news-article/helpers.js';
import { mount, recordingProvider } from './components/ad-slot/helpers.js';

const tags = ['news-article', 'image-gallery', 'ad-slot'] as const;

/** Part names `root` exposes: its own `part` tokens and the outer names of nested elements' `exportparts`. */
function exposedParts(root: ShadowRoot): Set<string> {
  const names = new Set<string>();
  for (const node of root.querySelectorAll('[part]')) for (const name of node.getAttribute('part')!.split(/\s+/)) names.add(name);
  for (const node of root.querySelectorAll('[exportparts]')) {
    for (const mapping of node.getAttribute('exportparts')!.split(',')) {
      const [inner, outer = inner] = mapping.split(':').map((name) => name.trim());
      if (outer) names.add(outer);
    }
  }
  return names;
}

/** The inner names a nested element's `exportparts` maps from, per nested tag. */
function exportedInnerParts(root: ShadowRoot): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const node of root.querySelectorAll('[exportparts]')) {
    const inner = node.getAttribute('exportparts')!.split(',').map((mapping) => mapping.split(':')[0]!.trim());
    map.set(node.localName, [...(map.get(node.localName) ?? []), ...inner]);
  }
  return map;
}

async function articleWith(setup: (element: NewsArticleElement) => void): Promise<NewsArticleElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const article = document.createElement('news-article');
  setup(article);
  const event = settled(article);
  container.append(article);
  await event;
  await article.updateComplete;
  return article;
}

/** The parts of every state of a `<news-article>`: full, syndicated, shared, protected, loading and failed. */
async function newsArticleParts(): Promise<{ parts: Set<string>; nested: Map<string, string[]> }> {
  const parts = new Set<string>();
  const full = await articleWith((element) => {
    element.setAttribute('share', '');
    element.setAttribute('syndicated', '');
    element.setAttribute('copy', 'protect');
    const article = fullArticle();
    // An embed from a host that is not allow-listed renders as a link.
    article.body.push({ type: 'embed', url: 'https://social.example/post/1', title: 'A post' });
    element.article = article;
  });
  // The protect notice has content only once a copy was refused.
  full.shadowRoot!.querySelector('[part~="paragraph"]')!.dispatchEvent(new ClipboardEvent('copy', { bubbles: true, composed: true, cancelable: true }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await full.updateComplete;
  for (const name of exposedParts(full.shadowRoot!)) parts.add(name);
  const nested = exportedInnerParts(full.shadowRoot!);

  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const loading = document.createElement('news-article');
  loading.src = '/fetch/article?delay=300';
  const loaded = settled(loading);
  container.append(loading);
  await loading.updateComplete;
  for (const name of exposedParts(loading.shadowRoot!)) parts.add(name);
  await loaded;

  const failed = await articleWith((element) => (element.src = '/fetch/status/404'));
  for (const name of exposedParts(failed.shadowRoot!)) parts.add(name);
  return { parts, nested };
}

async function galleryParts(): Promise<Set<string>> {
  const gallery = await fixture<ImageGalleryElement>(html`<image-gallery lightbox thumbnails autoplay interval="60000">
    <figure><img src="/images/stand-in-city-night-1200x675.jpg" alt="One" width="1200" height="675" /><figcaption>A city <span class="credit">Photo: A</span></figcaption></figure>
    <figure><img src="/images/stand-in-coast-plant-1200x675.jpg" alt="Two" width="1200" height="675" /><figcaption>A coast</figcaption></figure>
  </image-gallery>`);
  await gallery.updateComplete;
  const parts = exposedParts(gallery.shadowRoot!);
  const opened = new Promise((resolve) => gallery.addEventListener('image-gallery-open', resolve, { once: true }));
  gallery.open();
  await opened;
  await gallery.updateComplete;
  for (const name of exposedParts(gallery.shadowRoot!)) parts.add(name);
  gallery.close();
  return parts;
}

async function adSlotParts(): Promise<{ parts: Set<string>; slot: AdSlotElement }> {
  const { name } = recordingProvider();
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  const { slots, seen } = mount(page, `<ad-slot provider="${name}" loading="eager"></ad-slot>`);
  const slot = slots[0]!;
  await seen('ad-slot-render', slot);
  await slot.updateComplete;
  return { parts: exposedParts(slot.shadowRoot!), slot };
}

describe('everything custom-elements.json lists exists', () => {
  it('observes exactly the attributes it lists, each with a type and the property it sets', () => {
    for (const tag of tags) {
      const constructor = customElements.get(tag) as unknown as { observedAttributes: string[] };
      const listed = (element(tag).attributes ?? []).map((attribute) => attribute.name);
      expect([...constructor.observedAttributes].sort(), tag).to.deep.equal([...listed].sort());
      const instance = document.createElement(tag);
      for (const attribute of element(tag).attributes ?? []) {
        expect(attribute.type?.text, `${tag} [${attribute.name}] has a type`).to.be.a('string');
        expect(attribute.fieldName && attribute.fieldName in instance, `${tag} [${attribute.name}] sets a property`).to.equal(true);
      }
    }
  });

  it('has every member it lists, and each field with a value in code documents that value as its default', () => {
    const problems: string[] = [];
    for (const tag of tags) {
      const constructor = customElements.get(tag)!;
      const instance = document.createElement(tag) as unknown as Record<string, unknown>;
      for (const member of element(tag).members ?? []) {
        const owner = (member.static ? constructor : instance) as Record<string, unknown>;
        expect(member.name in owner, `${tag}: ${member.static ? 'static ' : ''}${member.name}`).to.equal(true);
        if (member.kind === 'method') expect(owner[member.name], `${tag}: ${member.name}()`).to.be.a('function');
        if (member.kind !== 'field' || member.static || member.readonly) continue;
        expect(member.type?.text, `${tag}.${member.name} has a type`).to.be.a('string');
        const value = instance[member.name];
        if (value === undefined || value === null) continue;
        // A value in code is the default: the manifest must say so, as the code writes it.
        const documented = member.default?.replace(/^(['"])(.*)\1$/, '$2');
        if (documented !== String(value)) problems.push(`${tag}.${member.name} is ${JSON.stringify(value)} in code, default ${member.default} in the manifest`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('exports the class of every event it lists (as a type, for those fired by lazy features)', () => {
    // Exported as types only (tsc checks these names against src/index.ts).
    const typeOnly: Record<string, (event: never) => void> = {
      NewsArticleProgressEvent: (_: NewsArticleProgressEvent) => undefined,
      NewsArticleShareEvent: (_: NewsArticleShareEvent) => undefined,
      NewsArticleCopyEvent: (_: NewsArticleCopyEvent) => undefined,
    };
    const missing = elements
      .flatMap((declaration) => declaration.events ?? [])
      .filter((event) => !(event.type!.text! in typeOnly) && event.type!.text !== 'Event')
      .filter((event) => !((api as Record<string, unknown>)[event.type!.text!] as { prototype?: unknown } | undefined)?.prototype)
      .map((event) => `${event.name}: ${event.type!.text}`);
    expect(missing, 'event classes not exported from news-elements').to.deep.equal([]);
    const exported = elements.flatMap((declaration) => declaration.events ?? []).filter((event) => !(event.type!.text! in typeOnly) && event.type!.text !== 'Event');
    for (const event of exported) {
      expect((api as unknown as Record<string, { prototype: unknown }>)[event.type!.text!]!.prototype, event.type!.text).to.be.an.instanceOf(Event);
    }
  });

  it('renders every part it lists: each state of an article, an open gallery, a filled ad slot', async () => {
    const article = await newsArticleParts();
    const rendered: Record<string, Set<string>> = {
      'news-article': article.parts,
      'image-gallery': await galleryParts(),
      'ad-slot': (await adSlotParts()).parts,
    };
    for (const tag of tags) {
      const missing = (element(tag).cssParts ?? []).map((part) => part.name).filter((name) => !rendered[tag]!.has(name));
      expect(missing, `${tag}: listed parts that no render exposes`).to.deep.equal([]);
    }
    // What the article re-exports of its nested elements are parts they really have.
    for (const [nested, inner] of article.nested) {
      const theirs = new Set((element(nested).cssParts ?? []).map((part) => part.name));
      expect(inner.filter((name) => !theirs.has(name)), `news-article re-exports of <${nested}>`).to.deep.equal([]);
    }
    // And it re-exports every part of its galleries, each as gallery-<name> (its ad slots are in its light DOM: nothing to re-export).
    const ofGallery = (element('image-gallery').cssParts ?? []).map((part) => part.name);
    const reexported = article.nested.get('image-gallery') ?? [];
    expect(ofGallery.filter((name) => !reexported.includes(name)), 'gallery parts news-article does not re-export').to.deep.equal([]);
    const documented = new Set((element('news-article').cssParts ?? []).map((part) => part.name));
    expect(ofGallery.filter((name) => !documented.has(`gallery-${name}`)), 'gallery parts news-article re-exports under another name').to.deep.equal([]);
  });

  it('has every slot it lists in the shadow tree, and no other', async () => {
    const slotNames = (...roots: ShadowRoot[]) =>
      [...new Set(roots.flatMap((root) => Array.from(root.querySelectorAll('slot'), (slot) => slot.name.replace(/^ad-\d+$/, 'ad-{n}'))))].sort();
    const fallback = await fixture<NewsArticleElement>(html`<news-article><p>Fallback</p></news-article>`);
    const inTree: Record<string, string[]> = {
      'news-article': slotNames(fallback.shadowRoot!, (await articleWith((element) => (element.article = fullArticle()))).shadowRoot!),
      'image-gallery': slotNames((await fixture<ImageGalleryElement>(html`<image-gallery><img src="/images/stand-in-city-night-1200x675.jpg" alt="One" width="1200" height="675" /></image-gallery>`)).shadowRoot!),
      'ad-slot': slotNames((await fixture<AdSlotElement>(html`<ad-slot></ad-slot>`)).shadowRoot!),
    };
    for (const tag of tags) {
      expect(inTree[tag], `${tag}: slots`).to.deep.equal((element(tag).slots ?? []).map((slot) => slot.name).sort());
    }
  });

  it('sets each custom state it lists, in the situation the state names', async () => {
    const listed = (tag: string) => (element(tag).cssStates ?? []).map((state) => state.name).sort();
    expect(listed('news-article')).to.deep.equal(['error', 'loading', 'ready']);
    expect(listed('image-gallery')).to.deep.equal(['open', 'playing']);
    expect(listed('ad-slot')).to.deep.equal(['empty', 'filled', 'viewable']);
    const gallery = (attributes: string) =>
      fixture<HTMLDivElement>(html`<div></div>`).then(async (page) => {
        page.innerHTML = `<image-gallery ${attributes}><img src="/images/stand-in-city-night-1200x675.jpg" alt="One" width="1200" height="675" /><img src="/images/stand-in-coast-plant-1200x675.jpg" alt="Two" width="1200" height="675" /></image-gallery>`;
        const element = page.firstElementChild as ImageGalleryElement;
        await element.updateComplete;
        return element;
      });
    const slotWith = async (fill: null | undefined, event: 'ad-slot-render' | 'ad-slot-viewable') => {
      const provider = recordingProvider({ fill });
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const { slots, seen } = mount(page, `<ad-slot provider="${provider.name}" loading="eager"></ad-slot>`);
      await seen(event, slots[0]!);
      await slots[0]!.updateComplete;
      return slots[0]!;
    };
    /** For each element, a situation per state: what puts an element in it (and so must have set it). */
    const situations: Record<string, Record<string, () => Promise<Element>>> = {
      'news-article': {
        async loading() {
          const container = await fixture<HTMLDivElement>(html`<div></div>`);
          const loading = document.createElement('news-article');
          loading.src = '/fetch/article?delay=300';
          container.append(loading);
          await loading.updateComplete;
          return loading;
        },
        error: () => articleWith((element) => (element.src = '/fetch/status/404')),
        ready: () => articleWith((element) => (element.article = fullArticle())),
      },
      'image-gallery': {
        async open() {
          const element = await gallery('lightbox');
          const opened = new Promise((resolve) => element.addEventListener('image-gallery-open', resolve, { once: true }));
          element.open();
          await opened;
          return element;
        },
        async playing() {
          await emulateMedia({ reducedMotion: 'no-preference' });
          return gallery('autoplay interval="60000"');
        },
      },
      'ad-slot': {
        filled: () => slotWith(undefined, 'ad-slot-render'),
        empty: () => slotWith(null, 'ad-slot-render'),
        // The IAB rule: one continuous second in view (test/components/ad-slot/fill.test.ts drives it in detail).
        viewable: () => slotWith(undefined, 'ad-slot-viewable'),
      },
    };
    const exclusive: Record<string, string[]> = { 'news-article': ['loading', 'error', 'ready'], 'ad-slot': ['filled', 'empty'] };
    for (const tag of tags) {
      for (const name of listed(tag)) {
        const situation = situations[tag]![name];
        expect(situation, `${tag}: a situation for :state(${name})`).to.be.a('function');
        const shown = await situation!();
        expect(shown.matches(`:state(${name})`), `${tag}:state(${name})`).to.equal(true);
        // None of the states that exclude it.
        const group = exclusive[tag]?.includes(name) ? exclusive[tag]! : [];
        expect(group.filter((other) => other !== name && shown.matches(`:state(${other})`)), `${tag}:state(${name}) alone`).to.deep.equal([]);
        // Each situation on a page of its own (an ad slot is viewable only in the viewport).
        fixtureCleanup();
      }
    }
  });
});
