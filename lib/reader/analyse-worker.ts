// Entry of the analysis worker threads (bundled by scripts/build-worker.mjs after `next build`,
// run by piscina). Each worker loads the dictionary once, then analyses texts and answers with
// ready JSON, so the server's main thread only routes requests.
import { getCorpus } from './corpus';
import { AnalysisTimeout, analyseImport } from './imported';
import type { WorkerAnswer } from './worker-pool';

getCorpus();

export default function analyse({ input, budgetMs }: { input: { ko: string; en: string; title: string }; budgetMs: number }): WorkerAnswer {
  // The budget starts now, when this worker takes the job, not when the request arrived.
  const deadline = Date.now() + budgetMs;
  try {
    return { json: JSON.stringify(analyseImport(getCorpus(), input, deadline)) };
  } catch (error) {
    return { error: error instanceof AnalysisTimeout ? 'timeout' : 'failed' };
  }
}
