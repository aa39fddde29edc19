import type { Timers } from '../../core';

/**
 * A deterministic virtual clock for the watcher's injectable scheduler: time moves only when
 * `advance` is called, timers fire in order, and promises settle between timers. No vitest
 * needed, so `npm run bench` can drive it from any runner.
 */
export function createVirtualClock() {
  let time = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; order: number; run: () => void }>();
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  const scheduler: Timers = {
    setTimeout(run, delayMs) {
      seq += 1;
      timers.set(seq, { at: time + Math.max(0, delayMs), order: seq, run });
      return seq;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
  };

  return {
    scheduler,
    now: () => time,
    pendingTimers: () => timers.size,
    /** Runs every timer due within `ms`, settling promises after each. */
    async advance(ms: number) {
      const end = time + ms;
      await settle();
      for (;;) {
        let next: [number, { at: number; order: number; run: () => void }] | undefined;
        for (const entry of timers) {
          if (entry[1].at > end) continue;
          if (!next || entry[1].at < next[1].at || (entry[1].at === next[1].at && entry[1].order < next[1].order)) next = entry;
        }
        if (!next) break;
        timers.delete(next[0]);
        time = next[1].at;
        next[1].run();
        await settle();
      }
      time = end;
    },
  };
}
