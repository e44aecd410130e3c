import { z } from 'zod/mini';
import type { Db } from '@/lib/storage/db';
import { AUDIO_KINDS } from './file-check';
import { readAudioState, type AudioState } from './state';

// Audio files attached to texts and the learner's place in them, in the app's IndexedDB database
// (browser; fake-indexeddb in tests). Never sent anywhere. A failed write leaves what was stored as it was.

const audioRecordSchema = z.object({
  version: z.literal(1),
  name: z.string(),
  kind: z.enum(AUDIO_KINDS),
  type: z.string(),
  size: z.number().check(z.int(), z.nonnegative()),
  addedAt: z.string(),
  blob: z.instanceof(Blob),
});
export type AudioRecord = z.infer<typeof audioRecordSchema>;

/** Why a write failed: the browser's storage is full, or something else (the message says what). */
export class AudioStoreError extends Error {
  constructor(
    readonly reason: 'full' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

const isQuotaError = (error: unknown) =>
  error instanceof Error && (error.name === 'QuotaExceededError' || (error as { inner?: Error }).inner?.name === 'QuotaExceededError');

async function write<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isQuotaError(error)) throw new AudioStoreError('full', 'the browser has no room left for this file');
    throw new AudioStoreError('failed', error instanceof Error ? error.message : String(error));
  }
}

/** A text's audio, or null (none, or a record this version cannot read). */
export async function readAudio(db: Db, key: string): Promise<AudioRecord | null> {
  const parsed = audioRecordSchema.safeParse(await db.get('audio', key));
  return parsed.success ? parsed.data : null;
}

/** Whether a text has audio, without reading the file. */
export async function hasAudio(db: Db, key: string): Promise<boolean> {
  return (await db.getKey('audio', key)) !== undefined;
}

/**
 * Attaches (or replaces) a text's audio in one transaction: the new file and a fresh place in it
 * (a replaced file's bookmarks belong to the old one). If the browser refuses (storage full), the
 * transaction is undone and the earlier file and its bookmarks are still there.
 */
export async function putAudio(db: Db, key: string, record: AudioRecord): Promise<void> {
  await write(async () => {
    const tx = db.transaction(['audio', 'audioState'], 'readwrite');
    // A browser out of room aborts the transaction: its error says why (the requests' say only "aborted").
    await Promise.all([
      tx.objectStore('audio').put(audioRecordSchema.parse(record), key),
      tx.objectStore('audioState').delete(key),
      tx.done,
    ]).catch((error: unknown) => {
      throw tx.error ?? error;
    });
  });
}

/** Removes a text's audio and its place in it. */
export async function removeAudio(db: Db, key: string): Promise<void> {
  await write(async () => {
    const tx = db.transaction(['audio', 'audioState'], 'readwrite');
    await Promise.all([tx.objectStore('audio').delete(key), tx.objectStore('audioState').delete(key), tx.done]);
  });
}

export async function readAudioStateOf(db: Db, key: string): Promise<AudioState> {
  return readAudioState(await db.get('audioState', key));
}

export async function saveAudioState(db: Db, key: string, state: AudioState): Promise<void> {
  await write(() => db.put('audioState', state, key));
}
