import { toAnkiTsv } from '@/lib/glossary';
import { getCorpus } from '@/lib/reader';

export const dynamic = 'force-static';

export function GET() {
  return new Response(toAnkiTsv(getCorpus().glossary.entries), {
    headers: {
      'Content-Type': 'text/tab-separated-values; charset=utf-8',
      'Content-Disposition': 'attachment; filename="hanyeong-glossary-anki.tsv"',
    },
  });
}
