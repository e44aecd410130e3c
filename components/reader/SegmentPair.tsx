import type { Segment } from '@/lib/content';
import type { RenderText } from './ArticleView';

/** A title, heading or caption: its Korean cell, then its English cell, sharing the segment's id for cross-highlighting. */
export default function SegmentPair({ segment, render }: { segment: Segment; render: RenderText }) {
  return (
    <>
      <span id={segment.id} lang="ko" className="cell s" data-sid={segment.id}>
        {render(segment, 'ko')}
      </span>
      <span lang="en" className="cell s" data-sid={segment.id}>
        {render(segment, 'en')}
      </span>
    </>
  );
}
