import type { Article, Block } from '@/lib/content/schema';

/**
 * Korean words (eojeols) a page holds at most, unless one sentence is longer. About two and a half
 * seed articles' worth would be 1,500; 1,200 keeps a page's render within twice a normal article's
 * (npm run bench), and a section boundary after 800 words ends a page early.
 */
export const PAGE_WORDS = 1_200;
/** A heading after this share of a page starts the next page, so that pages end at sections. */
const SECTION_SHARE = 2 / 3;

/** Korean words of a text: runs of non-space. e.g. countWords('서울은 봄이 아름답습니다.') → 3 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const wordsOf = (block: Block) =>
  block.kind === 'paragraph' ? block.sentences.reduce((sum, s) => sum + countWords(s.ko), 0) : countWords(block.segment.ko);

/** A paragraph longer than a page, cut between sentences into pieces of at most `limit` words (a longer sentence stays whole). */
function cutParagraph(block: Extract<Block, { kind: 'paragraph' }>, limit: number): Block[] {
  const pieces: Block[] = [];
  let sentences: typeof block.sentences = [];
  let words = 0;
  for (const sentence of block.sentences) {
    const n = countWords(sentence.ko);
    if (sentences.length > 0 && words + n > limit) {
      pieces.push({ ...block, sentences });
      [sentences, words] = [[], 0];
    }
    sentences = [...sentences, sentence];
    words += n;
  }
  if (sentences.length > 0) pieces.push({ ...block, sentences });
  return pieces;
}

/**
 * Cuts an article's blocks into pages of about `limit` Korean words, between sentences only and
 * by Korean length alone, so both languages break at the same sentence ids. A heading (with any
 * figure after it) stays with its first paragraph. Always at least one page.
 * e.g. splitPages(article.blocks).length → 1 for the seed article, 5 for ten of it
 */
export function splitPages(blocks: Block[], limit = PAGE_WORDS): Block[][] {
  // Units that may not be parted: a heading and figures, up to and including the next paragraph.
  const units: { blocks: Block[]; words: number; section: boolean }[] = [];
  let open: { blocks: Block[]; words: number; section: boolean } | null = null;
  for (const block of blocks.flatMap((b) => (b.kind === 'paragraph' && wordsOf(b) > limit ? cutParagraph(b, limit) : [b]))) {
    if (!open) open = { blocks: [], words: 0, section: block.kind === 'heading' };
    open.blocks.push(block);
    open.words += wordsOf(block);
    if (block.kind === 'paragraph' || !open.section) {
      units.push(open);
      open = null;
    }
  }
  if (open) units.push(open);

  const pages: Block[][] = [];
  let page: Block[] = [];
  let words = 0;
  for (const unit of units) {
    if (page.length > 0 && (words + unit.words > limit || (unit.section && words >= limit * SECTION_SHARE))) {
      pages.push(page);
      [page, words] = [[], 0];
    }
    page = [...page, ...unit.blocks];
    words += unit.words;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

const memo = new WeakMap<Block[], Block[][]>();

/** The pages of an article's blocks, cut once per blocks array. */
export function pagesOf(article: Pick<Article, 'blocks'>): Block[][] {
  let pages = memo.get(article.blocks);
  if (!pages) memo.set(article.blocks, (pages = splitPages(article.blocks)));
  return pages;
}

/** The segment ids of a page's blocks: headings, figures and sentences. */
export function idsOf(page: Block[]): string[] {
  return page.flatMap((block) => (block.kind === 'paragraph' ? block.sentences.map((s) => s.id) : [block.segment.id]));
}

/** The page (1-based) that holds a segment; the title and unknown ids are on page 1. e.g. pageOfSegment(article, 'p42-1') → 3 */
export function pageOfSegment(article: Pick<Article, 'blocks'>, id: string): number {
  const index = pagesOf(article).findIndex((page) => idsOf(page).includes(id));
  return index < 0 ? 1 : index + 1;
}

/**
 * The reader's page that holds a segment, without the locale (no `?page` for page 1): links to a
 * sentence add `#id`. e.g. readerPathOf({ slug: 'x', blocks }, 'p42-1') → '/read/x?page=3'
 */
export function readerPathOf(article: Pick<Article, 'slug' | 'blocks'>, id: string): string {
  const page = pageOfSegment(article, id);
  return `/read/${article.slug}${page > 1 ? `?page=${page}` : ''}`;
}

/**
 * The page a `?page=` value asks for, or null when it is not a page of this article (malformed,
 * repeated, 0, past the end). No value is page 1. e.g. parsePage('3', 5) → 3, parsePage('03', 5) → null
 */
export function parsePage(value: string | string[] | undefined | null, count: number): number | null {
  if (value === undefined || value === null) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page <= count ? page : null;
}

/**
 * One page of an article, shaped as an article: its blocks, and the translator's notes of its
 * sentences (keeping their numbers; markers and back links only for sentences on this page).
 */
export function articlePage<A extends Pick<Article, 'blocks' | 'notes'>>(article: A, page: number): A {
  const blocks = pagesOf(article)[page - 1] ?? [];
  const ids = new Set(idsOf(blocks));
  const notes = article.notes.flatMap((note) => {
    const sentenceIds = note.sentenceIds.filter((id) => ids.has(id));
    return sentenceIds.length > 0 ? [{ ...note, sentenceIds }] : [];
  });
  return { ...article, blocks, notes };
}
