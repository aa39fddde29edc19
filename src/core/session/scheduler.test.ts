/**
 * The session's one wake-up timer with absurd deadlines (issue 10): whatever arithmetic on a
 * server value produces (NaN, Infinity, far future), no `setTimeout` delay is ever NaN, negative
 * or over the chunk, so a broken value can never become a busy loop.
 */
import { describe, expect, it } from 'vitest';
import { createScheduler, MAX_CHUNK_MS } from './scheduler';
import type { Timers } from '../timers';

function recordingTimers() {
  const delays: number[] = [];
  const timers: Timers = {
    setTimeout: (_callback, ms) => {
      delays.push(ms);
      return delays.length;
    },
    clearTimeout: () => {},
  };
  return { delays, timers };
}

describe('createScheduler with absurd deadlines', () => {
  it.each([Number.POSITIVE_INFINITY, 1e308, 8.64e15 + 1, Number.NaN])('waits at most one chunk for %s', (deadline) => {
    const { delays, timers } = recordingTimers();
    const scheduler = createScheduler(() => 1_000, timers);
    scheduler.at(deadline, () => {});
    expect(delays.length).toBeGreaterThan(0);
    for (const ms of delays) {
      expect(Number.isFinite(ms)).toBe(true);
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThanOrEqual(MAX_CHUNK_MS);
    }
  });
});
