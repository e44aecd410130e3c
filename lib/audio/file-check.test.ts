import { describe, expect, it } from 'vitest';
import { AUDIO_LIMIT_BYTES, checkAudioFile, kindOfBytes, kindOfName } from './file-check';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));
const WAV = bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ');
const OGG = bytes('OggS', [0, 2, 0, 0, 0, 0, 0, 0]);
const M4A = bytes([0, 0, 0, 0x20], 'ftypM4A ', [0, 0, 0, 0]);
const MP3_TAG = bytes('ID3', [4, 0, 0, 0, 0, 0, 0]);
const MP3_FRAME = bytes([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0]);
const PNG = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]);

describe('kindOfBytes', () => {
  it('knows each accepted kind by its first bytes', () => {
    expect([WAV, OGG, M4A, MP3_TAG, MP3_FRAME].map(kindOfBytes)).toEqual(['wav', 'ogg', 'm4a', 'mp3', 'mp3']);
  });
  it('knows nothing else', () => {
    expect(kindOfBytes(PNG)).toBeNull();
    expect(kindOfBytes(bytes('RIFF', [0, 0, 0, 0], 'AVI '))).toBeNull();
    expect(kindOfBytes(bytes([0xff, 0xe0]))).toBeNull(); // reserved MPEG layer
    expect(kindOfBytes(new Uint8Array())).toBeNull();
  });
});

describe('kindOfName', () => {
  it('reads the extension whatever its case', () => {
    expect(['a.MP3', 'b.m4a', 'c.oga', 'd.Wav', 'e.ogg'].map(kindOfName)).toEqual(['mp3', 'm4a', 'ogg', 'wav', 'ogg']);
    expect(['notes.txt', 'wav', 'x.mp3.png'].map(kindOfName)).toEqual([null, null, null]);
  });
});

describe('checkAudioFile', () => {
  const file = (name: string, type: string, size = 1000) => ({ name, type, size });

  it('accepts a file whose extension, type and bytes agree', () => {
    expect(checkAudioFile(file('tone.wav', 'audio/wav'), WAV)).toEqual({ ok: true, kind: 'wav' });
    expect(checkAudioFile(file('talk.m4a', 'audio/x-m4a'), M4A)).toEqual({ ok: true, kind: 'm4a' });
    expect(checkAudioFile(file('talk.mp3', 'audio/mpeg'), MP3_FRAME)).toEqual({ ok: true, kind: 'mp3' });
    expect(checkAudioFile(file('talk.ogg', 'audio/ogg; codecs=opus'), OGG)).toEqual({ ok: true, kind: 'ogg' });
  });
  it('accepts a file the system gave no type, when name and bytes agree', () => {
    expect(checkAudioFile(file('talk.m4a', ''), M4A)).toEqual({ ok: true, kind: 'm4a' });
  });
  it('refuses a wrong extension, a wrong type, or bytes of another kind', () => {
    expect(checkAudioFile(file('notes.txt', 'text/plain'), WAV)).toEqual({ ok: false, error: 'type' });
    expect(checkAudioFile(file('tone.wav', 'image/png'), WAV)).toEqual({ ok: false, error: 'type' });
    expect(checkAudioFile(file('picture.mp3', 'audio/mpeg'), PNG)).toEqual({ ok: false, error: 'type' });
    expect(checkAudioFile(file('tone.mp3', 'audio/mpeg'), WAV)).toEqual({ ok: false, error: 'type' });
  });
  it('refuses a file over the limit before looking at its bytes, and an empty file', () => {
    expect(checkAudioFile(file('long.wav', 'audio/wav', AUDIO_LIMIT_BYTES + 1), WAV)).toEqual({ ok: false, error: 'size' });
    expect(checkAudioFile(file('long.txt', 'text/plain', AUDIO_LIMIT_BYTES + 1), PNG)).toEqual({ ok: false, error: 'size' });
    expect(checkAudioFile(file('full.wav', 'audio/wav', AUDIO_LIMIT_BYTES), WAV)).toEqual({ ok: true, kind: 'wav' });
    expect(checkAudioFile(file('small.wav', 'audio/wav', 2000), WAV, 1000)).toEqual({ ok: false, error: 'size' });
    expect(checkAudioFile(file('none.wav', 'audio/wav', 0), WAV)).toEqual({ ok: false, error: 'empty' });
  });
});
