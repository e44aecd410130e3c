import type { EnglishSegment } from '@/lib/glossary/browser';

type Props = { segments: EnglishSegment[]; locale: string };

/** English text with its glossary terms linked (found by linkEnglish on the server). */
export default function EnglishText({ segments, locale }: Props) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.termId ? (
          <a key={i} href={`/${locale}/glossary/${segment.termId}`} className="term" data-term={segment.termId}>
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
