import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content';
import type { Analysis } from '@/lib/korean';
import { getCorpus, provideArticleAnalyses, segmentsOf } from './corpus';

// Its own file: getCorpus() is made once per process (per test file), and these analyses must come before it.
describe("the articles' analyses made by an analysis worker at server start", () => {
  it('are taken for each segment whose text they are of; any other segment is analysed here', () => {
    const [article] = loadArticles();
    const [first, second] = segmentsOf(article!);
    const marked = (text: string): Analysis => ({ text, eojeols: [], morphemes: [], terms: [] });
    provideArticleAnalyses(
      new Map([
        [
          article!.slug,
          new Map([
            [first!.id, marked(first!.ko)],
            [second!.id, marked(`${second!.ko} (an older text)`)],
          ]),
        ],
      ]),
    );
    const analyses = getCorpus().analyses.get(article!.slug)!;
    expect(analyses.get(first!.id)).toEqual(marked(first!.ko));
    expect(analyses.get(second!.id)!.text).toBe(second!.ko);
    expect(analyses.get(second!.id)!.eojeols.length).toBeGreaterThan(0);
  });
});
