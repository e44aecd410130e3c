export { ContentError } from './errors';
export { parseLanguageFile } from './parse';
export { pairArticle } from './pair';
export { loadArticles, CONTENT_ROOT } from './load';
export type { Article, ArticleMeta, Block, Note, Segment } from './schema';
