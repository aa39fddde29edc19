import { describe, expect, it } from 'vitest';
import { clampRetryAfterSeconds, parseRetryAfter, RETRY_AFTER_MAX_SECONDS } from './retry-after';
import { clampTimerDelay, MAX_TIMER_DELAY_MS } from '../timers';

describe('parseRetryAfter: one documented range, 1 s … 24 h, whatever the server sends', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    ['30', 30],
    [' 0 ', 1],
    ['1.2', 2],
    ['86400', 86_400],
    ['99999999999', RETRY_AFTER_MAX_SECONDS],
    ['9'.repeat(400), RETRY_AFTER_MAX_SECONDS],
    ['Thu, 01 Jan 2026 00:02:00 GMT', 120],
    ['Wed, 31 Dec 2025 23:00:00 GMT', 1],
    ['Fri, 01 Jan 9999 00:00:00 GMT', RETRY_AFTER_MAX_SECONDS],
    [null, 600],
    [undefined, 600],
    ['', 600],
    ['soon', 600],
    ['-5', 600],
    ['Infinity', 600],
    ['-Infinity', 600],
    ['NaN', 600],
    ['1e9', 600],
    ['Mon, 99 Foo 2026 99:99:99 GMT', 600],
  ])('%s → %i', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it('clamps numbers from elsewhere the same way', () => {
    expect(clampRetryAfterSeconds(Infinity)).toBe(RETRY_AFTER_MAX_SECONDS);
    expect(clampRetryAfterSeconds(-Infinity)).toBe(1);
    expect(clampRetryAfterSeconds(Number.NaN)).toBe(600);
    expect(clampRetryAfterSeconds(0.01)).toBe(1);
  });
});

describe('clampTimerDelay: below the timer maximum, never "now" by accident', () => {
  it.each([
    [1000, 1000],
    [-5, 0],
    [1e14, MAX_TIMER_DELAY_MS],
    [2 ** 31, MAX_TIMER_DELAY_MS],
    [Infinity, MAX_TIMER_DELAY_MS],
    [Number.NaN, MAX_TIMER_DELAY_MS],
  ])('%d → %d', (ms, expected) => {
    expect(clampTimerDelay(ms)).toBe(expected);
  });
});
