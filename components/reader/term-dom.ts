import { own } from '@/lib/own';
import type { WordPayload } from '@/lib/payload';
import { checkTermSelection, termLabel, type TermExample, type TermSelectionProblem, type TermWord } from '@/lib/practice';

// The page side of the learner's own terms: which Korean words a selection covers, and the
// sentence they stand in (kept with the term as its example).

/** Whether an element stands in the Korean column (a sentence, a title or a heading cell). */
export const isKorean = (el: Element) => el.closest('[lang]')?.getAttribute('lang') === 'ko';
export const sentenceOf = (el: Element) => el.closest<HTMLElement>('.s[data-sid]');
const sidOf = (el: Element) => sentenceOf(el)?.dataset.sid ?? '';

/** The Korean sentences of the reader, each with its words in order. */
export function koreanSentences(root: HTMLElement): { sid: string; words: HTMLElement[] }[] {
  return [...root.querySelectorAll<HTMLElement>('.s[data-sid]')]
    .filter(isKorean)
    .map((s) => ({ sid: s.dataset.sid!, words: [...s.querySelectorAll<HTMLElement>('.w[data-e]')] }));
}

/** The popover data of a word element. */
export const wordInfo = (payload: WordPayload, el: HTMLElement): TermWord | undefined => own(payload.words, `${sidOf(el)}:${el.dataset.e}`);

/** Whether the range holds at least one character of the element (not only a boundary at its edge). */
function covers(range: Range, el: HTMLElement): boolean {
  if (!range.intersectsNode(el)) return false;
  const part = document.createRange();
  part.selectNodeContents(el);
  if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
  return part.toString().trim() !== '';
}

/** The Korean words a selection covers, in reading order. */
export function selectedWords(root: HTMLElement, selection: Selection | null): HTMLElement[] {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return [];
  const range = selection.getRangeAt(0);
  const common = range.commonAncestorContainer;
  const scope = common instanceof Element ? common : common.parentElement;
  if (!scope || !root.contains(scope)) return [];
  const inside = scope.closest<HTMLElement>('.w[data-e]');
  const candidates = inside ? [inside] : [...scope.querySelectorAll<HTMLElement>('.w[data-e]')];
  return candidates.filter((w) => isKorean(w) && covers(range, w));
}

/** A selection as a term: its words, and either its lemmas and label or why it cannot be one. */
export type TermPick = {
  words: HTMLElement[];
  surfaces: string;
  check: { keys: string[] } | { problem: TermSelectionProblem };
  label: string;
};

export function describePick(payload: WordPayload, words: HTMLElement[]): TermPick {
  const infos = words.map((el) => ({ sid: sidOf(el), word: wordInfo(payload, el) }));
  return {
    words,
    surfaces: words.map((w) => w.firstChild?.textContent ?? '').join(' '),
    check: checkTermSelection(infos),
    label: termLabel(infos.flatMap((i) => (i.word ? [i.word] : []))),
  };
}

/** Selects the words from `a` to `b` (either order) as the page's text selection. */
export function selectWords(a: HTMLElement, b: HTMLElement) {
  const [first, last] = a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? [b, a] : [a, b];
  const range = document.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** An element's text as read: without readings (<rt>) or note markers; with where `first`…`last` stand in it. */
function readText(el: Element, first?: Element, last?: Element): { text: string; mark?: [number, number] } {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('rt, a[data-note]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  let start: number | undefined;
  let end: number | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (first?.contains(node) && start === undefined) start = text.length;
    text += node.textContent ?? '';
    if (last?.contains(node)) end = text.length;
  }
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return start !== undefined && end !== undefined ? { text: trimmed, mark: [start - lead, end - lead] } : { text: trimmed };
}

/** The sentence the words stand in, with its translation and where it is (without the locale). */
export function exampleOf(words: HTMLElement[]): TermExample | undefined {
  const sentence = sentenceOf(words[0]!);
  const sid = sentence?.dataset.sid;
  if (!sentence || !sid) return undefined;
  const ko = readText(sentence.querySelector('.t') ?? sentence, words[0], words.at(-1));
  const english = [...document.querySelectorAll<HTMLElement>(`.s[data-sid="${CSS.escape(sid)}"]`)].find((s) => !isKorean(s));
  const en = english ? readText(english.querySelector('.t') ?? english).text : '';
  const page = new URLSearchParams(location.search).get('page');
  const source = `${location.pathname.replace(/^\/(ko|en)(?=\/)/, '')}${page ? `?page=${encodeURIComponent(page)}` : ''}`;
  if (!/^\/(read|import)\//.test(source)) return undefined;
  return { ko: ko.text, en: en || null, source, sid, ...(ko.mark ? { mark: ko.mark } : {}) };
}
