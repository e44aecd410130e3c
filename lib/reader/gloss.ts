import { derive, lookUp, splitCompound, type DictionaryEntry } from '@/lib/dictionary';
import {
  classifyTag,
  isJosaTag,
  romanizeEojeol,
  romanizePersonName,
  type Eojeol,
  type Morpheme,
  type NumberExpression,
} from '@/lib/korean';
import type { GlossInfo } from '@/lib/payload';
import type { Corpus } from './corpus';

/** What a gloss may be drawn from besides the text itself: its number expressions and, for an imported text, its English. */
export type GlossContext = { numbers: NumberExpression[]; suggest?: (korean: string) => string | null };

const sensesOf = (entry: DictionaryEntry) => entry.senses.join('; ');

/**
 * The English gloss of an eojeol's content word and where it comes from, in the order a reader
 * trusts them: the glossary (terms), the article lexicon, a number expression, the learner's
 * dictionary, then what can be worked out: a compound's parts, a derived word's base, a name,
 * a guess from the English beside it. (The learner's own gloss comes first, in the browser.)
 * e.g. 영업이익은 → { text: 'business; sales + profit', source: 'compound', parts: [영업, 이익] }
 */
export function glossEojeol(corpus: Corpus, eojeol: Eojeol, context: GlossContext): GlossInfo | null {
  const termId = eojeol.morphemes.find((m) => m.termId)?.termId;
  if (termId) {
    const entry = corpus.glossary.byId.get(termId);
    return entry ? { text: entry.english, source: 'glossary' } : null;
  }
  const number = context.numbers.find((n) => n.start < eojeol.end && eojeol.start < n.end);
  if (number && /^[0-9]/.test(eojeol.surface.replace(/^[^0-9가-힣A-Za-z]+/, ''))) return { text: number.gloss, source: 'number' };
  const { lemma, wordClass } = eojeol;
  if (!lemma) return number ? { text: number.gloss, source: 'number' } : null;
  const article = Object.hasOwn(corpus.glosses, lemma) ? corpus.glosses[lemma] : undefined;
  if (article) return { text: article, source: 'article' };
  const entry = lookUp(corpus.dictionary, lemma, wordClass);
  if (entry) return { text: sensesOf(entry), source: 'dictionary', ...(entry.hanja ? { hanja: entry.hanja } : {}) };
  // The word as written, where the analyser's lemma is not a word: 헐 (an interjection ko-dic reads as 허다 + -ㄹ).
  const written = wordOf(eojeol);
  const asWritten = written !== lemma && /^[가-힣]+$/.test(written) ? lookUp(corpus.dictionary, written, null) : null;
  if (asWritten) return { text: sensesOf(asWritten), source: 'dictionary', ...(asWritten.hanja ? { hanja: asWritten.hanja } : {}) };
  if (number) return { text: number.gloss, source: 'number' };
  // A derived word first: 경제적 is 경제 + -적, not 경제 + 적 “time”.
  const derived = derive(corpus.dictionary, lemma, wordClass);
  if (derived) {
    return {
      text: derived.base.senses[0]!,
      source: 'derived',
      parts: [{ lemma: derived.base.lemma, gloss: derived.base.senses[0]! }],
      affix: derived.affix,
    };
  }
  // A noun the dictionary lists only inside a word built on it: 투명 from 투명하다, 자연 from 자연스럽다.
  const root = wordClass === 'noun' && /^[가-힣]{2,}$/.test(lemma) ? rootOf(corpus, lemma) : null;
  if (root) return { text: root.senses[0]!, source: 'derived', parts: [{ lemma: root.lemma, gloss: root.senses[0]! }], root: true };
  const parts = wordClass === 'noun' || wordClass === 'proper noun' ? splitCompound(corpus.dictionary, lemma) : null;
  if (parts) {
    return {
      text: parts.map((p) => p.senses[0]).join(' + '),
      source: 'compound',
      parts: parts.map((p) => ({ lemma: p.lemma, gloss: p.senses[0]! })),
    };
  }
  const place = wordClass === 'noun' || wordClass === 'proper noun' ? placeName(corpus, lemma) : null;
  if (place) return { text: place, source: 'name', nameKind: 'place' };
  // ko-dic breaks words it does not know (쿠버네티스 → 쿠 + …), so guess from the whole word.
  const guess = context.suggest?.(wordOf(eojeol)) ?? null;
  const names = eojeol.morphemes.filter((m) => classifyTag(m.tag) === 'proper noun');
  // What ko-dic says a name is holds only for a name it knows whole; its English form, where the
  // translation has it, beats a romanization (김민수 → Kim Min-su rather than Gim Minsu).
  const kind = names.length === 1 ? names[0]!.nameKind : undefined;
  if (kind) return { text: guess ?? romanizeName(lemma, kind), source: 'name', nameKind: kind };
  if (guess) return { text: guess, source: 'guess' };
  // A word no lexicon knows that opens a line and ends in a colon names who speaks (수진: …).
  const speaker = eojeol.index === 0 && /^[가-힣]+:$/.test(eojeol.surface);
  if (speaker) return { text: romanizeName(lemma, 'person'), source: 'name', nameKind: 'person' };
  if (names.length) return { text: romanizeName(lemma, kind), source: 'name', nameKind: 'other' };
  return probableGivenName(eojeol, lemma) ? { text: romanizeName(lemma, 'person'), source: 'name', nameKind: 'probable-person' } : null;
}

