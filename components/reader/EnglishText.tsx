import { linkEnglish, type compileEnglishTerms } from '@/lib/glossary';

type Props = { text: string; phrases: ReturnType<typeof compileEnglishTerms>; locale: string };

/** English text with its glossary terms linked (case-insensitive, plurals and aliases included). */
export default function EnglishText({ text, phrases, locale }: Props) {
  return (
    <>
      {linkEnglish(text, phrases).map((segment, i) =>
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
