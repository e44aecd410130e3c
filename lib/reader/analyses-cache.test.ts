import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseKorean, compileLexicon } from '@/lib/korean';
import { cachedAnalysis, readAnalysesCache, writeAnalysesCache } from './analyses-cache';

const lexicon = compileLexicon([]);

describe('article analyses kept by the build', () => {
  it('come back as written, only for the same text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'analyses-'));
    const file = path.join(dir, 'server', 'a.json');
    const analysis = analyseKorean('반도체 적자를 기록했다.', lexicon);
    writeAnalysesCache(new Map([['story', new Map([['p01-1', analysis]])]]), file);
    expect(readdirSync(path.dirname(file))).toEqual(['a.json']); // no temporary file left
    const cache = readAnalysesCache(file);
    expect(cachedAnalysis(cache, 'story', 'p01-1', '반도체 적자를 기록했다.')).toEqual(analysis);
    // The sentence was edited after the build: analysed again, not taken from the file.
    expect(cachedAnalysis(cache, 'story', 'p01-1', '반도체 흑자를 기록했다.')).toBeNull();
    expect(cachedAnalysis(cache, 'story', 'p01-2', '반도체 적자를 기록했다.')).toBeNull();
  });

  it('are no cache when the file is missing or broken', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'analyses-'));
    expect(readAnalysesCache(path.join(dir, 'none.json'))).toBeNull();
    writeFileSync(path.join(dir, 'bad.json'), '{"truncated": [');
    expect(readAnalysesCache(path.join(dir, 'bad.json'))).toBeNull();
    writeFileSync(path.join(dir, 'object.json'), '{}');
    expect(readAnalysesCache(path.join(dir, 'object.json'))).toBeNull();
    expect(cachedAnalysis(null, 'story', 'p01-1', 'x')).toBeNull();
  });
});
