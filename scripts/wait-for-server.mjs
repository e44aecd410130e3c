/** Waits until a freshly started `next start` answers its first page (about 30 s at most). */
export async function waitForServer(base) {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/ko`)).ok) return;
    } catch {}
    if (i > 100) throw new Error('next start did not come up');
    await new Promise((r) => setTimeout(r, 300));
  }
}
