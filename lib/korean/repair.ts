import {
  TAG,
  classifyTag,
  isLexicalPredicateTag,
  isNominalTag,
  isNounTag,
  isPredicateTag,
  tagForPunctuation,
  tagInfo,
  type Tag,
} from './tags';
import { findGrammar } from './grammar';
import { endsInConsonant, splitParticles, type CompiledLexicon, type KnownWords } from './lexicon';
import { tokenizeKorean } from './lindera';
import { forEachWord, newMorpheme, type Morpheme } from './types';

const LEADING = /^[‘“'"(\[「『]+/;
const TRAILING = /[.,!?;:…’”'")\]」』]+$/;
const WORDLIKE = /[가-힣\w]/;

/**
 * ko-dic over a stretch of text in one call, so that every word keeps its neighbours as context,
 * then each eojeol checked, and repaired only where ko-dic's own analysis is implausible.
 * e.g. tokenizeRepaired('조명이 있어서', 0, 7, lexicon) → 조명/NNG 이/JKS 있/VV 어서/EC
 */
export function tokenizeRepaired(text: string, from: number, to: number, lexicon: CompiledLexicon): Morpheme[] {
  const tokens = tokenizeKorean(text.slice(from, to), from);
  const out: Morpheme[] = [];
  let k = 0;
  forEachWord(text, from, to, (start, end) => {
    const first = k;
    while (k < tokens.length && tokens[k]!.start < end) k++;
    repairTokens(text.slice(start, end), start, tokens, first, k, lexicon, out, out.at(-1), opensSentence(text, start));
  });
  for (; k < tokens.length; k++) out.push(tokens[k]!);
  return out;
}

/**
 * One eojeol without its neighbours, or null to leave it to ko-dic in context. Only eojeols whose
 * surface can hide a known ko-dic error are looked at: a 이 after the first syllable (the embedded
 * ko-dic has no 이/JKS and no syllable 이/VCP) and decimal numbers. Prefer tokenizeRepaired.
 */
export function repairEojeol(piece: string, offset: number, lexicon: CompiledLexicon): Morpheme[] | null {
  const core = coreOf(piece);
  if (lexicon.fixed.has(core.text)) return repairTokens(piece, offset, [], 0, 0, lexicon, []);
  if (!/[가-힣A-Za-z0-9]이/.test(core.text) && !/\d[.,]\d/.test(core.text)) return null;
  const tokens = readAlone(piece, offset, false);
  const repaired = repairTokens(piece, offset, tokens, 0, tokens.length, lexicon, []);
  const same = repaired.length === tokens.length && repaired.every((m, i) => m.tag === tokens[i]!.tag && m.end === tokens[i]!.end);
  return same ? null : repaired;
}

/** The word inside its punctuation: ‘조명이’, → 조명이. */
function coreOf(piece: string) {
  if (WORDLIKE.test(piece[0]!) && WORDLIKE.test(piece.at(-1)!)) return { lead: '', trail: '', text: piece };
  const lead = LEADING.exec(piece)?.[0] ?? '';
  const trail = TRAILING.exec(piece.slice(lead.length))?.[0] ?? '';
  return { lead, trail, text: piece.slice(lead.length, piece.length - trail.length) };
}

/** Whether the eojeol at `start` opens a sentence: the text's start, a new line, or after . ! ? … (and a closing quote). */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && CLOSING_QUOTES.includes(text[i]!)) i--;
  return i < 0 || SENTENCE_ENDS.includes(text[i]!);
}
const SENTENCE_ENDS = '\n\r.!?…。';
const CLOSING_QUOTES = '"”’\'』」';

/**
 * Words that open a sentence as a conjunctive adverb (접속 부사) but that ko-dic reads as a verb
 * form: 하지만 "but, however" is not 하다 + -지만 there (공부는 하지만 어렵다 keeps the verb).
 */
const SENTENCE_ADVERBS = new Set(['하지만']);

/**
 * ko-dic's tokens of one eojeol (in context), tokens[lo, hi), repaired where they are implausible and
 * pushed onto `out`, which is returned. A range and a sink rather than a slice in and an array out:
 * this runs for every eojeol of every text.
 */
function repairTokens(
  piece: string,
  offset: number,
  tokens: Morpheme[],
  lo: number,
  hi: number,
  lexicon: CompiledLexicon,
  out: Morpheme[],
  previous?: Morpheme,
  opens = false,
): Morpheme[] {
  const { lead, trail, text } = coreOf(piece);
  const at = offset + lead.length;
  const end = at + text.length;
  const entry = lexicon.fixed.get(text);
  if (entry) {
    let pos = at;
    for (let k = 0; k < lead.length; k++) out.push(symbol(lead[k]!, offset + k));
    for (const { surface, tag, lemma } of entry.morphemes) out.push(make(surface, (pos += surface.length) - surface.length, tag, lemma));
    for (let k = 0; k < trail.length; k++) out.push(symbol(trail[k]!, end + k));
    return out;
  }
  // The word's own tokens; the punctuation around it passes through. A token across its edge: leave it all.
  let first = lo;
  while (first < hi && tokens[first]!.end <= at) first++;
  let last = first;
  while (last < hi && tokens[last]!.end <= end) last++;
  if (first === last || tokens[first]!.start < at || (last < hi ? tokens[last]!.start : end) < end) return pushRange(out, tokens, lo, hi);
  if (opens && SENTENCE_ADVERBS.has(text)) {
    pushRange(out, tokens, lo, first).push(make(text, at, TAG.MAJ));
    return pushRange(out, tokens, last, hi);
  }
  // Each step returns its input when it has nothing to do, so most eojeols cost a few comparisons.
  const own = tokens.slice(first, last);
  let core = own.some((m) => m.parts) ? checkStems(own.flatMap(cleanParts)) : own;
  if (/\d[.,]\d/.test(text)) core = mergeNumbers(core);
  if (lexicon.known && cannotStart(core[0]!.tag)) core = irregularAtStart(text, at, core, lexicon.known);
  core = startsWell(text, at, core, previous);
  core = mainVerb(core, previous);
  core = nounAfterModifier(text, at, core, previous);
  if (text[0] === '수') core = boundNounSu(core, previous);
  if (text.indexOf('이', 1) > 0) core = subjectOrCopula(text, at, core);
  if (core.some((m) => m.parts)) core = nounNotVerb(text, at, core);
  if (core.some((m) => m.surface === '뿐이' && m.tag === TAG.JX)) core = onlyAndCopula(core, at);
  if (core.length > 1) core = droppedCopula(core);
  if (lexicon.known) {
    const known = lexicon.known;
    core = lexicalised(inventedPredicate(text, at, irregularStems(nounAndCopula(core, known), known), known), known);
  }
  pushRange(out, tokens, lo, first);
  for (const morpheme of core) out.push(morpheme);
  return pushRange(out, tokens, last, hi);
}

