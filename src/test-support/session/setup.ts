/** Shared lifecycle for the session suites: MSW once per file, a fake clock and a fresh world per test. */
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { startMsw, stopMsw } from './world';

export const T0 = new Date('2026-03-01T10:00:00Z');

export function useSessionTestLifecycle(): void {
  beforeAll(() => {
    startMsw();
  });
  afterAll(() => stopMsw());
  afterEach(() => {
    vi.useRealTimers();
  });
}

export function useFakeClock(at: Date = T0): void {
  vi.useFakeTimers({ now: at });
}
