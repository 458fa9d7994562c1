// The Vite config of the Vue example (needs `@vitejs/plugin-vue`, which this repository does
// not install: the one example file test/types/tsconfig.json does not type-check).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { isCustomElement } from './custom-elements.js';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
});
