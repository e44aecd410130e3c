// Plain constants and helpers with no dependencies, so that the reader can use them cheaply.

/**
 * A word's learning status. `ignored`: a name, a number or a foreign word the learner does not
 * mean to learn; it is left out of "N of M words known" and never marked known in bulk.
 */
export const STATUSES = ['new', 'learning', 'known', 'ignored'] as const;
export type Status = (typeof STATUSES)[number];

/** The longest own gloss a learner may write. */
export const MAX_MY_GLOSS = 200;

export const DIRECTIONS = ['recognition', 'recall'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The word id of a glossary term. e.g. termWordId('infiniband') → 't:infiniband' */
export const termWordId = (termId: string) => `t:${termId}`;
/** The word id of any other word, by its lemma. e.g. lemmaWordId('쏟아붓다') → 'w:쏟아붓다' */
export const lemmaWordId = (lemma: string) => `w:${lemma}`;
/** The word id of a word that may be a glossary term. e.g. wordIdFor('인피니밴드', 'infiniband') → 't:infiniband' */
export const wordIdFor = (lemma: string, termId?: string | null) => (termId ? termWordId(termId) : lemmaWordId(lemma));
/** Whether a word id names a lemma (My words), not a glossary term. */
export const isLemmaWordId = (wordId: string) => wordId.startsWith(lemmaWordId(''));

/** A card id: word id and direction. e.g. cardId('t:infiniband', 'recall') → 't:infiniband#recall' */
export const cardId = (wordId: string, direction: Direction) => `${wordId}#${direction}`;

/** The word a card belongs to. e.g. wordIdOf('t:infiniband#recall') → 't:infiniband' */
export const wordIdOf = (id: string) => id.slice(0, id.lastIndexOf('#'));
