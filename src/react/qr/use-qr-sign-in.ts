import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { createQrSignIn } from '../../core/qr/create-qr-sign-in';
import type { QrSignInOptions, QrSignInState } from '../../core/qr/types';

/**
 * Options of `useQrSignIn`: those of `createQrSignIn`. Changing `client`, `statusSource` or any
 * other non-callback option starts a new watcher (and a new code), so pass stable references
 * (module constants or memoized values). The callbacks may change on every render.
 */
export type UseQrSignInOptions = QrSignInOptions;

/** What `useQrSignIn` returns. */
export interface UseQrSignInResult {
  /** The watcher's state (see `QrSignInState`). */
  state: QrSignInState;
  /** Starts over with a fresh code ("Show a new code", "Try again"). */
  retry(): void;
}

/**
 * Headless QR sign-in: the watcher as React state, started on mount and torn down on unmount
 * (requests aborted, timers cleared), StrictMode-safe. Render the code yourself from
 * `state.channel` when `state.status` is `showing` or `renewing`.
 *
 * @example
 * ```tsx
 * const { state, retry } = useQrSignIn({ client, onSignedIn: (tokens) => save(tokens) });
 * if (state.status === 'showing' || state.status === 'renewing') return <MyQr value={state.channel.id} />;
 * if (state.status === 'stopped') return <button onClick={retry}>Show a new code</button>;
 * ```
 */
export function useQrSignIn(options: UseQrSignInOptions): UseQrSignInResult {
  const { client, statusSource, now, scheduler, renewBeforeMs, maxRenewals, maxWatchFailures, visibility } = options;
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });

  const qr = useMemo(
    () =>
      createQrSignIn({
        client,
        statusSource,
        now,
        scheduler,
        renewBeforeMs,
        maxRenewals,
        maxWatchFailures,
        visibility,
        onSignedIn: (tokens, clientId) => callbacks.current.onSignedIn?.(tokens, clientId),
        onStep: (step) => callbacks.current.onStep?.(step),
      }),
    [client, statusSource, now, scheduler, renewBeforeMs, maxRenewals, maxWatchFailures, visibility],
  );

  const state = useSyncExternalStore(qr.subscribe, qr.getSnapshot, qr.getSnapshot);

  useEffect(() => {
    let cancelled = false;
    // Deferred a microtask: StrictMode's mount → unmount → mount then makes one request, not an aborted extra.
    queueMicrotask(() => {
      if (!cancelled) qr.start();
    });
    return () => {
      cancelled = true;
      qr.stop();
    };
  }, [qr]);

  return { state, retry: qr.retry };
}
