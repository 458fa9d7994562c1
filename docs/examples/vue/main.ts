// A Vue 3 app that shows <news-article> (ArticlePage.vue).
import { createApp } from 'vue';
import type { Article } from 'news-elements';
import 'news-elements/define';
import ArticlePage from './ArticlePage.vue';
import { isCustomElement } from './custom-elements.js';

// The element validates what it gets: a document that is not an article shows its error box.
const article = (await (await fetch('/articles/seed-gu.json')).json()) as Article;

const app = createApp(ArticlePage, { article });
// For templates compiled in the browser; single-file components get it in vite.config.ts.
app.config.compilerOptions.isCustomElement = isCustomElement;
app.mount('#app');
