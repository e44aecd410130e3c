// A long Korean text for storage measurements (bench) and tests: the library's articles and the
// evaluation texts, one after another and again until it holds `chars` characters, cut there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCorpus, segmentsOf } from '../lib/reader';

export function longKoreanText(chars = 50_000): string {
  const parts = [
    getCorpus()
      .articles.flatMap((a) => segmentsOf(a).map((s) => s.ko))
      .join('\n'),
  ];
  for (const dir of ['eval/texts/dev', 'eval/texts/extra', 'eval/texts/held-out'])
    for (const file of readdirSync(dir).sort()) if (file.endsWith('.txt')) parts.push(readFileSync(join(dir, file), 'utf8').trim());
  let text = '';
  while (text.length < chars) for (const part of parts) text += `${part}\n\n`;
  return text.slice(0, chars);
}