/** Pushes from[lo, hi) onto `out`; returns `out`. */
function pushRange(out: Morpheme[], from: Morpheme[], lo: number, hi: number): Morpheme[] {
  for (let k = lo; k < hi; k++) out.push(from[k]!);
  return out;
}

/**
 * ko-dic on a short string read alone (a stem, an eojeol, a copula's endings), parts cleaned unless
 * asked not to, with offsets from `at`. Remembered: the same stems and endings come back in every text.
 */
function readAlone(text: string, at: number, clean = true): Morpheme[] {
  const key = clean ? text : `\u0000${text}`;
  let read = ALONE.get(key);
  if (!read) {
    if (ALONE.size >= 20_000) ALONE.clear();
    read = clean ? tokenizeKorean(text).flatMap(cleanParts) : tokenizeKorean(text);
    ALONE.set(key, read);
  }
  return read.map((m) => ({ ...m, start: m.start + at, end: m.end + at }));
}
const ALONE = new Map<string, Morpheme[]>();

/**
 * An inflected token's parts, made to agree with its surface. Where they spell it, the token is
 * split into one morpheme per part (들이 → 들/XSN + 이/JKS); parts that are not in the surface
 * (the ㄹ/ETM of 것이, which belongs to the word before) are dropped; a one-part expression that
 * renames a non-predicate (물론 → 몰론, 이것 → 이거) gives way to the surface.
 */
function cleanParts(m: Morpheme): Morpheme[] {
  const parts = m.parts;
  if (!parts) return [m];
  for (let k = 0; k < parts.length; k++) {
    const rest = parts.slice(k);
    // Only a leading particle or ending can belong to the word before; a leading 이/VCP is a dropped copula (든 = 이+든).
    if (k > 0 && !['eomi', 'josa'].includes(tagInfo(parts[k - 1]!.tag).role)) break;
    if (rest.map((p) => p.form).join('') !== m.surface) continue;
    let pos = m.start;
    return rest.map((p) => make(p.form, (pos += p.form.length) - p.form.length, p.tag));
  }
  return parts.length === 1 && !isPredicateTag(m.tag) ? [withoutParts(m)] : [m];
}

/** Stems that lindera's ko-dic names by another verb every time, even in 가다 (→ 갈다): 가 is 가다. */
const AS_WRITTEN = new Set(['가']);

/**
 * A predicate stem that ko-dic names by another stem (가 → 갈다, 들 → 듣다) is only that stem where
 * an irregular conjugation makes the one from the other before this ending; otherwise the stem is
 * what is written: 가기 ← 가다 (ㄹ drops only before ㄴ, ㅂ, ㅅ, 오), 안고 ← 안다 (not 알다),
 * 가리키는 ← 가리키다 (ko-dic's 가르키 is a misspelling).
 */
function checkStems(morphemes: Morpheme[]): Morpheme[] {
  return morphemes.map((m, i) => {
    const named = m.parts?.length === 1 ? m.parts[0]!.form : null;
    const next = morphemes[i + 1];
    if (!named || named === m.surface || !next || !isPredicateTag(m.tag)) return m;
    const first = (next.parts?.[0]?.form ?? next.surface)[0]!;
    return conjugates(named, m.surface, first) && !AS_WRITTEN.has(m.surface) ? m : withoutParts(m);
  });
}

/** Whether the stem `named` is written `surface` before an ending that starts with `next`. */
function conjugates(named: string, surface: string, next: string): boolean {
  const vowel = startsWithVowel(next);
  const [was, is] = [finalOf(named), finalOf(surface)];
  // 르: 모르 → 몰라; ㅂ: 스럽 → 스러우(면서), 가깝 → 가까워
  if (named.endsWith('르') && named.length === surface.length + 1) return vowel && is === RIEUL && named.startsWith(surface.slice(0, -1));
  if (was === BIEUP) return surface.startsWith(named.slice(0, -1) + withoutFinal(named.at(-1)!));
  if (
    named.length !== surface.length ||
    !named.startsWith(surface.slice(0, -1)) ||
    withoutFinal(named.at(-1)!) !== withoutFinal(surface.at(-1)!)
  )
    return false;
  if (was === RIEUL && is === 0) return /^[ㄴㅂㅅ오]/.test(next) || [2, 7, 9].includes(initialOf(next));
  if ((was === DIGEUT && is === RIEUL) || (was === SIOT && is === 0)) return vowel;
  return was === HIEUT;
}

