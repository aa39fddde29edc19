/**
 * The one reading of `Retry-After`. A proxy, a bug or an attacker in the middle can send any
 * text; whatever arrives, the result is a whole number of seconds inside one documented range,
 * so no timer, countdown or cooldown built on it can overflow, spin or block for weeks.
 */

/** The shortest wait a `Retry-After` can impose: a past date or `0` still waits this long. */
export const RETRY_AFTER_MIN_SECONDS = 1;
/** The longest wait a `Retry-After` can impose (24 h): a far-future date or a huge number is cut here. */
export const RETRY_AFTER_MAX_SECONDS = 86_400;
/** The wait when `Retry-After` is missing or unreadable: the documented 10-minute block. */
export const RETRY_AFTER_DEFAULT_SECONDS = 600;

/**
 * Clamps a wait in seconds into `[RETRY_AFTER_MIN_SECONDS, RETRY_AFTER_MAX_SECONDS]`, rounding
 * up; `NaN` becomes the default and ±`Infinity` the nearest bound. Consumers that receive a
 * `retryAfterSeconds` from elsewhere (a host's own client, another tab) pass it through here too.
 */
export function clampRetryAfterSeconds(seconds: number): number {
  if (Number.isNaN(seconds)) return RETRY_AFTER_DEFAULT_SECONDS;
  return Math.min(RETRY_AFTER_MAX_SECONDS, Math.max(RETRY_AFTER_MIN_SECONDS, Math.ceil(seconds)));
}

/**
 * `Retry-After` as seconds: delta-seconds (a fraction is rounded up) or an HTTP date relative to
 * `now`, clamped by {@link clampRetryAfterSeconds}. Missing, negative or unreadable values
 * (`-5`, `Infinity`, `soon`) give the default, 600.
 *
 * @example parseRetryAfter('99999999999') // 86400, not a timer that overflows to 1 ms
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number {
  const v = value?.trim() ?? '';
  // A 400-digit number is Infinity here, then the upper bound.
  if (/^\d+(\.\d+)?$/.test(v)) return clampRetryAfterSeconds(Number(v));
  // HTTP dates name a month; this keeps V8's lenient Date.parse from reading "-5" as a year.
  const at = /[a-z]{3}/i.test(v) ? Date.parse(v) : NaN;
  return clampRetryAfterSeconds((at - now) / 1000);
}
