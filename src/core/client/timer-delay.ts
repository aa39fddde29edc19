/**
 * Browsers (and Node) store a timer's delay as a signed 32-bit number: anything past
 * 2^31 − 1 ms (~24.8 days) wraps and fires at once, and `NaN` fires at once too. A delay that
 * comes from the server (or from arithmetic on its values) goes through {@link clampTimerDelay}
 * before it reaches `setTimeout`, so an absurd value can never turn a wait into a busy loop.
 */

/** The largest delay `setTimeout` honours: 2^31 − 1 ms. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/**
 * A delay `setTimeout` will honour: negative → 0, over the maximum (or `Infinity`) → the
 * maximum, and `NaN` → the maximum too (an unknown wait must not become "now": that is how
 * request storms start). Whoever waits longer than the maximum re-checks the wall clock when the
 * timer fires.
 */
export function clampTimerDelay(ms: number): number {
  if (Number.isNaN(ms)) return MAX_TIMER_DELAY_MS;
  return Math.min(MAX_TIMER_DELAY_MS, Math.max(0, ms));
}
