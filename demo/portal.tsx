import { useEffect, useState } from 'react';
import { createSignInClient } from '../src/core/client/create-client';
import type { TokenPair } from '../src/core/client/types';

/** Reads the JWT payload (not verified: display only; the server checks tokens). */
function payloadOf(token: string): { email?: string; sub?: string } {
  try {
    const part = token.split('.')[1] ?? '';
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as { email?: string; sub?: string };
  } catch {
    return {};
  }
}

const client = createSignInClient({ baseUrl: '' });

/** The small "portal" after sign-in: who is signed in, when the access token expires, sign out. */
export function Portal({ tokens, onSignedOut }: { tokens: TokenPair; onSignedOut(): void }) {
  const { email, sub } = payloadOf(tokens.accessToken.token);
  const expiresAt = new Date(tokens.accessToken.expiresAt);
  const [now, setNow] = useState(() => Date.now());
  const [isSigningOut, setSigningOut] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const secondsLeft = Math.max(0, Math.round((expiresAt.getTime() - now) / 1000));
  const signOut = async () => {
    setSigningOut(true);
    // Local sign-out happens whatever the network says.
    await client.signOut({ accessToken: tokens.accessToken.token }).catch(() => undefined);
    onSignedOut();
  };
  return (
    <section aria-labelledby="portal-heading">
      <h1 id="portal-heading" tabIndex={-1}>
        Portal
      </h1>
      <p>
        Signed in as <strong data-testid="who">{email ?? 'unknown'}</strong> (client {sub ?? '?'}).
      </p>
      <p>
        Access token expires at <time dateTime={expiresAt.toISOString()}>{expiresAt.toLocaleTimeString()}</time> (in{' '}
        {Math.floor(secondsLeft / 60)}:{String(secondsLeft % 60).padStart(2, '0')}).
      </p>
      <button type="button" onClick={() => void signOut()} aria-busy={isSigningOut || undefined}>
        Sign out
      </button>
    </section>
  );
}
