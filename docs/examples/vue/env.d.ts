// What `import ArticlePage from './ArticlePage.vue'` is, for tsc (Vite and vue-tsc know it).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<{ article: import('news-elements').Article }>;
  export default component;
}
