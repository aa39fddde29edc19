import { afterEach, describe, expect, it, vi } from 'vitest';
import { globalTimers, MAX_TIMER_DELAY_MS } from './timers';

afterEach(() => vi.useRealTimers());

describe('globalTimers', () => {
  it('reads the global timers per call, so fake timers installed later drive it', () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    globalTimers.setTimeout(fired, 1_000);
    vi.advanceTimersByTime(999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledOnce();
  });

  it('clears what it set', () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    const handle = globalTimers.setTimeout(fired, 10);
    globalTimers.clearTimeout(handle);
    vi.advanceTimersByTime(100);
    expect(fired).not.toHaveBeenCalled();
  });

  it.each([Infinity, Number.NaN, 2 ** 40])('clamps an absurd delay (%d) instead of firing at once', (delay) => {
    vi.useFakeTimers();
    const fired = vi.fn();
    globalTimers.setTimeout(fired, delay);
    vi.advanceTimersByTime(60_000);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MAX_TIMER_DELAY_MS);
    expect(fired).toHaveBeenCalledOnce();
  });
});
