import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { getCorpus } from './corpus';
import { AnalysisTimeout, analyseImport } from './imported';

type Input = { ko: string; en: string; title: string };
type Job = { resolve: (json: string) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> };
type Slot = { worker: Worker; jobs: Map<number, Job> };

/** Built by scripts/build-worker.mjs next to the server build. */
export const WORKER_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'analyse-worker.mjs');

const shared = globalThis as typeof globalThis & { __hanyeongPool?: Slot[] };
let nextId = 0;

function spawn(): Slot {
  // A larger young generation: each analysis makes many short-lived token objects.
  const slot: Slot = {
    worker: new Worker(/*turbopackIgnore: true*/ WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: 96 } }),
    jobs: new Map(),
  };
  slot.worker.on('message', ({ id, json, error }: { id: number; json?: string; error?: string }) => {
    const job = slot.jobs.get(id);
    if (!job) return;
    slot.jobs.delete(id);
    clearTimeout(job.timer);
    if (json !== undefined) job.resolve(json);
    else job.reject(error === 'timeout' ? new AnalysisTimeout('analysis ran over its time') : new Error('analysis failed'));
  });
  slot.worker.on('error', () => replace(slot));
  slot.worker.unref();
  return slot;
}

/** A worker that hangs or dies is replaced; its jobs fail (they are answered 503 or 500). */
function replace(slot: Slot) {
  const pool = shared.__hanyeongPool!;
  for (const job of slot.jobs.values()) {
    clearTimeout(job.timer);
    job.reject(new AnalysisTimeout('analysis worker stopped'));
  }
  void slot.worker.terminate();
  pool[pool.indexOf(slot)] = spawn();
}

function pool(): Slot[] | null {
  const size = Number(process.env.HANYEONG_ANALYSE_WORKERS ?? Math.min(2, availableParallelism()));
  if (size <= 0 || !existsSync(WORKER_FILE)) return null;
  return (shared.__hanyeongPool ??= Array.from({ length: size }, spawn));
}

/**
 * Analyses a pasted text and returns the JSON to send: on a pool of worker threads (one per
 * core, each with its own dictionary) when the worker build exists, else in this thread.
 * A worker past the deadline is stopped and replaced, so a runaway analysis cannot pile up.
 */
export function analyseImportJson(input: Input, deadline: number): Promise<string> {
  const slots = pool();
  if (!slots) {
    try {
      return Promise.resolve(JSON.stringify(analyseImport(getCorpus(), input, deadline)));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  const slot = slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => replace(slot), Math.max(0, deadline - Date.now()) + 1_000);
    slot.jobs.set(id, { resolve, reject, timer });
    slot.worker.postMessage({ id, input, deadline });
  });
}
