import { toCsv } from '@/lib/glossary';
import { getCorpus } from '@/lib/reader';

export const dynamic = 'force-static';

export function GET() {
  return new Response(toCsv(getCorpus().glossary.entries), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="hanyeong-glossary.csv"' },
  });
}