/** Decimal and grouped numbers that ko-dic cuts at the point or comma: 1.2배, 1,300조 → 1.2, 1,300. */
function mergeNumbers(morphemes: Morpheme[]): Morpheme[] {
  const out: Morpheme[] = [];
  for (const m of morphemes) {
    const [number, mark] = [out.at(-2), out.at(-1)];
    const joins = number && mark && tagInfo(number.tag).role === 'number' && tagInfo(m.tag).role === 'number' && number.end === mark.start;
    if (joins && mark.end === m.start && (mark.surface === '.' || (mark.surface === ',' && /^\d{3}$/.test(m.surface)))) {
      out.splice(-2, 2, make(number.surface + mark.surface + m.surface, number.start, number.tag));
    } else out.push(m);
  }
  return out;
}

/** Bound nouns (의존 명사), which stand after a modifier: 떠난 지, 말한 대로, 볼 만, 할 뿐, 갈 데. */
const BOUND_NOUNS = new Set('것 거 지 대로 만 만큼 뿐 듯 데 바 수 줄 적 터 테 채 척 체 셈 뻔 리 김 탓 때문'.split(' '));

/**
 * One-syllable nouns that ko-dic reads as a verb form (번 → 벌+ㄴ, 줄 → 주+ㄹ, 편 → 펴+ㄴ, 해 → 하+어)
 * where what comes before shows a noun: a modifier ending, which a noun must follow (낼 줄 아는,
 * 잘하는 편, 한 번), a determiner or a number (그 해, 수십 번). The particles after it stay.
 */
const NOUN_AFTER: Record<string, Tag> = { 줄: TAG.NNB, 편: TAG.NNB, 번: TAG.NNB, 해: TAG.NNG };
/** A modifier ending (what follows it is a noun), a determiner, a number. */
const NOUN_BEFORE = new Set<string>([TAG.ETM, TAG.MM, TAG.NR, TAG.SN]);
function nounAfterModifier(text: string, at: number, core: Morpheme[], previous?: Morpheme): Morpheme[] {
  const first = core[0];
  if (!first || first.start !== at || !isPredicateTag(first.parts?.[0]?.tag ?? first.tag)) return core;
  const last = previous?.parts?.at(-1)?.tag ?? previous?.tag ?? '';
  const before = last.split('+').at(-1) ?? '';
  const noun = text[0]!;
  const tag = NOUN_BEFORE.has(before) ? NOUN_AFTER[noun] : undefined;
  const particles = tag && splitParticles(text.slice(1));
  if (!tag || !particles) return core;
  let pos = at + 1;
  return [make(noun, at, tag), ...particles.map((p) => make(p.surface, (pos += p.surface.length) - p.surface.length, p.tag))];
}

/** Contractions of the bound noun 것 with a particle, as an eojeol after a modifier: 할 게 없다 (것이). */
const GEOT: Record<string, { josa: string; tag: string }> = {
  게: { josa: '이', tag: TAG.JKS },
  건: { josa: 'ㄴ', tag: TAG.JX },
  걸: { josa: 'ㄹ', tag: TAG.JKO },
};

/**
 * An eojeol cannot start with an ending, a particle or a suffix; ko-dic does that when the word
 * before pulls it (주요 고객사는 → 주요 + 고/EC + 객사). After a modifier it is a bound noun
 * (갈 데 → 데/NNB) or a contraction of 것 (할 게 → 것/NNB + 이/JKS); otherwise it is read alone.
 */
function startsWell(text: string, at: number, core: Morpheme[], previous?: Morpheme): Morpheme[] {
  if (core[0]!.start !== at || !cannotStart(core[0]!.tag)) return core;
  // After a modifier, ko-dic tags bound nouns as endings or particles (할 게/EC, 떠난 지/EC, 볼 만/JX).
  const lastOfPrevious = previous?.parts?.at(-1)?.tag ?? previous?.tag ?? '';
  if (lastOfPrevious.split('+').at(-1) === TAG.ETM) {
    const [first, ...others] = core;
    const geot = Object.hasOwn(GEOT, text) ? GEOT[text] : undefined;
    if (geot) {
      const parts = [
        { form: '것', tag: TAG.NNB },
        { form: geot.josa, tag: geot.tag },
      ];
      return [{ ...make(text, at, `${TAG.NNB}+${geot.tag}`, '것'), parts }];
    }
    // 만큼 after a modifier is the bound noun "as much as, since" (노력한 만큼), not the particle of 서울만큼.
    if (first!.surface === '만큼') return [make('만큼', first!.start, TAG.NNB), ...others];
    // Those the josa/eomi table explains keep ko-dic's tag and its explanation (볼 만/JX).
    if (findGrammar(first!.surface, first!.tag)) return core;
    if (BOUND_NOUNS.has(first!.surface)) return [make(first!.surface, first!.start, TAG.NNB), ...others];
  }
  const alone = mergeNumbers(checkStems(readAlone(text, at)));
  return !alone.length || cannotStart(alone[0]!.tag) ? core : alone;
}

/** What cannot begin a word: an ending, a particle, a suffix, the copula 이다 (다만 is not 이+다만; 아니다 may). */
function cannotStart(tag: string): boolean {
  const { role, head } = tagInfo(tag);
  return role === 'eomi' || role === 'josa' || (role === 'affix' && !head) || tag === TAG.VCP || tag.startsWith(`${TAG.VCP}+`);
}

/**
 * 있다 right after a verb's -고 or -아/어 is the auxiliary of -고 있다 (is doing) and -아/어 있다 (is in
 * the state of), not 있다 "to exist" that ko-dic tags as an adjective: 잡고 있습니다, 놓여 있다.
 */
