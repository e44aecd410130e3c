import type { CSSProperties } from 'react';
import type { Note, Segment } from '@/lib/content';
import type { RenderText } from './ArticleView';
import NoteMarker from './NoteMarker';

type Props = {
  sentence: Segment;
  lang: 'ko' | 'en';
  /** Its place in the interleaved view: Korean, English, Korean, … */
  order: number;
  render: RenderText;
  notes: Note[] | undefined;
  noteLabel: (n: number) => string;
  locale: 'ko' | 'en';
};

/** One sentence of a paragraph in one language, with the markers of its translator's notes. */
export default function Sentence({ sentence, lang, order, render, notes, noteLabel, locale }: Props) {
  return (
    <span
      id={lang === 'ko' ? sentence.id : undefined}
      className="s"
      data-sid={sentence.id}
      // Focusable on purpose: arrows walk its words, Enter reveals a hidden translation.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      style={{ '--o': order } as CSSProperties}
    >
      {/* The inner span is what "hide translation" hides (markers included), while the sentence keeps its box. */}
      <span className="t">
        {notes ? (
          <>
            {/* Its own element, so the sentence's text is still one element without the marker. */}
            <span>{render(sentence, lang)}</span>
            {notes.map((note) => (
              <NoteMarker key={note.id} note={note} label={noteLabel(note.number)} lang={locale} />
            ))}
          </>
        ) : (
          render(sentence, lang)
        )}
      </span>
    </span>
  );
}
