'use client';

import { createSignInClient, SessionProvider, SignInFlow, useSession, type ClassNames, type Theme } from 'b2core-sign-in';
import { sessionStorageAdapter } from 'b2core-sign-in/core';
import { Portal } from './portal';

/** Same origin: next.config.ts rewrites /api/v2/my/* to the B2Core host. */
const client = createSignInClient({ baseUrl: '' });
/** The tokens survive a reload in this tab (sessionStorage); memory only by default. */
const storage = sessionStorageAdapter();

/** Props a Server Component may pass: plain data only (a theme, class names), no callbacks. */
export interface SignInProps {
  theme?: Theme;
  classNames?: ClassNames;
}

function Gate({ theme, classNames }: SignInProps) {
  const { state } = useSession();
  // `expired` is signed out too (the refresh token is gone or the refresh failed for good).
  if (state === 'signed-out' || state === 'expired') return <SignInFlow client={client} theme={theme} classNames={classNames} />;
  return <Portal />;
}

/** The client boundary: the session and the flow, themed from the server. */
export function SignIn(props: SignInProps) {
  return (
    <SessionProvider client={client} storage={storage}>
      <Gate {...props} />
    </SessionProvider>
  );
}
