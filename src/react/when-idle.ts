/**
 * Runs `task` once the browser is idle after the current work (first paint included):
 * `requestIdleCallback` where there is one, else a timeout. Returns the cancel, for an effect's
 * cleanup. Never runs on the server (effects do not).
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1);
  return () => clearTimeout(handle);
}
