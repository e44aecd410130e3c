// Plain constants and helpers with no dependencies, so that the reader can use them cheaply.

/** A word's learning status. */
export const STATUSES = ['new', 'learning', 'known'] as const;
export type Status = (typeof STATUSES)[number];

export const DIRECTIONS = ['recognition', 'recall'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A card id: word id and direction. e.g. cardId('t:infiniband', 'recall') → 't:infiniband#recall' */
export const cardId = (wordId: string, direction: Direction) => `${wordId}#${direction}`;

/** The word a card belongs to. e.g. wordIdOf('t:infiniband#recall') → 't:infiniband' */
export const wordIdOf = (id: string) => id.slice(0, id.lastIndexOf('#'));
