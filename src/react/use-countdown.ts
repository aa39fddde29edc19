import { useEffect, useRef, useState } from 'react';
import { RETRY_AFTER_MAX_SECONDS } from '../core/client/retry-after';
import { clampTimerDelay } from '../core/timers';

/**
 * Whole seconds from now to `deadline`, 0 … 24 h: a deadline built from an absurd server value
 * (`Infinity`, `NaN`, a year away) never shows `Infinity:NaN` nor spins the timer.
 */
function secondsUntil(deadline: number): number {
  const seconds = Math.ceil((deadline - Date.now()) / 1000);
  return Number.isNaN(seconds) ? 0 : Math.min(RETRY_AFTER_MAX_SECONDS, Math.max(0, seconds));
}

/**
 * Whole seconds left until `deadline` (wall-clock ms), ticking once a second. Deadline-based:
 * each tick recomputes from `Date.now()`, so a throttled background timer or a sleeping laptop
 * still shows the right value, and `visibilitychange` re-checks at once. Calls `onDone` once
 * when it reaches zero. One timer, cleared on unmount. Never more than 24 h (the `Retry-After` cap).
 */
export function useCountdown(deadline: number | null, onDone?: () => void): number {
  const left = () => (deadline === null ? 0 : secondsUntil(deadline));
  const [seconds, setSeconds] = useState(left);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  useEffect(() => {
    if (deadline === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let finished = false;
    const tick = () => {
      const remaining = secondsUntil(deadline);
      setSeconds(remaining);
      clearTimeout(timer);
      if (remaining === 0) {
        if (!finished) {
          finished = true;
          done.current?.();
        }
        return;
      }
      // Wake just after the next whole second so the display never skips or stalls.
      timer = setTimeout(tick, clampTimerDelay(((deadline - Date.now()) % 1000) + 20));
    };
    tick();
    const onVisible = () => document.visibilityState === 'visible' && tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [deadline]);
  return deadline === null ? 0 : seconds;
}
