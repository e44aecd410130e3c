// Entry of the analysis worker threads (bundled by scripts/build-worker.mjs after `next build`).
// Each worker loads the dictionary once, then analyses texts and answers with ready JSON, so the
// server's main thread only routes requests.
import { parentPort } from 'node:worker_threads';
import { AnalysisTimeout, analyseImport } from './imported';
import { getCorpus } from './corpus';

getCorpus();
parentPort?.on('message', ({ id, input, deadline }: { id: number; input: { ko: string; en: string; title: string }; deadline: number }) => {
  try {
    parentPort!.postMessage({ id, json: JSON.stringify(analyseImport(getCorpus(), input, deadline)) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof AnalysisTimeout ? 'timeout' : 'failed' });
  }
});
