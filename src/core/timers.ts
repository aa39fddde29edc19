/**
 * The one timer abstraction of the core: every store that waits (the QR watcher and the QR
 * approval, the session, the client's request timeout) takes a {@link Timers}, so a virtual
 * clock or `vi.useFakeTimers()` can drive it, and every delay passes {@link clampTimerDelay}.
 *
 * Browsers (and Node) store a timer's delay as a signed 32-bit number: anything past
 * 2^31 − 1 ms (~24.8 days) wraps and fires at once, and `NaN` fires at once too. A delay that
 * comes from the server (or from arithmetic on its values) is clamped before it reaches
 * `setTimeout`, so an absurd value can never turn a wait into a busy loop.
 */

/**
 * Timers, injectable so a virtual clock can drive a store. The default ({@link globalTimers})
 * reads the global `setTimeout`/`clearTimeout` at call time.
 */
export interface Timers {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

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

/**
 * The global timers, looked up on every call (so fake timers installed later still apply), with
 * every delay clamped below the timer maximum.
 */
export const globalTimers: Timers = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, clampTimerDelay(delayMs)),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