function auxiliaryIssda(first: Morpheme, previous?: Morpheme): boolean {
  const stem = first.parts?.[0] ?? { form: first.surface, tag: first.tag };
  if (stem.form !== '있' || (stem.tag !== TAG.VA && stem.tag !== TAG.VV)) return false;
  const ending = previous?.parts?.at(-1) ?? (previous && { form: previous.surface, tag: previous.tag });
  return !!ending && ending.tag === TAG.EC && /^(고|[아어여])$/.test(ending.form) && previous!.end < first.start;
}

/**
 * An auxiliary verb helps the verb before it, after that verb's ending (먹어 주다, 가야 한다).
 * Opening an eojeol after anything else it is the main verb: 돈을 주고 → 주/VV, not 주/VX.
 */
function mainVerb(core: Morpheme[], previous?: Morpheme): Morpheme[] {
  const [first, ...others] = core;
  if (first && auxiliaryIssda(first, previous)) {
    const parts = first.parts?.map((p, k) => (k === 0 ? { ...p, tag: TAG.VX } : p));
    const tag = [TAG.VX, ...first.tag.split('+').slice(1)].join('+');
    return [{ ...first, tag, wordClass: classifyTag(TAG.VX), ...(parts ? { parts } : {}) }, ...others];
  }
  if (!first || tagInfo(first.tag).role !== 'auxiliary') return core;
  // ko-dic tags some connective endings as final ones (가야/EF 한다), and 뻔하다, 만하다 follow a modifier.
  const ending = (previous?.parts?.at(-1)?.tag ?? previous?.tag ?? '').split('+').at(-1)!;
  if (tagInfo(ending).role === 'eomi') return core;
  const verb = (tag: string) => [TAG.VV, ...tag.split('+').slice(1)].join('+');
  const parts = first.parts?.map((p, k) => (k === 0 ? { ...p, tag: verb(p.tag) } : p));
  return [{ ...first, tag: verb(first.tag), wordClass: classifyTag(TAG.VV), ...(parts ? { parts } : {}) }, ...others];
}

/**
 * The embedded ko-dic has no 이/JKS and no syllable 이/VCP, so after a noun it fuses the 이 into a
 * neighbour (조명이 → 조 + 명이, 상황이 → 상 + 황이), leaves it UNK, or reads the copula as
 * something else (때문이다 → 때문 + 이다/JC, 미래적이고 → … + 이고 as 며칠+이+고). Each 이 after a
 * noun whose analysis is one of these becomes the subject particle (eojeol-final, after a final
 * consonant) or the copula with its endings (read by ko-dic through 아니다, which conjugates the
 * same way). ko-dic's words with 이 stay: 고양이, 낱낱이, 같이, 줄이고, 이용 in 서비스이용.
 */
