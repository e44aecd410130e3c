// Which audio files the reader accepts: by extension, declared MIME type and the file's first bytes.
// A file passes only when all three agree on one kind; the size limit is checked before any byte is read.

/** The size limit of an attached audio file: 100 MB (stated in the UI). */
export const AUDIO_LIMIT_BYTES = 100 * 1024 * 1024;

/** How many bytes of a file the magic-byte check reads. */
export const HEAD_BYTES = 16;

export const AUDIO_KINDS = ['mp3', 'm4a', 'ogg', 'wav'] as const;
export type AudioKind = (typeof AUDIO_KINDS)[number];

const EXTENSIONS: Record<string, AudioKind> = { mp3: 'mp3', m4a: 'm4a', mp4: 'm4a', ogg: 'ogg', oga: 'ogg', opus: 'ogg', wav: 'wav' };

/** MIME types browsers and systems give each kind ('' is accepted too: some systems declare none). */
const MIME_TYPES: Record<AudioKind, readonly string[]> = {
  mp3: ['audio/mpeg', 'audio/mp3', 'audio/mpeg3', 'audio/x-mpeg', 'audio/x-mp3', 'audio/x-mpeg-3'],
  m4a: ['audio/mp4', 'audio/x-m4a', 'audio/m4a', 'audio/aac', 'audio/x-aac', 'video/mp4'],
  ogg: ['audio/ogg', 'application/ogg', 'audio/opus', 'audio/vorbis', 'audio/x-ogg', 'video/ogg'],
  wav: ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave', 'audio/x-pn-wav'],
};

/** What the `accept` attribute of the file input lists. */
export const AUDIO_ACCEPT = [...Object.keys(EXTENSIONS).map((ext) => `.${ext}`), ...new Set(Object.values(MIME_TYPES).flat())].join(',');

export type FileFacts = { name: string; type: string; size: number };
export type AudioCheck = { ok: true; kind: AudioKind } | { ok: false; error: 'type' | 'size' | 'empty' };

const ascii = (bytes: Uint8Array, from: number, text: string) => [...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));

/** The kind a file's first bytes show, or null. e.g. 'RIFF….WAVE' → 'wav'; 'ID3…' → 'mp3'. */
export function kindOfBytes(head: Uint8Array): AudioKind | null {
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return 'wav';
  if (ascii(head, 0, 'OggS')) return 'ogg';
  if (ascii(head, 4, 'ftyp')) return 'm4a';
  if (ascii(head, 0, 'ID3')) return 'mp3';
  // An MPEG audio frame without a tag: 11 sync bits, then a layer other than the reserved 00.
  if (head[0] === 0xff && head.length > 1 && (head[1]! & 0xe0) === 0xe0 && (head[1]! & 0x06) !== 0) return 'mp3';
  return null;
}

/** The kind a file name's extension names, or null. e.g. 'Lesson 3.M4A' → 'm4a'. */
export function kindOfName(name: string): AudioKind | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : (EXTENSIONS[name.slice(dot + 1).toLowerCase()] ?? null);
}

/** The size check alone, before anything is read: over the limit or empty. */
export function checkAudioSize(size: number, limit = AUDIO_LIMIT_BYTES): AudioCheck | null {
  if (size > limit) return { ok: false, error: 'size' };
  if (size === 0) return { ok: false, error: 'empty' };
  return null;
}

/**
 * Whether a file may be attached: within the size limit, and its extension, declared type and
 * first bytes all one of MP3, M4A, OGG or WAV. e.g. a PNG renamed 'talk.mp3' → { ok: false, error: 'type' }.
 */
export function checkAudioFile(file: FileFacts, head: Uint8Array, limit = AUDIO_LIMIT_BYTES): AudioCheck {
  const size = checkAudioSize(file.size, limit);
  if (size) return size;
  const kind = kindOfName(file.name);
  if (!kind) return { ok: false, error: 'type' };
  const type = file.type.toLowerCase().split(';')[0]!.trim();
  if (type && !MIME_TYPES[kind].includes(type)) return { ok: false, error: 'type' };
  if (kindOfBytes(head) !== kind) return { ok: false, error: 'type' };
  return { ok: true, kind };
}
