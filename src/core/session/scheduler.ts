/**
 * One wake-up at a wall-clock deadline, reached through short chunks. Browser timers lie:
 * hidden tabs are throttled, a sleeping device stops them, and a delay above 2^31-1 ms fires
 * at once. So the scheduler never waits longer than `maxChunkMs`, compares the wall clock on
 * every wake-up, and can be told to re-check early (`recheck`, on visibility or network
 * changes). A late wake-up runs the callback once, never a burst.
 */

import { clampTimerDelay, type Timers } from '../timers';

/** @deprecated Use {@link Timers} (from `b2core-sign-in/core`): the core's one timer interface. */
export type TimerApi = Timers;

/** A single pending deadline. */
export interface Scheduler {
  /** Replaces any pending deadline: `callback` runs once the wall clock reaches `deadline`. */
  at(deadline: number, callback: () => void): void;
  /** Runs the pending callback now if its deadline has passed (e.g. after waking up). */
  recheck(): void;
  /** Drops the pending deadline. */
  cancel(): void;
  /** Whether a deadline is pending. */
  readonly isPending: boolean;
}

/** Longest single wait: bounds how late a wake-up can be after the device slept. */
export const MAX_CHUNK_MS = 60_000;

export function createScheduler(now: () => number, timers: Timers, maxChunkMs = MAX_CHUNK_MS): Scheduler {
  let handle: unknown = null;
  let deadline = 0;
  let callback: (() => void) | null = null;

  const clear = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };

  const fireIfDue = (): boolean => {
    if (!callback || now() < deadline) return false;
    const run = callback;
    callback = null;
    clear();
    run();
    return true;
  };

  const arm = () => {
    clear();
    if (!callback) return;
    // A NaN deadline (arithmetic on a broken value) waits a chunk and re-checks: never a busy loop.
    const wait = Math.min(clampTimerDelay(deadline - now()), maxChunkMs);
    handle = timers.setTimeout(() => {
      handle = null;
      if (!fireIfDue()) arm();
    }, wait);
  };

  return {
    at(at, run) {
      deadline = at;
      callback = run;
      arm();
    },
    recheck() {
      if (!fireIfDue()) arm();
    },
    cancel() {
      callback = null;
      clear();
    },
    get isPending() {
      return callback !== null;
    },
  };
}
