import type { Note } from '@/lib/content';

export type NoteLabels = { heading: string; back: string };
type Props = { notes: Note[]; lang: 'ko' | 'en'; labels: NoteLabels; paragraphOf: Map<string, string> };

/**
 * The translator's notes at the end of the article, in the UI language, each with links back to
 * the paragraphs it is about (a paragraph, not a sentence: it is visible in every view).
 */
export default function TranslatorNotes({ notes, lang, labels, paragraphOf }: Props) {
  if (notes.length === 0) return null;
  return (
    <section lang={lang} aria-labelledby="translator-notes" className="mt-12 border-t border-stone-200 pt-4 dark:border-stone-800">
      <h2 id="translator-notes" className="text-lg font-bold">
        {labels.heading}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm leading-relaxed">
        {notes.map((note) => (
          <li key={note.id} id={`note-${note.id}`} className="scroll-mt-24">
            {note[lang]}
            {note.sentenceIds.map((sid, i) => (
              // Named "Back to the text" (then 1, 2 … when a note has several sentences), the arrow being decoration.
              <a
                key={sid}
                href={`#${paragraphOf.get(sid)}`}
                className="ml-1.5 text-teal-800 underline underline-offset-2 dark:text-teal-300"
              >
                <span aria-hidden="true">↩</span>
                <span className="sr-only">{labels.back} </span>
                {note.sentenceIds.length > 1 ? i + 1 : ''}
              </a>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
