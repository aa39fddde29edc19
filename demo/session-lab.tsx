import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createSignInClient } from '../src/core/client';
import {
  createSession,
  localStorageAdapter,
  sessionStorageAdapter,
  type SessionSnapshot,
  type SessionStorageAdapter,
} from '../src/core/session';
import { SessionExpiryNotice, SessionProvider, useSession } from '../src/react/session';
import { DEMO_PASSWORD } from '../src/simulator/accounts';
// The package stylesheet, linked once per page as a host does (`import 'b2core-sign-in/styles.css'`).
import '../src/theme/styles.css';

/**
 * The session lab: one session per tab against the same-origin simulator, with the real
 * BroadcastChannel and Web Locks. Open it in several tabs with `?storage=session`, sign in in
 * one, and watch the others adopt each refreshed pair (the simulator's `/__sim/requests` shows one `/refresh` per
 * expiry). Shorten token lifetimes with `PUT /__sim/config {"lifetimes":{"accessTokenMs":20000}}`.
 * Query parameters: `?jitter=0` (every tab due at the same instant), `?margin=<ms>`,
 * `?storage=memory|session|local` (memory: each tab keeps its own pair; session and local share it),
 * `?idle=<ms>` (idle timeout, shows the expiry notice).
 * `window.sessionLab` drives it from tests; it exposes a tag of the token, never the token.
 */

const params = new URLSearchParams(window.location.search);
const numberParam = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);
const storages: Record<string, () => SessionStorageAdapter | undefined> = {
  memory: () => undefined,
  session: () => sessionStorageAdapter(),
  local: () => localStorageAdapter(),
};

const client = createSignInClient({ baseUrl: '' });
const session = createSession({
  client,
  storage: storages[params.get('storage') ?? 'memory']?.(),
  refreshMargin: numberParam('margin'),
  idleTimeout: numberParam('idle'),
  random: params.get('jitter') === '0' ? () => 0 : undefined,
});

/** FNV-1a of the token: lets tests compare pairs across tabs without reading a secret. */
function tag(token: string | undefined): string | null {
  if (!token) return null;
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16);
}

async function signInDemo(): Promise<void> {
  const wizard = await client.wizard();
  const step = await client.signIn({ uuid: wizard.uuid, email: 'client@example.com', password: DEMO_PASSWORD });
  if (step.tokens) session.signIn(step.tokens);
}

const summary = (s: SessionSnapshot) => ({
  state: s.state,
  reason: s.reason,
  tokenTag: tag(s.tokens?.accessToken.token),
  accessExpiresAt: s.accessExpiresAt,
  cooldownUntil: s.cooldownUntil,
  error: s.error?.kind ?? null,
});

const lab = {
  snapshot: () => summary(session.getSnapshot()),
  signInDemo,
  signOut: () => session.signOut(),
  /** Status of the protected `GET /profile` through `authFetch`. */
  profile: async () => (await session.authFetch('/api/v2/my/profile')).status,
  /** Web Locks held on this origin right now (0 when no refresh runs). */
  locksHeld: async () => (await navigator.locks.query()).held?.length ?? 0,
  dispose: () => session.dispose(),
};
declare global {
  interface Window {
    sessionLab?: typeof lab;
  }
}
window.sessionLab = lab;

function Panel() {
  const { state, snapshot, signOut } = useSession();
  const [profile, setProfile] = useState<string>('');
  return (
    <main style={{ maxWidth: 520, margin: '2rem auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Session lab</h1>
      <SessionExpiryNotice />
      <p>
        State: <strong data-testid="state">{state}</strong>
        {snapshot.reason ? ` (${snapshot.reason})` : ''}
      </p>
      <p>Token tag: {tag(snapshot.tokens?.accessToken.token) ?? '—'}</p>
      <p>
        Expires: {snapshot.accessExpiresAt ? new Date(snapshot.accessExpiresAt).toLocaleTimeString() : '—'}
        {snapshot.cooldownUntil ? ` · paused until ${new Date(snapshot.cooldownUntil).toLocaleTimeString()}` : ''}
        {snapshot.error ? ` · last error: ${snapshot.error.kind}` : ''}
      </p>
      <button type="button" onClick={() => void signInDemo()}>
        Sign in as client@example.com
      </button>{' '}
      <button type="button" onClick={() => void signOut()}>
        Sign out
      </button>{' '}
      <button type="button" onClick={() => void lab.profile().then((status) => setProfile(`GET /profile → ${status}`))}>
        Call /profile
      </button>
      <p>{profile}</p>
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <SessionProvider session={session}>
        <Panel />
      </SessionProvider>
    </StrictMode>,
  );
}
