/**
 * Why a session is `signed-out` or `expired`: its own module so the message parser and the
 * public types share the list without importing each other.
 */

/** Every reason, for validating what other tabs send (an unknown reason is dropped, never shown). */
export const SESSION_REASONS = [
  'user',
  'refresh-rejected',
  'idle',
  'no-refresh-token',
  'refresh-token-expired',
  'refresh-failed',
] as const;

/**
 * Why a session is `signed-out` or `expired`.
 * - `user`: `signOut()` was called, here or in another tab.
 * - `refresh-rejected`: the server answered 401 to `/refresh`: the refresh token is dead.
 * - `idle`: the idle timeout elapsed with no activity.
 * - `no-refresh-token`: the pair came without a refresh token, and the access token has expired.
 * - `refresh-token-expired`: the refresh token's own lifetime is over.
 * - `refresh-failed`: the last refresh failed for a transient reason (network, 5xx, garbage); retries continue.
 */
export type SessionReason = (typeof SESSION_REASONS)[number];

/** Whether `value` is one of the known reasons. */
export function isSessionReason(value: unknown): value is SessionReason {
  return typeof value === 'string' && (SESSION_REASONS as readonly string[]).includes(value);
}
