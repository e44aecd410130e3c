export { emptyProgress, progressSchema, CURRENT_VERSION } from './schema';
export { STATUSES } from './cards';
export type { Progress, ProgressV1, Status, StoredCard, StoredWord, Review, Drill, ReadingStats, ReadingStatsDay } from './schema';
export { recordTextRead, recordMarkedKnown, mergeReading, readingOn, readingPerDay, readingStreak, READING_WRITER } from './reading-stats';
export type { TextRead, DayFigures } from './reading-stats';
export { migrateProgress } from './migrate';
export { mergeProgress, importProgress } from './merge';
export type { ImportReport, RejectedEntry } from './merge';
export { loadProgress, saveProgress } from './storage';
export { PROGRESS_KEY, BACKUP_PREFIX } from './keys';
export type { Recovery } from './storage';
export { buildQueue } from './queue';
/** The FSRS scheduler (ts-fsrs) loads on demand, so that pages open without it. */
export const loadScheduler = () => import('./schedule');
export { cardId, wordIdOf, DIRECTIONS, MAX_MY_GLOSS, wordIdFor, termWordId, lemmaWordId, isLemmaWordId } from './cards';
export type { Direction } from './cards';
export { wordStatus, updateWord, checkMyGloss, myGlossOf, KNOWN_STABILITY_DAYS } from './status';
export type { MyGlossProblem } from './status';
export { checkAnswer } from './answer';
export { myWordsCsv, myWordsAnki } from './export';
export type { AnswerCheck } from './answer';
export { PARTICLE_PAIRS, pairOf, pairByKey, correctParticle, attachParticle, explainParticle } from './particles';
export { readAloud, readNumber } from './reading';
export type { Reading } from './reading';
export type { ParticlePair } from './particles';
export { dayKey, dueToday, reviewedToday, retention, streak, reviewsPerDay, statusCounts } from './stats';
export {
  STATUS_KEYS,
  statusForKey,
  setStatus,
  isUntouched,
  remainingNewWords,
  markRestKnown,
  undoMarkKnown,
  onWordsMarkedKnown,
  announceWordsMarkedKnown,
} from './mark-known';
export type { PageWord, MarkKnownUndo, WordsMarkedKnown } from './mark-known';
export type { ExampleLookup, ExportSentence } from './export';
export {
  MAX_TERM_WORDS,
  myTermKey,
  myTermWordId,
  isMyTermWordId,
  listMyTerms,
  termCardForms,
  putMyTerm,
  deleteMyTerm,
  checkTermLabel,
} from './my-terms';
export type { MyTerm, TermExample } from './my-terms';
export { termTokens, checkTermSelection, termLabel, findMyTerms } from './my-terms-match';
export type { TermWord, TermMatch, TermSelectionProblem } from './my-terms-match';
