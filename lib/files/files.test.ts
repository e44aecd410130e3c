import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validatedOnce } from './index';

describe('validatedOnce: data files checked at build, read back at start', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hanyeong-cache-'));
  const cacheDir = path.join(dir, 'cache');
  const file = path.join(dir, 'words.tsv');
  afterEach(() => {
    delete process.env.HANYEONG_DATA_CACHE;
  });

  it('validates on every start when the cache may not be written (serving)', () => {
    writeFileSync(file, 'a\tnoun');
    const validate = vi.fn(() => ({ words: ['a'] }));
    expect(validatedOnce('words', [file], validate, cacheDir)).toEqual({ words: ['a'] });
    expect(validatedOnce('words', [file], validate, cacheDir)).toEqual({ words: ['a'] });
    expect(validate).toHaveBeenCalledTimes(2);
  });

  it('reads back what a build validated, and validates again when a file changes', () => {
    process.env.HANYEONG_DATA_CACHE = 'write';
    writeFileSync(file, 'b\tnoun');
    const validate = vi.fn(() => ({ words: ['b'] }));
    validatedOnce('words', [file], validate, cacheDir);
    expect(validatedOnce('words', [file], validate, cacheDir)).toEqual({ words: ['b'] });
    expect(validate).toHaveBeenCalledTimes(1);
    writeFileSync(file, 'c\tnoun');
    const again = vi.fn(() => ({ words: ['c'] }));
    expect(validatedOnce('words', [file], again, cacheDir)).toEqual({ words: ['c'] });
    expect(again).toHaveBeenCalledTimes(1);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.json'))).toHaveLength(2);
  });

  it('never caches a file that fails validation', () => {
    process.env.HANYEONG_DATA_CACHE = 'write';
    writeFileSync(file, 'broken');
    const failing = () => {
      throw new Error('words.tsv:1: expected 2 columns');
    };
    expect(() => validatedOnce('words', [file], failing, cacheDir)).toThrow('words.tsv:1');
    expect(() => validatedOnce('words', [file], failing, cacheDir)).toThrow('words.tsv:1');
  });
});
