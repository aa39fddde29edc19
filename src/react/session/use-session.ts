import { useOptionalSession, type UseSessionResult } from './use-optional-session';

/**
 * The session of the nearest `<SessionProvider>`: state, tokens and actions. Re-renders on
 * every snapshot change. Throws outside a provider (use `useOptionalSession()` there).
 *
 * @example
 * ```tsx
 * function Account() {
 *   const { state, authFetch, signOut } = useSession();
 *   if (state === 'signed-out') return <SignInFlow />;
 *   return <button onClick={() => void signOut()}>Sign out</button>;
 * }
 * ```
 */
export function useSession(): UseSessionResult {
  const result = useOptionalSession();
  if (!result) throw new Error('useSession() must be called inside <SessionProvider>.');
  return result;
}
