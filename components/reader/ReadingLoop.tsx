'use client';

import { useEffect, useState, type ComponentType } from 'react';
import type { Props } from './ReadingLoopBody';

export type { ReadingLoopLabels } from './ReadingLoopBody';

/**
 * The learner's loop below the text: the status keys, "mark the rest as known" and the shortcuts
 * (ReadingLoopBody). Script only (storage is this browser's): the server renders the space it will
 * take, and its code comes when the browser is idle after load, like the popover's card, so that the
 * reader's first load does not carry it.
 */
export default function ReadingLoop(props: Props) {
  const [Body, setBody] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    let cancelled = false;
    const idle = window.requestIdleCallback ?? ((fn: () => void, _options?: IdleRequestOptions) => window.setTimeout(fn, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void import('./ReadingLoopBody').then((module) => !cancelled && setBody(() => module.default)), {
      timeout: 1500,
    });
    return () => {
      cancelled = true;
      cancel(handle);
    };
  }, []);
  return (
    // Space kept for the panel (heading, button, hint), so that nothing below moves when it comes.
    <div className="mt-10 flex min-h-28 flex-wrap items-start justify-between gap-3">{Body && <Body {...props} />}</div>
  );
}
