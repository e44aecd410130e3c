'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { whenIdle } from '@/lib/idle';
import type { WordPayload } from '@/lib/payload';

export type WordData = { status: 'idle' | 'loading' | 'error' } | { status: 'ready'; payload: WordPayload };

/**
 * The article's word details, fetched once: when the browser is idle after load, or at the
 * first hover or focus, whichever comes first. `load` retries after an error. An imported text
 * brings its data with it (`given`), and nothing is fetched.
 */
export function useWordData(url: string | null, given?: WordPayload): [WordData, () => void] {
  const [data, setData] = useState<WordData>(given ? { status: 'ready', payload: given } : { status: 'idle' });
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current || !url) return;
    started.current = true;
    setData({ status: 'loading' });
    fetch(url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((payload: WordPayload) => setData({ status: 'ready', payload }))
      .catch(() => {
        started.current = false;
        setData({ status: 'error' });
      });
  }, [url]);
  useEffect(() => whenIdle(() => load()), [load]);
  return [data, load];
}
