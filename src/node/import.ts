/**
 * news-elements/import on a server: the importers with parseArticle and renderArticleHTML,
 * the same rules as in the browser (parse5 in place of the DOM).
 */
export * from '../import/index.js';
export { parseArticle, type ArticleResult, type ParseOptions } from '../article/validate.js';
export { renderArticleHTML } from '../article/render-html.js';
export type * from '../article/types.js';
