import { z } from 'zod/mini';

// Where the learner is in a text's audio: the position to resume at, the speed, bookmarks and
// (optionally) the time each sentence starts. Pure functions over one validated record.

export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const MIN_RATE = 0.5;
export const MAX_RATE = 2;
/** Two bookmarks closer than this (seconds) are one. */
const SAME_BOOKMARK = 0.5;

const seconds = z.number().check(z.nonnegative());

export const audioStateSchema = z.object({
  version: z.literal(1),
  position: seconds,
  rate: z.number().check(z.minimum(MIN_RATE), z.maximum(MAX_RATE)),
  bookmarks: z.array(z.object({ id: z.string().check(z.minLength(1)), at: seconds })),
  /** Sentence id → the time it starts, marked by tapping along. */
  sentences: z.optional(z.record(z.string(), seconds)),
});
export type AudioState = z.infer<typeof audioStateSchema>;
export type Bookmark = AudioState['bookmarks'][number];

export const EMPTY_AUDIO_STATE: AudioState = { version: 1, position: 0, rate: 1, bookmarks: [] };

/** A stored record as a state: anything unreadable is the empty state (nothing in it was the learner's text). */
export function readAudioState(value: unknown): AudioState {
  const parsed = audioStateSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_AUDIO_STATE;
}

/** A speed within 0.5–2×. e.g. clampRate(3) → 2; clampRate(NaN) → 1. */
export const clampRate = (rate: number) => (Number.isFinite(rate) ? Math.min(MAX_RATE, Math.max(MIN_RATE, rate)) : 1);

/** A time within the audio: 0 to its duration (when known). e.g. clampTime(-2, 10) → 0; clampTime(12, 10) → 10. */
export function clampTime(time: number, duration?: number): number {
  if (!Number.isFinite(time) || time < 0) return 0;
  return duration !== undefined && Number.isFinite(duration) && time > duration ? duration : time;
}

/** The state with a bookmark at `at`, kept in time order; one already within half a second stands for it. */
export function addBookmark(state: AudioState, at: number, id: string): AudioState {
  const time = clampTime(at);
  if (state.bookmarks.some((b) => Math.abs(b.at - time) < SAME_BOOKMARK)) return state;
  return { ...state, bookmarks: [...state.bookmarks, { id, at: time }].sort((a, b) => a.at - b.at) };
}

export const removeBookmark = (state: AudioState, id: string): AudioState => ({
  ...state,
  bookmarks: state.bookmarks.filter((b) => b.id !== id),
});

/** The state with the sentence starting at `at` (tapping along: each tap marks the next sentence). */
export const markSentence = (state: AudioState, sentenceId: string, at: number): AudioState => ({
  ...state,
  sentences: { ...state.sentences, [sentenceId]: clampTime(at) },
});

/** The state without a sentence's mark (undoing a tap). */
export function unmarkSentence(state: AudioState, sentenceId: string): AudioState {
  const sentences = { ...state.sentences };
  delete sentences[sentenceId];
  return { ...state, sentences };
}

/** A time as the player shows it. e.g. formatTime(75.4) → '1:15'; formatTime(3725) → '1:02:05'. */
export function formatTime(time: number): string {
  const total = Math.floor(clampTime(time));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The key audio and its state are kept under: one per article, one per saved text. */
export const audioKeyOf = (source: 'article' | 'text', id: string) => `${source}:${id}`;
