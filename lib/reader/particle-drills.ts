import { correctParticle, pairByKey, pairOf, PARTICLE_PAIRS, readAloud } from '@/lib/practice';
import { readerPathOf } from '@/lib/paging';
import { ROLES, type ParticleSlot, type RoleItem } from '@/lib/practice/roles';
import { classifyTag, isJosaTag, isNominalTag, isNounTag, tagInfo, type Analysis, type Morpheme } from '@/lib/korean';
import type { Corpus } from './corpus';
import { segmentsOf } from './corpus';
import { findPredicate, nextPredicateLemma } from './predicate';

/** A particle drill item; a number or a Latin word from the article is asked on its own: read it aloud, then choose. */
export type ParticleItem = ParticleSlot & { standalone?: boolean };

/** A noun, a pronoun or a noun suffix (서버+들): what an alternating particle follows in the drill. */
const isNounish = (m: Morpheme) =>
  isNounTag(m.tag) || (isNominalTag(m.tag) && ['noun', 'number', 'foreign'].includes(classifyTag(m.tag))) || m.termId !== undefined;
/** Where the noun before a particle starts: a prefix or root may lead it (초+거대). */
const startsNoun = (m: Morpheme) => isNounish(m) || tagInfo(m.tag).compoundBase === true;

/**
 * Where the noun before the particle at `i` starts, skipping a gloss in parentheses
 * (인피니밴드(InfiniBand)로) and taking in a whole glossary term (케빈 스콧(Kevin Scott)이), or -1.
 */
