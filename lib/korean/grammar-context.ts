import { GRAMMAR, findGrammar } from './grammar';
import { findEojeolLemma } from './lemma';
import { TAG, classifyTag, isJosaTag } from './tags';
import type { Analysis, Morpheme } from './types';

// Some forms are told apart only by their neighbours, and ko-dic does not always tell them apart:
// - 만큼, 대로, 뿐, 만 after a modifier (-는 만큼, 시키는 대로, 할 뿐, 읽을 만하다) are bound nouns
//   (의존 명사), written apart; right after a noun (서울만큼, 말대로, 너뿐, 조금만) they are particles.
//   ko-dic tags 먹는 만큼 NNB but 노력한 만큼 JKB.
// - 이/가 right before 되다 or 아니다 marks the complement (보격 조사: 가수가 되다, 학생이 아니다);
//   ko-dic tags it JKS, the subject.
// - (이)라고 after a closing quotation mark is the quotation particle (“엄마!”라고); without one, after a
//   noun, it is 이다 + the ending -라고 (학생이라고 했다), which ko-dic tags as the particle.

const BOUND_NOUNS = new Map(GRAMMAR.filter((e) => e.kind === 'bound-noun').flatMap((e) => e.forms.map((form) => [form, e])));
const COMPLEMENT = findGrammar('이', TAG.JKC)!;
const QUOTE_PARTICLE = findGrammar('이라고', TAG.JKQ)!;
const QUOTE_ENDING = findGrammar('라고', TAG.EC)!;
const CLOSING_QUOTE = /[’”"'」』]$/;

/** A morpheme's last tag: 한/XSA+ETM → ETM. */
const lastTag = (m: Morpheme | undefined) => (m ? (m.parts?.at(-1)?.tag ?? m.tag.split('+').at(-1)) : undefined);
/** The stem a predicate eojeol opens with: 됐다 → 되/VV, 아닙니다 → 아니/VCN. */
const firstStem = (m: Morpheme | undefined) => (m ? (m.parts?.[0] ?? { form: m.surface, tag: m.tag.split('+')[0] }) : undefined);

/** Whether the eojeol after `m` opens with 되다 (become) or 아니다 (is not). */
function beforeDoedaOrAnida(morphemes: Morpheme[], i: number): boolean {
  const next = morphemes[i + 1];
  if (!next || next.eojeol !== morphemes[i]!.eojeol + 1) return false;
  const stem = firstStem(next);
  return (stem?.form === '되' && stem.tag === TAG.VV) || stem?.tag === TAG.VCN;
}

/** 이/가 as a whole morpheme or as the end of a fused one (그게 = 그것 + 이). */
const endsInIGa = (m: Morpheme) => {
  const last = m.parts?.at(-1);
  const form = last ? last.form : m.surface;
  return (form === '이' || form === '가') && isJosaTag(last ? last.tag : m.tag);
};

/** Whether readInContext could change `m` at all: a bound-noun form, 이/가, or a 라고. */
const mayBeReadInContext = (m: Morpheme) =>
  BOUND_NOUNS.has(m.surface) || m.grammar === QUOTE_PARTICLE.key || m.surface.endsWith('라고') || endsInIGa(m);

/**
 * A morpheme read in its sentence, where its form and tag alone mislead: a bound noun that ko-dic
 * took for a particle becomes the noun (NNB) it is, 이/가 before 되다/아니다 the complement (JKC), and
 * (이)라고 without quotation marks 이다 + -라고.
 * e.g. 노력한 만큼 → 만큼/NNB (bound-mankeum); 가수가 되었다 → 가/JKC (complement); 학생이라고 → 이/VCP + 라고/EC (rago)
 */
export function readInContext(morphemes: Morpheme[], i: number): Morpheme {
  const m = morphemes[i]!;
  // Most morphemes are none of these: nouns, stems and endings leave at once (this runs for each one).
  if (!mayBeReadInContext(m)) return m;
  const prev = morphemes[i - 1];
  const bound = BOUND_NOUNS.get(m.surface);
  if (bound && m.grammar !== bound.key && (!prev || prev.eojeol !== m.eojeol) && lastTag(prev) === TAG.ETM)
    return { ...m, tag: TAG.NNB, wordClass: 'noun', grammar: bound.key };
  if (m.grammar !== COMPLEMENT.key && endsInIGa(m) && beforeDoedaOrAnida(morphemes, i)) {
    if (!m.parts) return { ...m, tag: TAG.JKC, grammar: COMPLEMENT.key };
    const parts = m.parts.map((part, k) => (k === m.parts!.length - 1 ? { ...part, tag: TAG.JKC } : part));
    return { ...m, tag: [...m.tag.split('+').slice(0, -1), TAG.JKC].join('+'), parts, grammar: COMPLEMENT.key };
  }
  const quoted = prev?.eojeol === m.eojeol && CLOSING_QUOTE.test(prev.surface);
  if (quoted && /^이?라고$/.test(m.surface) && m.grammar !== QUOTE_PARTICLE.key) {
    return { ...m, parts: undefined, tag: TAG.JKQ, wordClass: classifyTag(TAG.JKQ), grammar: QUOTE_PARTICLE.key };
  }
  if (!quoted && m.grammar === QUOTE_PARTICLE.key) {
    const parts = [
      { form: '이', tag: TAG.VCP },
      { form: '라고', tag: TAG.EC },
    ];
    const tag = `${TAG.VCP}+${TAG.EC}`;
    return { ...m, tag, wordClass: classifyTag(tag), parts, grammar: QUOTE_ENDING.key };
  }
  return m;
}

/**
 * The analysis with each morpheme read in its sentence (see readInContext): the popover then
 * explains 만큼 in 노력한 만큼 as a bound noun and 가 in 가수가 되다 as the complement marker.
 */
export function readGrammarInContext(analysis: Analysis): Analysis {
  // Every morpheme is read against the text as it was; the changes are made afterwards, in copies.
  const { morphemes: before, eojeols: eojeolsBefore } = analysis;
  let morphemes: Morpheme[] | null = null;
  const touched = new Set<number>();
  for (let i = 0; i < before.length; i++) {
    const read = readInContext(before, i);
    if (read === before[i]) continue;
    morphemes ??= before.slice();
    morphemes[i] = read;
    touched.add(before[i]!.eojeol);
  }
  if (!morphemes) return analysis;
  const changed = new Map<Morpheme, Morpheme>();
  for (let i = 0; i < before.length; i++) if (morphemes[i] !== before[i]) changed.set(before[i]!, morphemes[i]!);
  const read = (m: Morpheme) => changed.get(m) ?? m;
  // An eojeol that ko-dic read as a lone particle (만큼/JKB) now has a content word: its lemma is read again.
  // Morphemes placed in an eojeol say which; one that was not (-1) sends every eojeol through the check.
  const eojeols = touched.has(-1) ? eojeolsBefore.map((e, k) => (touched.add(k), e)) : eojeolsBefore.slice();
  for (const k of touched) {
    const e = eojeols[k];
    if (!e || !e.morphemes.some((m) => changed.has(m))) continue;
    const rereadMorphemes = e.morphemes.map(read);
    eojeols[k] = { ...e, morphemes: rereadMorphemes, ...findEojeolLemma(rereadMorphemes) };
  }
  return { ...analysis, morphemes, eojeols };
}