function subjectOrCopula(text: string, at: number, core: Morpheme[]): Morpheme[] {
  for (let i = 1; i < text.length; i++) {
    // 이 then 이/입/인…: the second is the copula (투성이입니다), the first belongs to the word.
    if (text[i] !== '이' || /^[이입인일임]/.test(text.slice(i + 1))) continue;
    const pos = at + i;
    const covering = core.find((m) => m.start <= pos && pos < m.end);
    if (!covering || isCopulaOrSubject(covering) || (covering.start === pos && JOSA_WITH_I.has(covering.surface))) continue;
    let stem = core.filter((m) => m.end <= pos);
    if (covering.start < pos) {
      // 이 inside a longer word (데이터를), or a word of ko-dic's from the eojeol's start that cannot hide it (같이, 고양이).
      if (covering.end !== pos + 1 && covering.end !== at + text.length) continue;
      if (covering.start === at && !mayHide(covering, text.slice(0, i), core)) continue;
      // 이 fused into a token that begins inside the stem: compare with the stem read alone.
      const alone = readAlone(text.slice(0, i), at);
      const last = alone.at(-1);
      if (!last || !isNominalTag(last.tag)) continue;
      if (last.start === covering.start && !splitsWholeWord(covering, last, core)) continue;
      // ko-dic's tokens in context up to where the stem read alone parts from them, then the alone reading.
      const from = alone.find((m) => m.end > covering.start)!.start;
      const kept = stem.filter((m) => m.end <= from);
      stem = (kept.at(-1)?.end ?? at) === from ? [...kept, ...alone.filter((m) => m.start >= from)] : alone;
    } else if (!takesParticle(stem.findLast((m) => !CLOSERS.test(m.surface)))) {
      // A lone 이 after what cannot take it (역할이 → 역하+ㄹ/ETM + 이): the stem read alone (역할/NNG).
      const alone = covering.surface === '이' ? readAlone(text.slice(0, i), at) : [];
      if (!takesParticle(alone.at(-1)) || alone.at(-1)!.end !== pos) continue;
      stem = alone;
    }
    const rest = text.slice(i + 1);
    const tail = rest ? copula(rest, pos) : subject(text.slice(0, i).replace(/[’”'")\]」』]+$/, ''), pos);
    if (tail) return [...stem, ...tail];
  }
  return core;
}

const CLOSERS = /^[’”'")\]」』]+$/;
/** Particles that take 이 after a final consonant, the (이)나 family: ko-dic knows them, and they stay. */
const JOSA_WITH_I = new Set(['이나', '이나마', '이야', '이야말로', '이란', '이랑', '이라도', '이든', '이든지', '이여', '이라고']);

/** A noun, or a verb made a noun by -(으)ㅁ or -기 (믿음이, 하기가): what particles attach to. */
const takesParticle = (m: Morpheme | undefined) =>
  !!m && (isNominalTag(m.tag) || (m.parts?.at(-1)?.tag ?? m.tag).split('+').at(-1) === TAG.ETN);

const isCopulaOrSubject = (m: Morpheme) => tagInfo(m.tag).role === 'copula' || (m.surface === '이' && m.tag === TAG.JKS);

/**
 * ko-dic's word X이 where X alone is a noun: 고양이 (a word) or 돈이/NNP (돈 + 이)? Split when X is
 * a one-syllable noun ending in a consonant (말이, 일이, 등이: ko-dic's rare readings), when a
 * common noun became a proper one (돈이/NNP, 정성이/NNP), or when a verb stem is left with no ending.
 */
function splitsWholeWord(word: Morpheme, stem: Morpheme, core: Morpheme[]): boolean {
  const { predicate, nominal } = tagInfo(word.tag);
  // A word is not built on a suffix: 인상적이다 is 인상+적+이다, not a verb 적이다.
  if (tagInfo(stem.tag).role === 'affix') return true;
  const ending = core.some((m) => m.start >= word.end && ['eomi', 'copula'].includes(tagInfo(m.tag).role));
  if (predicate) return !ending && !word.parts?.length;
  // A noun then a particle is well formed (종이로); a noun then nothing, or an ending, is where 이 may hide.
  // The subject 이 needs a final consonant before it; the copula does not (7개이다).
  if (!nominal || !isNounTag(stem.tag)) return false;
  if (!ending && (core.at(-1) !== word || !endsInConsonant(stem.surface))) return false;
  return stem.surface.length === 1 || (classifyTag(word.tag) === 'proper noun' && classifyTag(stem.tag) === 'noun');
}

/**
 * After -(으)ㄹ, 수 is the bound noun of -(으)ㄹ 수 있다, never 수 "number", 수도 "capital" or 수가
 * "handwork": 점할 수 → 수/NNB, 할 수도 → 수/NNB + 도/JX.
 */
function boundNounSu(core: Morpheme[], previous?: Morpheme): Morpheme[] {
  const [first, ...others] = core;
  const modifier = previous?.parts?.at(-1) ?? (previous && { form: previous.surface, tag: previous.tag });
  if (!first || !modifier || tagInfo(modifier.tag).role !== 'eomi' || !/^(ㄹ|을)$/.test(modifier.form)) return core;
  if (!first.surface.startsWith('수') || !isNounTag(first.tag)) return core;
  if (first.surface === '수') return first.tag === TAG.NNB ? core : [make('수', first.start, TAG.NNB), ...others];
  const particles = splitParticles(first.surface.slice(1));
  if (!particles?.length) return core;
  let pos = first.start + 1;
  const josa = particles.map((p) => make(p.surface, (pos += p.surface.length) - p.surface.length, p.tag));
  return [make('수', first.start, TAG.NNB), ...josa, ...others];
}

/** 하다 and 되다 make verbs of nouns, so a noun then 해 or 돼 is one verb (리뷰해). */
const LIGHT_VERBS = new Set(['하', '되']);

/**
 * A noun then a one-syllable verb that ko-dic had to bend to read it (고객사 → 고객 + 사/VV+아,
 * 고객사는 → 고객 + 사(살다) + 는/ETM), then nothing but what could be particles: read with a
 * particle after it, ko-dic sees a noun (고객사를 → 고객 + 사/NNG), so it is the noun and its particles.
 */
function nounNotVerb(text: string, at: number, core: Morpheme[]): Morpheme[] {
  const k = core.findIndex((m, i) => i > 0 && m.parts && m.surface.length === 1 && tagInfo(m.parts[0]!.tag).role === 'lexical');
  const [noun, verb] = [core[k - 1], core[k]];
  if (!noun || !verb?.parts || !isNounTag(noun.tag) || noun.end !== verb.start || LIGHT_VERBS.has(verb.parts[0]!.form)) return core;
  const bent = verb.parts.length === 1 || (verb.parts.length === 2 && /^[아어]$/.test(verb.parts[1]!.form));
  const particles = splitParticles(text.slice(verb.end - at));
  if (!bent || !particles) return core;
  const word = text.slice(0, verb.end - at);
  const read = readAlone(word + (endsInConsonant(word) ? '을' : '를'), at).slice(0, -1);
  const nouns = read.filter((m) => m.start >= noun.start);
  if (read.at(-1)?.end !== verb.end || !nouns.length || !nouns.every((m) => isNounTag(m.tag))) return core;
  let pos = verb.end;
  const josa = particles.map((p) => make(p.surface, (pos += p.surface.length) - p.surface.length, p.tag));
  return [...core.slice(0, k - 1), ...nouns, ...josa];
}

/**
 * ko-dic reads 뿐 + the copula as one particle, 뿐이/JX: it is 뿐 "only" and 이다. 뿐 opening an
 * eojeol follows a modifier and is the bound noun (웃을 뿐이다); after a noun it is the particle (너뿐이다).
 */
function onlyAndCopula(core: Morpheme[], at: number): Morpheme[] {
  return core.flatMap((m) =>
    m.surface === '뿐이' && m.tag === TAG.JX
      ? [make('뿐', m.start, m.start === at ? TAG.NNB : TAG.JX), make('이', m.start + 1, TAG.VCP, '이다')]
      : [m],
  );
}

/**
 * ko-dic reads some nouns it lacks, loanwords above all, as a verb it invents: 치킨 → 치키/VV + ㄴ,
 * 도메인을 → 도/JX + 메이/VV + ㄴ/ETM + …. Where the learner's dictionary knows no such verb or
 * adjective, but knows the eojeol as one of its nouns followed by nothing but particles, it is that
 * noun: 치킨을 → 치킨/NNG + 을/JKO. A verb the dictionary knows stays (그린 → 그리다, 연 → 열다).
 */
function inventedPredicate(text: string, at: number, core: Morpheme[], known: KnownWords): Morpheme[] {
  const invented = core.some((m) =>
    m.parts
      ? m.parts.some((part) => isLexicalPredicateTag(part.tag) && !known.predicates.has(`${part.form}다`))
      : isLexicalPredicateTag(m.tag) && !known.predicates.has(m.lemma),
  );
  if (!invented) return core;
  for (let length = text.length; length >= 2; length--) {
    const noun = text.slice(0, length);
    const particles = known.nouns.has(noun) ? splitParticles(text.slice(length)) : null;
    if (!particles) continue;
    let pos = at + length;
    return [make(noun, at, TAG.NNG), ...particles.map((p) => make(p.surface, (pos += p.surface.length) - p.surface.length, p.tag))];
  }
  return core;
}

/**
 * Words the dictionary lists whole that ko-dic builds from parts, in one eojeol:
 * - an adverb and a verb that make one verb: 더/MAG + 하/VV → 더하다, 오래/MAG + 되/VV → 오래되다 (an adjective);
 * - a verb with -(으)ㅁ that is a noun of its own: 움직이/VV + ㅁ/ETN → 움직임, 믿/VV + 음/ETN → 믿음
 *   (not the light and existential verbs: 함, 됨, 있음, 없음 stay nominalised);
 * - a noun + 하 whose -하다 word the dictionary lists only as a verb (무장하다) or only as an adjective.
 */
const STAY_NOMINALISED = new Set(['하', '되', '있', '없', '이', '아니', '않']);
function lexicalised(core: Morpheme[], known: KnownWords): Morpheme[] {
  let out = core;
  for (let k = 0; k + 1 < out.length; k++) {
    const [m, next] = [out[k]!, out[k + 1]!];
    if (m.tag !== TAG.MAG || m.parts || m.end !== next.start) continue;
    const stem = next.parts?.[0] ?? { form: next.surface, tag: next.tag };
    const kind = isLexicalPredicateTag(stem.tag) && known.predicates.get(`${m.surface}${stem.form}다`);
    if (kind) {
      const tag = kind === 'adjective' ? TAG.VA : stem.tag;
      const joined = `${m.surface}${stem.form}`;
      const parts = next.parts && [{ form: joined, tag }, ...next.parts.slice(1)];
      const merged = {
        ...make(
          m.surface + next.surface,
          m.start,
          next.parts ? [tag, ...next.parts.slice(1).map((p) => p.tag)].join('+') : tag,
          `${joined}다`,
        ),
        ...(parts ? { parts } : {}),
      };
      out = [...out.slice(0, k), merged, ...out.slice(k + 2)];
    }
  }
  // A noun + 하 that ko-dic makes an adjective where the dictionary has only the verb, or the reverse: 무장/NNG + 한/XSA → XSV.
  for (let k = 0; k + 1 < out.length; k++) {
    const [noun, next] = [out[k]!, out[k + 1]!];
    const suffix = next.parts?.[0] ?? { form: next.surface, tag: next.tag };
    if (!isNounTag(noun.tag) || suffix.form !== '하' || (suffix.tag !== TAG.XSA && suffix.tag !== TAG.XSV)) continue;
    const kind = known.predicates.get(`${noun.surface}하다`);
    const tag = kind === 'verb' ? TAG.XSV : kind === 'adjective' ? TAG.XSA : suffix.tag;
    if (tag === suffix.tag) continue;
    const relabel = (t: string) => (t === suffix.tag ? tag : t);
    const retagged = next.parts
      ? {
          ...next,
          tag: [tag, ...next.parts.slice(1).map((p) => p.tag)].join('+'),
          parts: next.parts.map((p, i) => (i ? p : { ...p, tag })),
        }
      : { ...next, tag: relabel(next.tag), wordClass: classifyTag(tag) };
    out = [...out.slice(0, k + 1), retagged, ...out.slice(k + 2)];
  }
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const next = out[k + 1];
    const fused = m.parts?.length === 2 && m.parts[1]!.tag === TAG.ETN ? m.parts[0]! : null;
    const stem = fused ?? (next?.tag === TAG.ETN && next.start === m.end && !m.parts ? { form: m.surface, tag: m.tag } : null);
    if (!stem || !isLexicalPredicateTag(stem.tag) || STAY_NOMINALISED.has(stem.form)) continue;
    const surface = fused ? m.surface : m.surface + next!.surface;
    if (!/[ㅁ음]$/.test(fused ? m.parts![1]!.form : next!.surface) || !known.nouns.has(surface)) continue;
    out = [...out.slice(0, k), make(surface, m.start, TAG.NNG), ...out.slice(k + (fused ? 1 : 2))];
  }
  return out;
}

/**
 * Irregular stems that ko-dic leaves as written, with a verb of its own invention, where the
 * learner's dictionary knows the regular one:
 * - ㅂ-irregular before -아/어, cut after the 워/와: 가까워/VV + 서/EC → 가깝/VA + 어서/EC (가깝다),
 *   도와/VV + 요 → 돕/VV + 아요;
 * - a verb in ㄴ before -다고, -다면 … that ko-dic reads as an unknown noun and the copula:
 *   밴/NNG + 다고/VCP+EC → 배/VV + ㄴ다고/EC (배다), as ko-dic itself reads 간다고.
 * Nothing changes where the dictionary knows the word as written.
 */
function irregularStems(core: Morpheme[], known: KnownWords): Morpheme[] {
  let out = core;
  for (let k = 0; k < out.length; k++) {
    const [m, next] = [out[k]!, out[k + 1]];
    const adjacentEnding = next && next.start === m.end && !next.parts && tagInfo(next.tag).role === 'eomi' ? next : undefined;
    let stem: string | undefined;
    let ending: string | undefined;
    if (isLexicalPredicateTag(m.tag) && !m.parts && /.[워와]$/.test(m.surface) && !known.predicates.has(`${m.surface}다`)) {
      const base = m.surface.slice(0, -1);
      if (finalOf(base.at(-1)!) !== 0) continue;
      stem = base.slice(0, -1) + withFinal(base.at(-1)!, BIEUP);
      ending = (m.surface.endsWith('와') ? '아' : '어') + (adjacentEnding?.surface ?? '');
    } else if (
      isNounTag(m.tag) &&
      !m.parts &&
      finalOf(m.surface) === NIEUN &&
      !known.nouns.has(m.surface) &&
      next?.start === m.end &&
      next.parts?.[0]?.tag === TAG.VCP &&
      next.surface.startsWith('다')
    ) {
      stem = m.surface.slice(0, -1) + withoutFinal(m.surface.at(-1)!);
      if (known.predicates.get(`${stem}다`) !== 'verb') continue;
      const rest = next.parts.slice(1);
      if (rest.map((p) => p.form).join('') !== next.surface) continue;
      ending = `ㄴ${next.surface}`;
      const tags = [TAG.VV, rest.at(-1)!.tag];
      const merged = {
        ...make(m.surface + next.surface, m.start, tags.join('+'), `${stem}다`),
        parts: [
          { form: stem, tag: TAG.VV },
          { form: ending, tag: tags[1]! },
        ],
      };
      out = [...out.slice(0, k), merged, ...out.slice(k + 2)];
      continue;
    }
    const kind = stem ? known.predicates.get(`${stem}다`) : undefined;
    if (!stem || !ending || !kind) continue;
    const tag = kind === 'adjective' ? TAG.VA : TAG.VV;
    const endingTag = adjacentEnding?.tag ?? TAG.EC;
    const surface = m.surface + (adjacentEnding?.surface ?? '');
    const merged = {
      ...make(surface, m.start, `${tag}+${endingTag}`, `${stem}다`),
      parts: [
        { form: stem, tag },
        { form: ending, tag: endingTag },
      ],
    };
    out = [...out.slice(0, k), merged, ...out.slice(k + (adjacentEnding ? 2 : 1))];
  }
  return out;
}

/**
 * A noun + the copula 이 that ko-dic reads as one unknown word ending in 이, where the dictionary
 * knows the noun and not the longer word: 편이/NNG + 에/JKB + 요/JX → 편 + 이/VCP + 에요/EF
 * (잘 먹는 편이에요); 편이/XR + 었/EP + 지만 → 편 + 이/VCP + 었 + 지만.
 */
function nounAndCopula(core: Morpheme[], known: KnownWords): Morpheme[] {
  for (let k = 0; k + 1 < core.length; k++) {
    const [m, next] = [core[k]!, core[k + 1]!];
    if ((!isNounTag(m.tag) && m.tag !== TAG.XR) || m.parts || !/.이$/.test(m.surface) || next.start !== m.end) continue;
    const noun = m.surface.slice(0, -1);
    const bound = BOUND_NOUNS.has(noun) || Object.hasOwn(NOUN_AFTER, noun);
    if (known.nouns.has(m.surface) || !(bound || known.nouns.has(noun))) continue;
    const after = core[k + 2];
    // ko-dic's 에/JKB + 요/JX after the fused 이 is the ending 에요.
    const yo = next.surface === '에' && after?.surface === '요' && after.start === next.end;
    if (!yo && tagInfo(next.tag).role !== 'eomi') continue;
    const tag = bound ? TAG.NNB : TAG.NNG;
    const endings = yo ? [make('에요', next.start, TAG.EF)] : [next];
    return [...core.slice(0, k), make(noun, m.start, tag), make('이', m.end - 1, TAG.VCP), ...endings, ...core.slice(k + (yo ? 3 : 2))];
  }
  return core;
}

/**
 * An eojeol that ko-dic starts with an ending or a particle, where its first syllables are an
 * irregular stem the dictionary knows:
 * - an ㄹ-stem that dropped its ㄹ before ㄴ, ㅅ or 오: 기/ETN + 네요 → 기 (길다) + 네요;
 *   기/ETN + 니까/VCP+EC → 기 (길다) + 니까/EC;
 * - an ㅂ-stem before -아/어: 도/JX + 와요/VV+EF → 도와요 (돕다: 돕 + 아요).
 */
const BIEUP_ENDINGS: Record<string, string> = { '': TAG.EC, 요: TAG.EF, 서: TAG.EC, 서요: TAG.EF, 도: TAG.EC };
function irregularAtStart(text: string, at: number, core: Morpheme[], known: KnownWords): Morpheme[] {
  if (core[0]!.start !== at) return core;
  for (let k = 1; k < Math.min(text.length, 4) + 1; k++) {
    const written = text.slice(0, k);
    const rest = text.slice(k);
    const end = core.at(-1)!.end;
    if (k >= 2 && /[워와]$/.test(written) && finalOf(written.at(-2)!) === 0 && BIEUP_ENDINGS[rest] && end === at + text.length) {
      const stem = written.slice(0, -2) + withFinal(written.at(-2)!, BIEUP);
      const kind = known.predicates.get(`${stem}다`);
      if (!kind) continue;
      const tag = kind === 'adjective' ? TAG.VA : TAG.VV;
      const ending = { form: (written.endsWith('와') ? '아' : '어') + rest, tag: BIEUP_ENDINGS[rest]! };
      return [{ ...make(text, at, `${tag}+${ending.tag}`, `${stem}다`), parts: [{ form: stem, tag }, ending] }];
    }
    if (k >= text.length || finalOf(written.at(-1)!) !== 0 || !/^[네니나는세시오]/.test(rest)) continue;
    const stem = written.slice(0, -1) + withFinal(written.at(-1)!, RIEUL);
    const kind = known.predicates.get(`${stem}다`);
    const from = core.findIndex((m) => m.start === at + k);
    if (!kind || from < 0) continue;
    const endings = core.slice(from).flatMap((m) => {
      // The copula ko-dic put in front of the ending is not in the text: 니까/VCP+EC[이+니까].
      const parts = m.parts?.[0]?.tag === TAG.VCP && !m.surface.startsWith(m.parts[0].form) ? m.parts.slice(1) : null;
      if (!parts || parts.map((p) => p.form).join('') !== m.surface) return [m];
      let pos = m.start;
      return parts.map((p) => make(p.form, (pos += p.form.length) - p.form.length, p.tag));
    });
    if (endings.some((m) => tagInfo(m.tag).role !== 'eomi' && tagInfo(m.tag).role !== 'josa')) continue;
    return [make(written, at, kind === 'adjective' ? TAG.VA : TAG.VV, `${stem}다`), ...endings];
  }
  return core;
}

/**
 * An ending right after a noun that ends in a vowel is the copula's, its 이 dropped (여부다, 근처라,
 * 최고네요): the ending is given ko-dic's own contracted shape, 이/VCP + 다 (as ko-dic reads 학교다).
 */
function droppedCopula(core: Morpheme[]): Morpheme[] {
  if (!core.some((m, k) => k > 0 && !m.parts && tagInfo(m.tag).role === 'eomi')) return core;
  const dropped = (m: Morpheme, k: number) => {
    const noun = core[k - 1];
    // The noun's last part: 테니까 is 터+이 (already the copula) + 니까.
    const nounTag = noun?.parts?.at(-1)?.tag ?? noun?.tag ?? '';
    if (!noun || m.parts || tagInfo(m.tag).role !== 'eomi' || !isNominalTag(nounTag) || noun.end !== m.start) return false;
    return !/[가-힣]$/.test(noun.surface) || !endsInConsonant(noun.surface);
  };
  if (!core.some(dropped)) return core;
  return core.map((m, k) => {
    if (!dropped(m, k)) return m;
    return {
      ...m,
      tag: `${TAG.VCP}+${m.tag}`,
      lemma: '이다',
      parts: [
        { form: '이', tag: TAG.VCP },
        { form: m.surface, tag: m.tag },
      ],
    };
  });
}

/** What splitsWholeWord may split, told from the surface alone, before ko-dic is asked about the stem. */
function mayHide(word: Morpheme, stem: string, core: Morpheme[]): boolean {
  const { predicate, nominal } = tagInfo(word.tag);
  if (predicate) return !word.parts?.length && !core.some((m) => m.start >= word.end && tagInfo(m.tag).role === 'eomi');
  return !!nominal && (stem.length === 1 || classifyTag(word.tag) === 'proper noun');
}

function subject(stem: string, pos: number): Morpheme[] | null {
  return /[가-힣]$/.test(stem) && !endsInConsonant(stem) ? null : [make('이', pos, TAG.JKS)];
}

/**
 * 이 + endings (었던, 라는, 에요…), as ko-dic reads them after 아니 (아니었던, 아니라는, 아니에요),
 * behind 게 so that 아니 is read as the predicate and not the interjection (게 아니기도).
 */
function copula(rest: string, pos: number): Morpheme[] | null {
  const proxy = readAlone(`게 아니${rest}`, pos - 3).filter((m) => m.start >= pos - 1);
  const [head, ...endings] = proxy;
  if (!head || head.end !== pos + 1 || tagInfo(head.tag).role !== 'copula' || head.parts) return null;
  // The copula takes an ending first (이+었던, 이+라는); 이+는 is not the copula but a word (길이는).
  if (tagInfo(endings[0]?.tag ?? '').role !== 'eomi' || !endings.every((m) => ['eomi', 'josa'].includes(tagInfo(m.tag).role))) return null;
  return [make('이', pos, TAG.VCP), ...endings];
}

function make(surface: string, start: number, tag: string, lemma?: string): Morpheme {
  const dictionary = isPredicateTag(tag) ? `${surface}다` : surface;
  return newMorpheme({ surface, start, end: start + surface.length, tag, wordClass: classifyTag(tag), lemma: lemma ?? dictionary });
}

/** The token as written, its expression dropped: 가기 is 가다 + 기, not 갈다. */
function withoutParts(m: Morpheme): Morpheme {
  return { ...m, parts: undefined, lemma: isPredicateTag(m.tag) ? `${m.surface}다` : m.surface };
}

function symbol(char: string, at: number): Morpheme {
  const tag = tagForPunctuation(char);
  return newMorpheme({ surface: char, start: at, end: at + 1, tag, wordClass: 'symbol', lemma: char });
}

// Hangul syllable arithmetic: initial, medial and final consonant indices (U+AC00 + (i*21 + m)*28 + f).
const [NIEUN, DIGEUT, RIEUL, BIEUP, SIOT, HIEUT] = [4, 7, 8, 17, 19, 27];
const syllable = (s: string) => s.charCodeAt(s.length - 1) - 0xac00;
const isSyllable = (s: string) => syllable(s) >= 0 && syllable(s) < 11172;
const finalOf = (s: string) => (isSyllable(s) ? syllable(s) % 28 : -1);
const withoutFinal = (char: string) => (isSyllable(char) ? String.fromCharCode(char.charCodeAt(0) - finalOf(char)) : char);
const withFinal = (char: string, final: number) => String.fromCharCode(char.charCodeAt(0) + final);
const initialOf = (char: string) => (isSyllable(char) ? Math.floor((char.charCodeAt(0) - 0xac00) / 588) : -1);
/** An ending that starts with a vowel: 어, 으며, 았 (initial ㅇ), or a bare vowel jamo. */
const startsWithVowel = (char: string) => initialOf(char) === 11 || /^[ㅏ-ㅣ]/.test(char);
