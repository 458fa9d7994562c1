/**
 * Vue 3 in the browser, as README.md "In React, Preact and Vue" and docs/examples/vue/ show
 * it: with `isCustomElement` the template compiler leaves the tags to the browser,
 * `:article.prop` sets the property (an object, not an attribute) and `@news-article-load`
 * listens to the event; the example's own template renders so. Also a render function
 * (`h()`), which needs no compiler option. Vue is its browser build with the template
 * compiler, as a page that compiles templates at runtime loads it (an SFC compiled by Vite
 * gives the same render code; that compiler cannot see which tags are defined, hence
 * `isCustomElement` in the example's vite.config.ts).
 */
import { expect } from '@open-wc/testing';
import { createApp, h, nextTick, ref, type App } from 'vue/dist/vue.esm-browser.js';
import '../../src/define.js';
import { isCustomElement } from '../../docs/examples/vue/custom-elements.js';
import type { Article } from '../../src/article/types.js';
import { NewsArticleLoadEvent } from '../../src/components/news-article/events.js';
import type { NewsArticleElement } from '../../src/index.js';
import { nextLoad, text } from '../components/news-article/helpers.js';

const story = (headline: string): Article => ({ lang: 'en', headline, body: [{ type: 'paragraph', html: `${headline}: the body.` }] });
const headline = (element: Element) => text(element.shadowRoot!.querySelector('[part~="headline"]'));

describe('Vue 3', () => {
  let container: HTMLElement;
  let app: App | undefined;
  let warnings: string[];

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    warnings = [];
  });
  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
  });

  const mount = (component: Parameters<typeof createApp>[0]) => {
    app = createApp(component);
    app.config.compilerOptions.isCustomElement = isCustomElement;
    app.config.warnHandler = (message) => void warnings.push(message);
    app.mount(container);
  };

  it('binds `:article.prop` and listens with `@news-article-load` in a template', async () => {
    const article = story('From a Vue template');
    const heard: Event[] = [];
    const load = nextLoad(container);
    mount({
      setup: () => ({ article, onLoad: (event: Event) => heard.push(event) }),
      template: `<news-article :article.prop="article" time-zone="Asia/Kolkata" @news-article-load="onLoad"><p>Loading…</p></news-article>`,
    });
    await load;
    const element = container.querySelector('news-article') as NewsArticleElement;

    expect(element.article).to.deep.equal(article);
    expect(element.hasAttribute('article')).to.be.false;
    expect(element.timeZone).to.equal('Asia/Kolkata');
    expect(headline(element)).to.equal('From a Vue template');
    expect(heard).to.have.length(1);
    expect(heard[0]).to.be.instanceOf(NewsArticleLoadEvent);
    expect((heard[0] as NewsArticleLoadEvent).article.headline).to.equal('From a Vue template');
    expect(warnings, 'no "Failed to resolve component"').to.deep.equal([]);
  });

  it('renders the template of docs/examples/vue/ArticlePage.vue', async () => {
    const sfc = await (await fetch('/docs/examples/vue/ArticlePage.vue')).text();
    const template = /<template>([\s\S]*)<\/template>/.exec(sfc)![1]!;
    // One block the element drops, so the page's handler has a warning to show.
    const article = { ...story('The example'), body: [{ type: 'paragraph', html: 'Text.' }, { type: 'poll' }] } as unknown as Article;
    const load = nextLoad(container);
    app = createApp(
      {
        props: { article: Object },
        // The bindings of the example's <script setup>.
        setup: () => {
          const warnings = ref(0);
          return { warnings, onLoad: (event: NewsArticleLoadEvent) => (warnings.value = event.warnings.length) };
        },
        template,
      },
      { article },
    );
    app.config.compilerOptions.isCustomElement = isCustomElement;
    app.config.warnHandler = (message) => void warnings.push(message);
    app.mount(container);
    await load;
    await nextTick();

    const element = container.querySelector('news-article') as NewsArticleElement;
    expect(element.article).to.deep.equal(article);
    expect(element.timeZone).to.equal('Asia/Kolkata');
    expect(element.ads).to.equal('auto');
    expect(headline(element)).to.equal('The example');
    expect(text(container.querySelector('.note'))).to.equal('Parts of this article could not be shown (1).');
    expect(warnings).to.deep.equal([]);
  });

  it('renders from `h()` with a `.article` property and an `onNewsArticleLoad` listener', async () => {
    const heard: string[] = [];
    const load = nextLoad(container);
    mount({
      render: () => h('news-article', { '.article': story('From h()'), onNewsArticleLoad: (event: NewsArticleLoadEvent) => heard.push(event.article.headline) }),
    });
    await load;
    const element = container.querySelector('news-article') as NewsArticleElement;
    expect(headline(element)).to.equal('From h()');
    expect(heard).to.deep.equal(['From h()']);
    expect(warnings).to.deep.equal([]);
  });
});
