import { useEffect, useState } from 'react';

/**
 * The current time, re-read about once a second while `isActive` (and never otherwise: no timer
 * is left behind). Drives the expiry ring.
 */
export function useNow(isActive: boolean, now: () => number = Date.now, intervalMs = 1000): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    if (!isActive) return;
    const tick = () => setTime(now());
    tick();
    const id = setInterval(tick, intervalMs);
    return () => clearInterval(id);
  }, [isActive, now, intervalMs]);
  return time;
}
