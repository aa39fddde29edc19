import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { createSession, type Session, type SessionOptions } from '../../core/session';
import { SessionContext } from './session-context';

/**
 * Props of `<SessionProvider>`: either a session the host created (and owns), or the options
 * to create one here (then the provider owns it: it starts on mount and is disposed on unmount).
 */
export type SessionProviderProps = { children?: ReactNode } & (
  | { session: Session }
  | (Omit<SessionOptions, 'start'> & { session?: undefined })
);

/**
 * Makes a session available to `useSession()`, `<SessionExpiryNotice>` and a `<SignInFlow>`
 * inside it (which then hands its tokens over by itself).
 *
 * The options are read once, on mount: to switch clients, remount with a `key`. Under
 * StrictMode the session object is created once per mount and its background work (timers,
 * channel, listeners) runs only between the effect's start and cleanup, so a double mount
 * leaves nothing behind.
 *
 * Rendering is pure (Next.js `cacheComponents`, prerendering): creating the session reads no
 * clock, storage or randomness. The server and the hydration render show `signed-out` with
 * `isRestored: false`; the session reads its storage when it starts, in a layout effect, so a
 * stored pair is adopted right after hydration (before the first paint of a client render).
 *
 * @example
 * ```tsx
 * <SessionProvider client={client} storage={sessionStorageAdapter()}>
 *   <App />
 * </SessionProvider>
 * ```
 */
/** Layout effects do not run on the server; React 18 warns about them there. */
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export function SessionProvider(props: SessionProviderProps) {
  const { children } = props;
  const external = props.session ?? null;
  // Created with `start: false`: constructing reads nothing (no storage, clock or random id),
  // so it is pure during render and StrictMode's discarded second initializer costs nothing.
  const [owned] = useState<Session | null>(() => {
    if (props.session) return null;
    const { children: _children, session: _session, ...options } = props;
    return createSession({ ...options, start: false });
  });

  useClientLayoutEffect(() => {
    if (!owned) return;
    owned.start();
    return () => owned.dispose();
  }, [owned]);

  const session = external ?? owned;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
