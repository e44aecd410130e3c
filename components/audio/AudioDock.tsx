'use client';

import dynamic from 'next/dynamic';
import { useIdle } from '../use-idle';

const AudioDockBody = dynamic(() => import('./AudioDockBody'));

/**
 * The reader's "Audio" button and player. Its code comes when the browser is idle after load, so
 * nothing of it is in the reader's first load; without JavaScript there is no button (audio needs
 * the browser's storage). The button sits on the back link's line: nothing moves when it comes.
 */
export default function AudioDock({ audioKey }: { audioKey: string }) {
  return useIdle() && <AudioDockBody audioKey={audioKey} />;
}
