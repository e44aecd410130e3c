import 'server-only';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { getCorpus, provideArticleAnalyses, type Corpus } from './corpus';
import { ANALYSES_FILE } from './analyses-cache';
import { AnalysisTimeout, analyseImportPacked } from './imported';

type Input = { ko: string; en: string; title: string };
/** What an analysis worker answers: the JSON to send, or why there is none. */
export type WorkerAnswer = { json: string } | { error: 'timeout' | 'failed' };

/** Built by scripts/build-worker.mjs next to the server build. */
export const WORKER_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'analyse-worker.mjs');

/** Every worker is busy and the queue is full: the caller should answer 503 at once. */
export class AnalysisBusy extends Error {
  override name = 'AnalysisBusy';
}
export const isAnalysisBusy = (error: unknown) => error instanceof Error && error.name === 'AnalysisBusy';

/** The job that asks a worker for the articles' analyses (lib/reader/analyse-worker.ts). */
export const ARTICLES_JOB = 'article-analyses';

/**
 * `deadline` is a time (Date.now() scale) by which the answer is due, counted from the request's
 * arrival. `articleAnalyses()` asks a worker for the articles' analyses it made when it started.
 */
export type AnalysisPool = {
  run(input: Input, deadline: number): Promise<string>;
  articleAnalyses(): Promise<Corpus['analyses']>;
  close(): Promise<void>;
};

/**
 * A pool of analysis worker threads (piscina), each loading the dictionary once. Jobs wait in the
 * pool's own queue, not on a worker, so a worker that crashes fails only the job it was running
 * and piscina starts another. A job must be answered by its `deadline`, time in the queue
 * included: run() rejects with AnalysisTimeout at the deadline whatever the worker is doing; the
 * worker drops a job taken past its deadline and stops between sentences once past it; one still
 * running `graceMs` later (a hung worker) is aborted, which stops its worker. When `maxQueue` jobs
 * already wait, run() rejects at once.
 */
export function createAnalysisPool({
  filename,
  threads,
  maxQueue,
  graceMs = 20_000,
}: {
  filename: string;
  threads: number;
  maxQueue: number;
  graceMs?: number;
}): AnalysisPool {
  const pool = new Piscina({
    filename: pathToFileURL(filename).href,
    minThreads: threads,
    maxThreads: threads,
    maxQueue,
    idleTimeout: Number.POSITIVE_INFINITY,
    // A larger young generation: each analysis makes many short-lived token objects.
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
  });
  // piscina reports a worker's answer to a job it has already settled (aborted, or the pool closing)
  // as an 'error' event; unheard, that event would throw and end the process. The message quotes the
  // answer, which holds the user's text: log that it happened, not what it said.
  pool.on('error', (error: unknown) => {
    const unexpected = error instanceof Error && error.message.startsWith('Unexpected message from Worker');
    console.error(unexpected ? 'analysis pool: a worker answered a job already settled (ignored)' : 'analysis pool: a worker failed');
  });
  return {
    async run(input, deadline) {
      // piscina enforces maxQueue only for tasks without an abort signal (measured with 5.3.2), so check here too.
      if (pool.queueSize >= maxQueue) throw new AnalysisBusy('every analysis worker is busy');
      const left = deadline - Date.now();
      if (left <= 0) throw new AnalysisTimeout('no time left for the analysis');
      const task: Promise<WorkerAnswer> = pool.run({ input, deadline }, { signal: AbortSignal.timeout(left + graceMs) });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new AnalysisTimeout('analysis ran over its time')), left);
      });
      task.catch(() => {}); // the answer may come after the deadline has already been answered
      let answer: WorkerAnswer;
      try {
        answer = await Promise.race([task, late]);
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') throw new AnalysisTimeout('analysis worker stopped');
        if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new AnalysisBusy('every analysis worker is busy');
        throw error;
      } finally {
        clearTimeout(timer);
      }
      if ('json' in answer) return answer.json;
      throw answer.error === 'timeout' ? new AnalysisTimeout('analysis ran over its time') : new Error('analysis failed');
    },
    articleAnalyses: () => pool.run(ARTICLES_JOB) as Promise<Corpus['analyses']>,
    close: () => pool.destroy(),
  };
}

const shared = globalThis as typeof globalThis & { __hanyeongPool?: AnalysisPool };

/**
 * Analysis threads by default: one per core, at most 2. Each holds its own ko-dic (about 210 MB of
 * wasm memory): one thread keeps a 2-core server under 600 MB under load, but measured under the
 * bench's 20 clients it let some texts run past the deadline (503), where two answered every one.
 */
export const defaultThreads = (cores = availableParallelism()) => Math.max(1, Math.min(2, cores));

function defaultPool(): AnalysisPool | null {
  const threads = Number(process.env.HANYEONG_ANALYSE_WORKERS ?? defaultThreads());
  if (threads <= 0 || !existsSync(WORKER_FILE)) return null;
  const maxQueue = Number(process.env.HANYEONG_ANALYSE_QUEUE ?? 32);
  return (shared.__hanyeongPool ??= createAnalysisPool({ filename: WORKER_FILE, threads, maxQueue }));
}

/**
 * Called at server start (instrumentation.ts): starts the analysis workers (each loads the
 * dictionary) before the first text arrives. Where the build kept no analyses of the articles, it
 * takes them from one of the workers, so that this thread never loads ko-dic itself. Without workers, or if that fails, the pages
 * analyse the articles in this thread as before.
 */
export async function warmAnalysisPool() {
  const pool = defaultPool();
  // In development the worker build may be older than the analyser's code: the pages analyse themselves.
  if (!pool || process.env.NODE_ENV !== 'production') return;
  // The build kept the articles' analyses: the pages read them from there when they first need them,
  // and the workers (started by the pool, each loading the dictionary) need not be waited for.
  if (existsSync(ANALYSES_FILE)) return;
  try {
    provideArticleAnalyses(await pool.articleAnalyses());
  } catch {
    console.error('analysis pool: the articles could not be analysed in a worker; the pages analyse them');
  }
}

/**
 * Analyses a pasted text and returns the JSON to send (packed, lib/payload/packed.ts), by `deadline` (Date.now() scale) or with
 * AnalysisTimeout: on the worker pool when the worker build exists, else in this thread.
 */
export async function analyseImportJson(input: Input, deadline: number): Promise<string> {
  const pool = defaultPool();
  if (pool) return pool.run(input, deadline);
  return JSON.stringify(analyseImportPacked(getCorpus(), input, deadline));
}
