import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalysisPool, type AnalysisPool } from './worker-pool';

const filename = path.join(__dirname, 'fixtures', 'test-worker.mjs');
const input = (ko: string) => ({ ko, en: '', title: '' });
const BUDGET = 10_000;
/** A deadline `ms` from now. */
const due = (ms = BUDGET) => Date.now() + ms;
let pool: AnalysisPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the analysis worker pool (piscina)', () => {
  it('a crashed worker fails only its own job: every job queued behind it is answered', async () => {
    pool = createAnalysisPool({ filename, threads: 1, maxQueue: 16 });
    const crash = pool.run(input('crash'), due());
    const queued = ['가', '나', '다', '라'].map((ko) => pool!.run(input(ko), due()));
    await expect(crash).rejects.toThrow();
    expect((await Promise.all(queued)).map((json) => JSON.parse(json).ko)).toEqual(['가', '나', '다', '라']);
  }, 30_000);

  it('a full queue is refused at once with AnalysisBusy, and the jobs already taken are answered', async () => {
    pool = createAnalysisPool({ filename, threads: 1, maxQueue: 2 });
    await pool.run(input('준비'), due()); // the worker has started
    const running = pool.run(input('busy 400'), due());
    await new Promise((resolve) => setTimeout(resolve, 100)); // the worker has taken the busy job
    const waiting = [pool.run(input('하나'), due()), pool.run(input('둘'), due())];
    // Refused at once: the refusal settles while the busy job is still running, not after it.
    const settled: string[] = [];
    const refused = pool.run(input('셋'), due()).catch((error: Error) => settled.push(error.name));
    void running.then(() => settled.push('busy job done'));
    await refused;
    expect(settled).toEqual(['AnalysisBusy']);
    expect(JSON.parse(await running).ko).toBe('busy 400');
    expect((await Promise.all(waiting)).map((json) => JSON.parse(json).ko)).toEqual(['하나', '둘']);
  }, 30_000);

  it('a hung job (past its budget and the grace) is stopped (AnalysisTimeout) and the pool goes on', async () => {
    pool = createAnalysisPool({ filename, threads: 1, maxQueue: 4, graceMs: 100 });
    await expect(pool.run(input('busy 5000'), due(50))).rejects.toMatchObject({ name: 'AnalysisTimeout' });
    expect(JSON.parse(await pool.run(input('다음'), due())).ko).toBe('다음');
  }, 30_000);

  it('a job still queued at its deadline is answered AnalysisTimeout then, not when a worker frees up', async () => {
    pool = createAnalysisPool({ filename, threads: 1, maxQueue: 4 });
    await pool.run(input('준비'), due()); // the worker has started
    const settled: string[] = [];
    const running = pool.run(input('busy 1500'), due()).then(() => settled.push('busy job done'));
    await new Promise((resolve) => setTimeout(resolve, 100)); // the worker has taken the busy job
    const queued = pool.run(input('가'), due(200)).catch((error: Error) => settled.push(error.name));
    await Promise.all([running, queued]);
    expect(settled).toEqual(['AnalysisTimeout', 'busy job done']);
  }, 30_000);

  it('a deadline already past is refused without queueing', async () => {
    pool = createAnalysisPool({ filename, threads: 1, maxQueue: 4 });
    await expect(pool.run(input('가'), Date.now() - 1)).rejects.toMatchObject({ name: 'AnalysisTimeout' });
  });
});

describe('the default number of analysis threads', () => {
  it('is one per core, at most two', async () => {
    const { defaultThreads } = await import('./worker-pool');
    expect([1, 2, 3, 4, 16].map((cores) => defaultThreads(cores))).toEqual([1, 2, 2, 2, 2]);
  });
});
