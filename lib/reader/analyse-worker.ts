// Entry of the analysis worker threads (bundled by scripts/build-worker.mjs after `next build`,
// run by piscina). Each worker loads the dictionary once, then analyses texts and answers with
// ready JSON (packed, lib/payload/packed.ts): one string crosses to the main thread, which only
// routes requests.
import { getCorpus, type Corpus } from './corpus';
import { AnalysisTimeout, analyseImportPacked } from './imported';
import type { ARTICLES_JOB, WorkerAnswer } from './worker-pool';

// The dictionary (ko-dic, about 1.5 s) loads now, as the worker starts, not with the first text a
// reader sends: on a server just started and busy, that text would otherwise wait past its deadline.
analyseImportPacked(getCorpus(), { ko: '사전을 미리 불러 둡니다.', en: '', title: '' }, Number.POSITIVE_INFINITY);

export default function analyse(
  job: { input: { ko: string; en: string; title: string }; deadline: number } | typeof ARTICLES_JOB,
): WorkerAnswer | Corpus['analyses'] {
  // Asked once at server start, so that the main thread need not load ko-dic (provideArticleAnalyses).
  if (job === 'article-analyses') return getCorpus().analyses;
  const { input, deadline } = job;
  // The deadline counts from the request's arrival: a job that waited past it in the queue is dropped unread.
  if (Date.now() >= deadline) return { error: 'timeout' };
  try {
    return { json: JSON.stringify(analyseImportPacked(getCorpus(), input, deadline)) };
  } catch (error) {
    return { error: error instanceof AnalysisTimeout ? 'timeout' : 'failed' };
  }
}
