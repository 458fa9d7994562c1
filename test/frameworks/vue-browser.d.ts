// Vue's self-contained browser build (runtime and template compiler, no bundler defines),
// which test/frameworks/vue.test.ts loads: the same API as `vue`.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
