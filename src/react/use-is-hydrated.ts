import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * `false` on the server and while hydrating server HTML, `true` from then on, and `true` from
 * the very first render of a client-only mount (no extra render there).
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
