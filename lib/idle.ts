/**
 * Runs `run` when the browser is next idle, and within `timeout` ms at the latest; returns its
 * cancel. Where requestIdleCallback is missing (Safari) it runs after 200 ms. Browser only.
 */
export function whenIdle(run: () => void, timeout = 1500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 200);
  return () => window.clearTimeout(handle);
}
