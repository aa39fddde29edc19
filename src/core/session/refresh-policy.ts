/**
 * The refresh budget, in numbers. The server allows 5 refresh calls a minute and then blocks
 * for 10 minutes, so every automatic attempt here is spaced and capped.
 */
import type { SignInError } from '../client/errors';

/** No two refresh attempts (or an attempt right after a pair arrived) closer than this. */
export const MIN_ATTEMPT_GAP_MS = 15_000;
/** Backoff after transient failures: 30 s, 60 s, 120 s, ... capped at 5 minutes. */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 5 * 60_000;
/** Cooldown after a 429 without `Retry-After` (the documented block). */
export const DEFAULT_COOLDOWN_MS = 600_000;
/**
 * The longest the session ever pauses refreshing after a 429, whatever `Retry-After` or another
 * tab says: the server's documented block. A longer claim (a proxy, a bug, a forged message)
 * costs at most one more attempt per block instead of a session left to expire.
 */
export const MAX_COOLDOWN_MS = DEFAULT_COOLDOWN_MS;
/** The shortest pause after a 429. */
export const MIN_COOLDOWN_MS = 1_000;
/** Failures counted for the backoff; beyond this the delay is at its cap anyway. */
export const MAX_FAILURES = 20;
/** Our own ceiling on one refresh call, for clients without a timeout. */
export const REFRESH_TIMEOUT_MS = 30_000;
/** How long a tab waits for another tab's refresh result before trying itself. */
export const PEER_WAIT_MS = 35_000;
/** The lock is held this long after the result is broadcast, so every tab hears it first. */
export const SETTLE_MS = 100;
/** At start, peers get this long to hand over a newer pair before this tab refreshes. */
export const STARTUP_GRACE_MS = 300;

/** Default margin: a tenth of the lifetime, between 10 s and 60 s. */
export function defaultMargin(lifetime: number): number {
  return Math.min(60_000, Math.max(10_000, lifetime / 10));
}

/** The pause after a 429 with `Retry-After: retryAfterSeconds`, within MIN/MAX_COOLDOWN_MS (NaN: the default). */
export function cooldownDelay(retryAfterSeconds: number): number {
  if (Number.isNaN(retryAfterSeconds)) return DEFAULT_COOLDOWN_MS;
  return Math.min(MAX_COOLDOWN_MS, Math.max(MIN_COOLDOWN_MS, retryAfterSeconds * 1000));
}

/** Delay before attempt `failures + 1`, with up to 20 % added jitter; never below 30 s (≤ 2 a minute). */
export function backoffDelay(failures: number, random: () => number): number {
  const base = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (1 + 0.2 * random()));
}

/** How a refresh failure is handled. */
export type FailureClass = 'dead' | 'rate-limited' | 'aborted' | 'transient';

/**
 * Only a definite 401 means the refresh token is dead. 429 cools down; everything else
 * (network, timeout, 5xx, other 4xx, garbage bodies) is transient and keeps the session.
 */
export function classifyFailure(error: SignInError): FailureClass {
  switch (error.detail.kind) {
    case 'unauthorized':
      return 'dead';
    case 'rate-limited':
      return 'rate-limited';
    case 'aborted':
      return 'aborted';
    case 'network':
    case 'timeout':
    case 'http':
    case 'invalid-response':
      return 'transient';
    default:
      return error.detail satisfies never;
  }
}
