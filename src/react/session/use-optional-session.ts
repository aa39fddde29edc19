import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Session, SessionSnapshot } from '../../core/session';
import { SessionContext } from './session-context';

/** What `useSession()` returns. */
export interface UseSessionResult {
  /** `signed-out | signed-in | refreshing | cooling-down | expired`. */
  state: SessionSnapshot['state'];
  /** The full snapshot (expiry, cooldown, last error, reason). */
  snapshot: SessionSnapshot;
  tokens: SessionSnapshot['tokens'];
  signIn: Session['signIn'];
  signOut: Session['signOut'];
  authFetch: Session['authFetch'];
  extend: Session['extend'];
  /** The session object itself (for non-React code). */
  session: Session;
}

const noSubscription = () => () => {};

/**
 * The session of the nearest `<SessionProvider>`, or `null` outside one. For components that
 * work with or without a session (e.g. `<SignInFlow>` hands its tokens over when there is one).
 *
 * @example
 * ```tsx
 * const session = useOptionalSession();
 * const onSuccess = (tokens: TokenPair) => session?.signIn(tokens);
 * ```
 */
export function useOptionalSession(): UseSessionResult | null {
  const session = useContext(SessionContext);
  const subscribe = useCallback(
    (onChange: () => void) => (session ? session.subscribe(onChange) : noSubscription()),
    [session],
  );
  const getSnapshot = useCallback(() => session?.getSnapshot() ?? null, [session]);
  // What the server rendered (signed-out, nothing restored): hydration matches it, and the
  // session's real state follows right after.
  const getServerSnapshot = useCallback(() => session?.getServerSnapshot() ?? null, [session]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return useMemo(
    () =>
      session && snapshot
        ? {
            state: snapshot.state,
            snapshot,
            tokens: snapshot.tokens,
            signIn: session.signIn,
            signOut: session.signOut,
            authFetch: session.authFetch,
            extend: session.extend,
            session,
          }
        : null,
    [session, snapshot],
  );
}
