import { describe, expect, it } from 'vitest';
import { toAnkiTsv, toCsv } from './index';

describe('formula-leading cells', () => {
  const rows = [['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '반도체']];

  it('are defused in the CSV', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], rows)).toContain(`"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),반도체`);
  });

  it('are defused in the Anki TSV as in the CSV, also after a leading tab or line break is cleaned', () => {
    const lines = toAnkiTsv(['a', 'b', 'c', 'd', 'e'], [...rows, ['\t=1', '\n+2', 'x', 'y', 'z']])
      .trimEnd()
      .split('\n');
    expect(lines[4]).toBe(`'=HYPERLINK("http://x")\t'+1\t'-2\t'@SUM(A1)\t반도체`);
    expect(lines[5]).toBe(`'=1\t'+2\tx\ty\tz`);
  });
});
