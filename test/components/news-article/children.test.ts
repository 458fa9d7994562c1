import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { renderArticleHTML } from '../../../src/article/render-html.js';
import { NewsArticleElement } from '../../../src/index.js';
import seed from '../../../demo/articles/seed-gu.json' with { type: 'json' };
import { layoutShiftDuring } from '../ad-slot/helpers.js';
import { settled, text, wrap } from './helpers.js';

/** `<news-article>` with `markup` as its children, and its load or error event. */
async function withChildren(markup: string, tag = 'news-article') {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<${tag}>${markup}</${tag}>`;
  const element = template.content.firstElementChild as NewsArticleElement;
  const event = settled(element);
  container.append(element);
  return { element, container, rendered: wrap(element, await event) };
}

const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}

/** The headings of the page's accessibility tree, by name. */
async function headings(): Promise<string[]> {
  const walk = (node: A11yNode | null): string[] => (node ? [...(node.role === 'heading' ? [node.name ?? ''] : []), ...(node.children ?? []).flatMap(walk)] : []);
  return walk((await a11ySnapshot({})) as unknown as A11yNode);
}

describe('<news-article> from HTML children', () => {
  it('renders the article its <article> child holds, as the JSON route renders it', async () => {
    const { rendered } = await withChildren(renderArticleHTML(seed));
    expect(rendered.event.type).to.equal('news-article-load');
    expect(text(rendered.part('headline'))).to.equal(seed.headline);
    const paragraphs = rendered.parts('paragraph').map(text);
    expect(paragraphs).to.deep.equal(seed.body.filter((b) => b.type === 'paragraph').map((b) => (b as { html: string }).html));
    expect(rendered.parts('image')).to.have.length(seed.body.filter((b) => b.type === 'image').length + 1);
  });

  it('reads children without an <article> around them, with warnings that point at the element', async () => {
    const { rendered, element } = await withChildren('<h1>શીર્ષક</h1><p>પહેલો ફકરો.</p><figure><img src="/images/a.jpg" width="10" height="10"></figure><h5>નાનું</h5>');
    expect(text(rendered.part('headline'))).to.equal('શીર્ષક');
    expect(rendered.parts('paragraph').map(text)).to.deep.equal(['પહેલો ફકરો.']);
    expect(element.warnings.map((w) => w.path)).to.deep.equal(['html > figure[1] > img[1]', 'html > h5[1]']);
  });

  it('keeps the children on screen while it reads them, and then shows them no more (they are not met twice)', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article');
    element.innerHTML = renderArticleHTML(seed);
    const event = settled(element);
    container.append(element);
    await element.updateComplete;
    const child = element.querySelector('article')!;
    expect(child.assignedSlot, 'slotted while the reading code loads').to.not.equal(null);
    await event;
    await element.updateComplete;
    expect(child.assignedSlot, 'no longer slotted').to.equal(null);
    expect(child.getClientRects(), 'not rendered').to.have.length(0);
    expect((await headings()).filter((name) => name === seed.headline), 'the headline, once').to.have.length(1);
  });

  it('leaves unreadable children on screen and reports them (no error box over content that reads fine)', async () => {
    const { element, rendered } = await withChildren('<p>A note without a headline.</p>');
    expect(rendered.event.type).to.equal('news-article-error');
    expect((rendered.event as { kind?: string }).kind).to.equal('invalid');
    expect(rendered.part('error')).to.equal(null);
    expect(element.querySelector('p')!.assignedSlot).to.not.equal(null);
  });

  it('gives way to the other routes: a property set later wins', async () => {
    const { element } = await withChildren('<p>Loading the article…</p>');
    const loaded = settled(element);
    element.article = seed as never;
    await loaded;
    expect(text(element.shadowRoot!.querySelector('[part~=headline]'))).to.equal(seed.headline);
    expect(element.querySelector('p')!.assignedSlot).to.equal(null);
  });

  it('writes no reader-view copy of its own (the children are one)', async () => {
    const { element } = await withChildren(renderArticleHTML(seed));
    await idle();
    await idle();
    expect(element.querySelectorAll('[data-news-copy]')).to.have.length(0);
  });

  it('upgrades children painted before the script without a layout shift', async () => {
    class LateArticle extends NewsArticleElement {}
    const container = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
    container.innerHTML = `<header style="height: 60px">Site header</header><late-article>${renderArticleHTML(seed)}</late-article><p id="after">After the article</p>`;
    const element = container.querySelector('late-article')!;
    const shift = await layoutShiftDuring(async () => {
      const event = settled(element);
      LateArticle.define('late-article');
      await event;
      await (element as NewsArticleElement).updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    expect(element.shadowRoot!.querySelector('[part~=headline]')).to.exist;
    expect(shift.sum, shift.moved.join('; ')).to.equal(0);
  });
});

describe('<news-article> from JSON: the reader-view copy', () => {
  it('writes the article as semantic HTML into its light DOM when idle: not shown, not in the accessibility tree', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('news-article');
    const event = settled(element);
    element.article = seed as never;
    container.append(element);
    await event;
    for (let i = 0; i < 20 && !element.querySelector('[data-news-copy]'); i++) await idle();
    const copy = element.querySelector<HTMLElement>('article[data-news-copy]');
    expect(copy, 'the copy').to.exist;
    expect(copy!.querySelector('h1')!.textContent).to.equal(seed.headline);
    expect(copy!.getClientRects()).to.have.length(0);
    expect(copy!.querySelectorAll('img:not([loading=lazy]), iframe')).to.have.length(0);
    expect((await headings()).filter((name) => name === seed.headline), 'the headline, once').to.have.length(1);
    // Replaced with the article, removed without one.
    const other = { ...seed, headline: 'Another headline' };
    element.article = other as never;
    await element.updateComplete;
    for (let i = 0; i < 20 && element.querySelector('[data-news-copy] h1')?.textContent !== 'Another headline'; i++) await idle();
    expect(element.querySelectorAll('[data-news-copy]')).to.have.length(1);
    expect(element.querySelector('[data-news-copy] h1')!.textContent).to.equal('Another headline');
  });
});
