import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clampTimerDelay } from '../core/timers';

// The first reading is taken in a layout effect in the browser, so it lands before the first
// paint (no frame shows a time the clock has not given). The server runs no effect at all.
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Options of {@link useNow}. */
export interface UseNowOptions {
  /**
   * Wall-clock ms to count towards: each tick lands just after a whole second before it (a
   * countdown never skips or stalls a digit), and ticking stops once it has passed. Without it,
   * the clock is re-read every second from the first reading.
   */
  until?: number | null;
  /**
   * Called by the tick whose reading reaches `until` (in the same task as that reading, not a
   * render later), once per `until` while active.
   */
  onUntil?: (() => void) | undefined;
  /** The clock (ms). Default `Date.now`. */
  now?: () => number;
}

/**
 * The wall clock, re-read about once a second while `isActive`, and at once when the tab becomes
 * visible again (a hidden tab's timers are throttled, a sleeping laptop stops them). `null`
 * until the first reading: the clock is read in an effect, never during render, so the server
 * (and a hydrating client) render without it. One timer, cleared when inactive or unmounted.
 * The one ticking hook: countdowns, the QR ring and the session notice all read time here.
 *
 * @example
 * ```ts
 * const now = useNow(true);
 * const left = now === null ? null : Math.max(0, expiresAt - now);
 * ```
 */
export function useNow(isActive: boolean, { until = null, onUntil, now = Date.now }: UseNowOptions = {}): number | null {
  const [time, setTime] = useState<number | null>(null);
  const reached = useRef(onUntil);
  useEffect(() => {
    reached.current = onUntil;
  });
  useClientLayoutEffect(() => {
    if (!isActive) {
      // A reading from an earlier active spell is never shown again.
      setTime(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let hasReached = false;
    const tick = () => {
      const reading = now();
      setTime(reading);
      clearTimeout(timer);
      if (until === null) timer = setTimeout(tick, 1000);
      // An absurd `until` (NaN, a year away) gives a clamped delay: never a busy loop.
      else if (reading < until) timer = setTimeout(tick, clampTimerDelay(((until - reading) % 1000) + 20));
      else if (!hasReached) {
        hasReached = true;
        reached.current?.();
      }
    };
    tick();
    const onVisible = () => document.visibilityState === 'visible' && tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [isActive, until, now]);
  return time;
}