function nounStart(analysis: Analysis, i: number): number {
  const ms = analysis.morphemes;
  let k = i - 1;
  if (ms[k]?.surface === ')' && ms[k]!.end === ms[i]!.start) {
    while (k >= 0 && ms[k]!.surface !== '(') k--;
    k--;
  } else if (ms[k]?.end !== ms[i]!.start) return -1;
  const noun = ms[k];
  if (!noun || !isNounish(noun) || /[)’”'"]$/.test(noun.surface)) return -1;
  const first = ms.find((m) => m.eojeol === noun.eojeol && startsNoun(m))!;
  const term = analysis.terms.find((t) => t.termId === noun.termId && t.start <= noun.start && t.end >= noun.end);
  const start = Math.min(first.start, term?.start ?? Infinity);
  // 1조 달러(…)를: an amount before its unit belongs to the noun phrase.
  const amount = analysis.eojeols.find(
    (e) => e.end + 1 === start && e.wordClass === 'number' && !e.morphemes.some((m) => isJosaTag(m.tag)),
  );
  return amount?.start ?? start;
}

type Slot = { slug: string; sid: string; href: string; text: string; en: string; analysis: Analysis; at: Morpheme; start: number };

/** Every noun directly followed by an alternating particle, in the articles' sentences. */
function slots(corpus: Corpus): Slot[] {
  return corpus.articles.flatMap((article) =>
    article.blocks
      .flatMap((block) => (block.kind === 'paragraph' ? block.sentences : []))
      .flatMap((s) => {
        const analysis = corpus.analyses.get(article.slug)!.get(s.id)!;
        return analysis.morphemes.flatMap((m, i) => {
          const start = isJosaTag(m.tag) && pairOf(m.surface) ? nounStart(analysis, i) : -1;
          if (start < 0 || /^[‘“'"(]/.test(s.ko.slice(start))) return [];
          return [{ slug: article.slug, sid: s.id, href: readerPathOf(article, s.id), text: s.ko, en: s.en, analysis, at: m, start }];
        });
      }),
  );
}

/** The drill item of a slot: the sentence around the noun, the noun, and the particle written there. */
function slotOf({
  slug,
  sid,
  href,
  text,
  en,
  at,
  start,
}: {
  slug: string;
  sid: string;
  href: string;
  text: string;
  en: string;
  at: Morpheme;
  start: number;
}): ParticleSlot {
  return {
    id: `${slug}/${sid}/${at.start}`,
    slug,
    sid,
    href,
    before: text.slice(0, start),
    noun: text.slice(start, at.start),
    particle: at.surface,
    after: text.slice(at.end),
    hint: en,
  };
}

const hash = (s: string) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5);

/** Numbers and Latin words of an article (300, 4,600, GPU, GB200, 오픈AI, Blackwell Ultra), in order. */
const READABLE = /[가-힣]*[A-Za-z][A-Za-z0-9]*(?: [A-Z][a-z][A-Za-z0-9]*)*|\d(?:[\d,.]*\d)?/g;

/**
 * Particle drill items: every noun of the articles directly followed by a particle of an
 * alternating pair (은/는, 이/가, 을/를, 와/과, (으)로), once per noun and particle; then each number
 * and Latin word of the articles on its own, where the particle follows how it is read.
 */
export function buildParticleItems(corpus: Corpus): ParticleItem[] {
  const seen = new Set<string>();
  const inSentences = slots(corpus).flatMap(({ slug, sid, href, text, en, at, start }) => {
    const noun = text.slice(start, at.start);
    const key = `${noun}+${at.surface}`;
    // The rule must agree with the article, or the explanation would contradict it.
    if (seen.has(key) || correctParticle(noun, pairOf(at.surface)!) !== at.surface) return [];
    seen.add(key).add(noun);
    return [slotOf({ slug, sid, href, text, en, at, start })];
  });
  const standalone = corpus.articles.flatMap((article) =>
    segmentsOf(article).flatMap((segment) =>
      [...segment.ko.matchAll(READABLE)].flatMap((match): ParticleItem[] => {
        const noun = match[0];
        if (seen.has(noun)) return [];
        seen.add(noun);
        // A word ending in ㄹ (1, URL, Google) is asked with (으)로, where ㄹ counts as a vowel.
        const pair = readAloud(noun).final === 'ㄹ' ? pairByKey('means')! : PARTICLE_PAIRS[hash(noun) % PARTICLE_PAIRS.length]!;
        const particle = correctParticle(noun, pair);
        return [
          {
            id: `${article.slug}/${segment.id}/word/${noun}`,
            slug: article.slug,
            sid: segment.id,
            href: readerPathOf(article, segment.id),
            before: '',
            noun,
            particle,
            after: '',
            hint: segment.en,
            standalone: true,
          },
        ];
      }),
    ),
  );
  return [...inSentences, ...standalone];
}

const DEMONSTRATIVES = new Set(['이', '그', '저']);

/**
 * Role drill items: every noun of the articles' sentences with the topic (은/는), subject (이/가)
 * or object (을/를) particle, and what it is the subject or object of. 이/가 before 되다 or
 * 아니다 marks a complement, not a subject, and is left out.
 */
export function buildRoleItems(corpus: Corpus): RoleItem[] {
  return slots(corpus).flatMap(({ slug, sid, href, text, en, analysis, at, start }) => {
    const role = ROLES.find((r) => pairByKey(r)!.forms.includes(at.surface));
    const noun = text.slice(start, at.start);
    // 이는, 그를: a demonstrative pronoun has no natural 이/가 form to set against (이가 is archaic).
    if (!role || DEMONSTRATIVES.has(noun) || correctParticle(noun, pairByKey(role)!) !== at.surface) return [];
    if (role === 'subject' && ['되다', '아니다'].includes(nextPredicateLemma(analysis, at.eojeol) ?? '')) return [];
    const found = role === 'topic' ? null : findPredicate(analysis, at.eojeol, role);
    const item: RoleItem = { ...slotOf({ slug, sid, href, text, en, at, start }), role };
    if (found)
      Object.assign(item, {
        predicate: found.predicate,
        ...(role === 'subject' ? { clause: found.clause } : {}),
        ...(found.head ? { head: found.head } : {}),
      });
    return [item];
  });
}
