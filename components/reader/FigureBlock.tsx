import type { Segment } from '@/lib/content';
import type { RenderText } from './ArticleView';
import SegmentPair from './SegmentPair';

/**
 * A figure whose image is not shipped: a styled placeholder that carries the English
 * image description as its text alternative, captioned in both languages.
 */
export default function FigureBlock({ segment, label, render }: { segment: Segment; label: string; render: RenderText }) {
  return (
    <figure className="fig mt-8" data-fid={segment.id}>
      <div
        role="img"
        lang="en"
        aria-label={segment.en}
        className="flex aspect-[3/1] max-h-72 w-full items-end rounded-xl bg-gradient-to-br from-sky-900 via-teal-800 to-indigo-900 p-4 text-xs font-semibold uppercase tracking-widest text-white/80"
      >
        <span aria-hidden="true">{label}</span>
      </div>
      <figcaption className="row mt-2 text-sm text-stone-600 dark:text-stone-400">
        <SegmentPair segment={segment} render={render} />
      </figcaption>
    </figure>
  );
}