/** The -하다, -되다, -스럽다 or -롭다 word the dictionary lists for a noun it does not list, if any. */
function rootOf(corpus: Corpus, noun: string): DictionaryEntry | null {
  for (const suffix of ['하다', '되다', '스럽다', '롭다']) {
    const entry = lookUp(corpus.dictionary, noun + suffix, null);
    if (entry) return entry;
  }
  return null;
}

/**
 * What a place name ends in (초당마을, 강릉역, 안목해변), in English. A noun no lexicon knows that is
 * an unknown name and one of these reads as the name romanized and the place it is.
 */
const PLACE_HEADS: [string, string][] = [
  ['해수욕장', 'Beach'],
  ['초등학교', 'Elementary School'],
  ['중학교', 'Middle School'],
  ['고등학교', 'High School'],
  ['대학교', 'University'],
  ['터미널', 'Terminal'],
  ['박물관', 'Museum'],
  ['미술관', 'Art Museum'],
  ['도서관', 'Library'],
  ['경찰서', 'Police Station'],
  ['아파트', 'Apartments'],
  ['마을', 'Village'],
  ['해변', 'Beach'],
  ['시장', 'Market'],
  ['공원', 'Park'],
  ['공항', 'Airport'],
  ['병원', 'Hospital'],
  ['호수', 'Lake'],
  ['폭포', 'Falls'],
  ['계곡', 'Valley'],
  ['거리', 'Street'],
  ['대교', 'Bridge'],
  ['학교', 'School'],
  ['역', 'Station'],
  ['항', 'Port'],
  ['섬', 'Island'],
];
function placeName(corpus: Corpus, lemma: string): string | null {
  for (const [head, english] of PLACE_HEADS) {
    const name = lemma.slice(0, -head.length);
    if (!lemma.endsWith(head) || name.length < 2 || !/^[가-힣]+$/.test(name)) continue;
    // A name the dictionary knows is no name: 지하철역 is a compound of two words, not the 지하철 station.
    if (corpus.dictionary.byLemma.has(name)) return null;
    return `${romanizeName(name, 'place')} ${english}`;
  }
  return null;
}

/**
 * Syllables that make most Korean given names (민호, 수아, 지훈, 서연 …). A two-syllable noun that no
 * lexicon knows and no split explains, both of whose syllables are among them, followed by nothing
 * but particles, is most likely a given name (ko-dic tags 민호가, 수아는 as common nouns).
 */
const GIVEN_NAME_SYLLABLES = new Set(
  '가 건 경 규 나 다 도 동 라 린 미 민 빈 상 서 석 선 성 소 수 숙 슬 승 시 아 연 영 예 온 용 우 원 유 윤 율 은 의 이 인 재 정 종 주 준 지 진 찬 채 철 태 하 한 해 현 혁 호 화 환 훈 희'.split(
    ' ',
  ),
);
function probableGivenName(eojeol: Eojeol, lemma: string): boolean {
  if (lemma.length !== 2 || ![...lemma].every((s) => GIVEN_NAME_SYLLABLES.has(s))) return false;
  const [head, ...rest] = eojeol.morphemes.filter((m) => classifyTag(m.tag) !== 'symbol');
  return !!head && head.surface === lemma && classifyTag(head.tag) === 'noun' && rest.every((m) => isJosaTag(m.tag));
}

/** The eojeol without its trailing particles and punctuation: 쿠버네티스를 → 쿠버네티스. */
function wordOf(eojeol: Eojeol): string {
  const ms = eojeol.morphemes;
  let end = ms.length;
  while (end > 1 && (isJosaTag(ms[end - 1]!.tag) || classifyTag(ms[end - 1]!.tag) === 'symbol')) end--;
  return eojeol.surface.slice(0, ms[end - 1]!.end - eojeol.start).replace(/^[^가-힣A-Za-z0-9]+/, '');
}

/**
 * A name in the Revised Romanization, capitalised; a Korean person's name of three or four syllables
 * as family name, then given name, with no sound change inside it. e.g. 김민수 → Gim Minsu, 부산 → Busan
 */
function romanizeName(name: string, kind: Morpheme['nameKind']): string {
  if (kind === 'person' && /^[가-힣]{3,4}$/.test(name)) return romanizePersonName(name);
  return name
    .split(/\s+/)
    .map((part) => romanizeEojeol(part, 'proper noun') ?? part)
    .join(' ');
}
