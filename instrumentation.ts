// Runs once when a Next.js server starts: every request gets its socket's address stamped (for the
// rate limit; see lib/net/peer-stamp.ts), and the analysis workers load the dictionary now, so the
// first pasted text does not wait for them; the articles' analyses come from one of them, so this
// thread never loads the dictionary too (Next waits for register() before it serves).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  (await import('./lib/net/peer-stamp')).installPeerStamp();
  await (await import('./lib/reader/worker-pool')).warmAnalysisPool();
}
