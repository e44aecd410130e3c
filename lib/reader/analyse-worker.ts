// Entry of the analysis worker threads (bundled by scripts/build-worker.mjs after `next build`,
// run by piscina). Each worker loads the dictionary once, then analyses texts and answers with
// ready JSON (packed, lib/payload/packed.ts): one string crosses to the main thread, which only
// routes requests.
import { getCorpus } from './corpus';
import { AnalysisTimeout, analyseImportPacked } from './imported';
import type { WorkerAnswer } from './worker-pool';

getCorpus();

export default function analyse({ input, deadline }: { input: { ko: string; en: string; title: string }; deadline: number }): WorkerAnswer {
  // The deadline counts from the request's arrival: a job that waited past it in the queue is dropped unread.
  if (Date.now() >= deadline) return { error: 'timeout' };
  try {
    return { json: JSON.stringify(analyseImportPacked(getCorpus(), input, deadline)) };
  } catch (error) {
    return { error: error instanceof AnalysisTimeout ? 'timeout' : 'failed' };
  }
}
