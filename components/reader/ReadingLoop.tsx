'use client';

import dynamic from 'next/dynamic';
import { useIdle } from '../use-idle';
import type { Props } from './ReadingLoopBody';

export type { ReadingLoopLabels } from './ReadingLoopBody';

const ReadingLoopBody = dynamic(() => import('./ReadingLoopBody'));

/**
 * The learner's loop below the text: the status keys, "mark the rest as known" and the shortcuts
 * (ReadingLoopBody). Script only (storage is this browser's): the server renders the space it will
 * take, and its code comes when the browser is idle after load, like the popover's card, so that the
 * reader's first load does not carry it.
 */
export default function ReadingLoop(props: Props) {
  const idle = useIdle();
  return (
    // Space kept for the panel (heading, button, hint), so that nothing below moves when it comes.
    <div className="mt-10 flex min-h-28 flex-wrap items-start justify-between gap-3">{idle && <ReadingLoopBody {...props} />}</div>
  );
}
