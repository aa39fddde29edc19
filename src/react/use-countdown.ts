import { useEffect, useRef, useState } from 'react';

/**
 * Whole seconds left until `deadline` (wall-clock ms), ticking once a second. Deadline-based:
 * each tick recomputes from `Date.now()`, so a throttled background timer or a sleeping laptop
 * still shows the right value, and `visibilitychange` re-checks at once. Calls `onDone` once
 * when it reaches zero. One timer, cleared on unmount.
 */
export function useCountdown(deadline: number | null, onDone?: () => void): number {
  const left = () => (deadline === null ? 0 : Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
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
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
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
      timer = setTimeout(tick, ((deadline - Date.now()) % 1000) + 20);
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
