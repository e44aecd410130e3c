export { ContentError } from './errors';
export { parseLanguageFile } from './parse';
export { pairArticle } from './pair';
export { loadArticles } from './load';
export { CONTENT_ROOT, contentRoots } from './roots';
export type { Article, ArticleMeta, Block, Note, Segment } from './schema';
