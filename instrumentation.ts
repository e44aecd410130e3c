// Runs once when a Next.js server starts: the analysis workers load the dictionary now, in the
// background, so the first pasted text does not wait for them.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('./lib/reader/worker-pool')).warmAnalysisPool();
}
