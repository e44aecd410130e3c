import type { Note } from '@/lib/content';

/**
 * The superscript number of a translator's note, after the sentence it belongs to: a plain
 * link to the note at the end of the article, named in the UI language ("Translator’s note 1").
 */
export default function NoteMarker({ note, label, lang }: { note: Note; label: string; lang: 'ko' | 'en' }) {
  return (
    <sup>
      <a
        href={`#note-${note.id}`}
        aria-label={label}
        lang={lang}
        data-note={note.id}
        className="ml-0.5 px-0.5 font-semibold text-teal-800 underline underline-offset-2 dark:text-teal-300"
      >
        {note.number}
      </a>
    </sup>
  );
}
