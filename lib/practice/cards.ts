export const DIRECTIONS = ['recognition', 'recall'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A card id: word id and direction. e.g. cardId('t:infiniband', 'recall') → 't:infiniband#recall' */
export const cardId = (wordId: string, direction: Direction) => `${wordId}#${direction}`;

/** The word a card belongs to. e.g. wordIdOf('t:infiniband#recall') → 't:infiniband' */
export const wordIdOf = (id: string) => id.slice(0, id.lastIndexOf('#'));
