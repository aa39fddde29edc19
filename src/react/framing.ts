import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * True when this page runs inside a frame of another origin: where clickjacking lives (a
 * hostile page overlays our form and tricks the person into typing into it). Reading
 * `top.location` across origins throws, which is the signal.
 */
export function isCrossOriginFramed(): boolean {
  if (typeof window === 'undefined' || window.top === window.self) return false;
  try {
    return window.top?.location.origin !== window.location.origin;
  } catch {
    return true;
  }
}

/** {@link isCrossOriginFramed}, `false` on the server and while hydrating (then corrected). */
export function useIsCrossOriginFramed(): boolean {
  return useSyncExternalStore(noSubscription, isCrossOriginFramed, () => false);
}
