import { clampTimerDelay } from '../client/timer-delay';
import type { QrScheduler } from './types';

/**
 * The global timers, looked up on every call (so fake timers installed later still apply). Every
 * delay is clamped below the timer maximum: past it, a browser fires at once.
 */
export const globalScheduler: QrScheduler = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, clampTimerDelay(delayMs)),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
