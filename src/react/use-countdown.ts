import { RETRY_AFTER_MAX_SECONDS } from '../core/client/retry-after';
import { useNow } from './use-now';

/**
 * Whole seconds from `now` to `deadline`, 0 … 24 h: a deadline built from an absurd server value
 * (`Infinity`, `NaN`, a year away) never shows `Infinity:NaN` nor spins the timer.
 */
function secondsUntil(deadline: number, now: number): number {
  const seconds = Math.ceil((deadline - now) / 1000);
  return Number.isNaN(seconds) ? 0 : Math.min(RETRY_AFTER_MAX_SECONDS, Math.max(0, seconds));
}

/**
 * Whole seconds left until `deadline` (wall-clock ms), ticking once a second (through
 * {@link useNow}). Deadline-based: each tick recomputes from the clock, so a throttled background
 * timer or a sleeping laptop still shows the right value, and `visibilitychange` re-checks at
 * once. Calls `onDone` once per deadline when it reaches zero. One timer, cleared on unmount.
 * Never more than 24 h (the `Retry-After` cap). 0 before the clock's first reading (on the
 * server; in the browser that reading lands before the first paint).
 *
 * @example
 * ```tsx
 * const resendIn = useCountdown(step.resendAt);
 * <button disabled={resendIn > 0}>Resend</button>
 * ```
 */
export function useCountdown(deadline: number | null, onDone?: () => void): number {
  const now = useNow(deadline !== null, { until: deadline, onUntil: onDone });
  return deadline === null || now === null ? 0 : secondsUntil(deadline, now);
}
