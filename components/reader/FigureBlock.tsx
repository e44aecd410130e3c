import type { Segment } from '@/lib/content';

/**
 * A figure of the original article, of which we have only its description (the prompt its image
 * was generated from), never the picture: so it is captioned as an image description, in both
 * languages, as plain text. No role="img" or alt text claims a picture that is not there, and
 * glossary terms in it are not linked.
 */
export default function FigureBlock({ segment, label }: { segment: Segment; label: string }) {
  return (
    <figure
      id={segment.id}
      data-fid={segment.id}
      className="fig mt-8 rounded-lg border border-dashed border-stone-300 bg-stone-50 px-4 py-3 text-sm text-stone-700 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-300"
    >
      <figcaption className="text-xs font-semibold text-stone-600 dark:text-stone-400">{label}</figcaption>
      <div className="row mt-1 leading-relaxed">
        <p lang="ko" className="cell">
          {segment.ko}
        </p>
        <p lang="en" className="cell">
          {segment.en}
        </p>
      </div>
    </figure>
  );
}
