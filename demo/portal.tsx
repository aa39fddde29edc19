import { useEffect, useState } from 'react';
import { formatDuration } from '../src/i18n/format';
import { SessionExpiryNotice, useSession } from '../src/react/session';

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

/** `m:ss` until `deadline`, ticking once a second. */
function useTimeLeft(deadline: number | null): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return formatDuration(deadline === null ? 0 : (deadline - now) / 1000);
}

/**
 * The small "portal" after sign-in: who is signed in, the session's state and when the access
 * token expires (the session refreshes it before then), an authorized call, sign out.
 */
export function Portal({ locale, onSignedOut }: { locale: string; onSignedOut(): void }) {
  const { state, tokens, snapshot, authFetch, signOut } = useSession();
  const { email, sub } = tokens ? payloadOf(tokens.accessToken.token) : {};
  const timeLeft = useTimeLeft(snapshot.accessExpiresAt);
  const [profile, setProfile] = useState<string>('');
  const loadProfile = async () => {
    // authFetch adds the Bearer token; on a 401 it refreshes once and replays.
    const response = await authFetch('/api/v2/my/profile').catch(() => null);
    setProfile(response?.ok ? JSON.stringify(await response.json()) : `failed (${response?.status ?? 'network'})`);
  };
  return (
    <section aria-labelledby="portal-heading">
      <SessionExpiryNotice locale={locale} />
      <h1 id="portal-heading" tabIndex={-1}>
        Portal
      </h1>
      <p>
        Signed in as <strong data-testid="who">{email ?? 'unknown'}</strong> (client {sub ?? '?'}).
      </p>
      <p>
        Session: <strong>{state}</strong>. The access token expires in {timeLeft}; the session renews it before then.
      </p>
      <p>
        <button type="button" onClick={() => void loadProfile()}>
          Call GET /profile
        </button>{' '}
        <output aria-live="polite">{profile}</output>
      </p>
      <button
        type="button"
        onClick={() => {
          // Local sign-out happens at once (every tab), whatever the network says.
          void signOut();
          onSignedOut();
        }}
      >
        Sign out
      </button>
    </section>
  );
}
