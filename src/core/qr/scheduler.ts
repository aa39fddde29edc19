import type { QrScheduler } from './types';

/** The global timers, looked up on every call (so fake timers installed later still apply). */
export const globalScheduler: QrScheduler = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
