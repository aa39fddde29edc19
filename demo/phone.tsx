import { StrictMode, useMemo, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { createSignInClient, isSignInError } from '../src/core/client';

/**
 * The demo "phone": signs in a demo account, then approves a QR channel the way the signed-in
 * mobile app would (`POST /signin/tokens` with its access token). Open it from the QR on a real
 * phone (the lab's QR encodes `phone.html?channel=<id>`), or in a second window with a pasted id.
 * The access token lives in memory only: reloading signs the phone out.
 */

/**
 * The channel id in what the person pasted or scanned: a phone-page URL (`…?channel=<id>`),
 * any URL carrying `channel`, or the bare id (the panel's default QR value).
 */
function channelIdFrom(value: string): string {
  const text = value.trim();
  try {
    const url = new URL(text);
    return url.searchParams.get('channel')?.trim() ?? '';
  } catch {
    return text;
  }
}

type Phase =
  | { kind: 'signed-out'; error: string | null }
  | { kind: 'signed-in'; email: string; accessToken: string };

type Approval = { kind: 'idle' } | { kind: 'sending' } | { kind: 'approved' } | { kind: 'failed'; message: string };

function approvalError(error: unknown): string {
  if (isSignInError(error, 'unauthorized')) return 'Your phone session expired. Sign in again.';
  if (isSignInError(error, 'http')) {
    if (error.detail.status === 404) return 'This code is unknown or has expired. Show a new code and try again.';
    if (error.detail.status === 409) return 'This code was already approved.';
  }
  if (isSignInError(error, 'network')) return 'No connection to the server.';
  return 'The approval failed. Try again.';
}

function Phone() {
  const client = useMemo(() => createSignInClient({ baseUrl: '' }), []);
  const [phase, setPhase] = useState<Phase>({ kind: 'signed-out', error: null });
  const [busy, setBusy] = useState(false);
  const [approval, setApproval] = useState<Approval>({ kind: 'idle' });
  const [channelInput, setChannelInput] = useState(
    () => new URLSearchParams(window.location.search).get('channel') ?? '',
  );

  const signIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    setBusy(true);
    try {
      const wizard = await client.wizard();
      const step = await client.signIn({ uuid: wizard.uuid, email, password });
      if (step.tokens) setPhase({ kind: 'signed-in', email, accessToken: step.tokens.accessToken.token });
      else
        setPhase({
          kind: 'signed-out',
          error: `This account needs another step (${step.workflow}). The demo phone signs in accounts without 2FA, e.g. client@example.com.`,
        });
    } catch (error) {
      setPhase({
        kind: 'signed-out',
        error: isSignInError(error, 'rate-limited')
          ? `Too many attempts. Wait ${error.detail.retryAfterSeconds} seconds.`
          : 'Wrong email or password.',
      });
    } finally {
      setBusy(false);
    }
  };

  const approve = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (phase.kind !== 'signed-in') return;
    const channelId = channelIdFrom(channelInput);
    if (!channelId) {
      setApproval({ kind: 'failed', message: 'Enter the code’s id or paste the QR’s link.' });
      return;
    }
    setApproval({ kind: 'sending' });
    try {
      await client.issueQrAuthorizationToken({ accessToken: phase.accessToken, channelId });
      setApproval({ kind: 'approved' });
    } catch (error) {
      if (isSignInError(error, 'unauthorized')) setPhase({ kind: 'signed-out', error: null });
      setApproval({ kind: 'failed', message: approvalError(error) });
    }
  };

  return (
    <main style={{ maxWidth: 420, margin: '1.5rem auto', padding: '0 1rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Demo phone</h1>
      {phase.kind === 'signed-out' ? (
        <form onSubmit={signIn} aria-labelledby="phone-sign-in">
          <h2 id="phone-sign-in">Sign in on the phone</h2>
          <p>Demo accounts use the password Secret123!</p>
          <p>
            <label htmlFor="phone-email">Email</label>
            <br />
            <input id="phone-email" name="email" type="email" autoComplete="username" defaultValue="client@example.com" required />
          </p>
          <p>
            <label htmlFor="phone-password">Password</label>
            <br />
            <input id="phone-password" name="password" type="password" autoComplete="current-password" required />
          </p>
          {phase.error ? <p role="alert">{phase.error}</p> : null}
          <button type="submit" aria-busy={busy} disabled={busy}>
            Sign in
          </button>
        </form>
      ) : (
        <form onSubmit={approve} aria-labelledby="phone-approve">
          <h2 id="phone-approve">Approve a sign-in</h2>
          <p>Signed in as {phase.email}.</p>
          <p>
            <label htmlFor="phone-channel">Code id or QR link</label>
            <br />
            <input
              id="phone-channel"
              name="channel"
              value={channelInput}
              onChange={(e) => {
                setChannelInput(e.target.value);
                setApproval({ kind: 'idle' });
              }}
              autoComplete="off"
              required
            />
          </p>
          <p>Only approve a sign-in you started yourself.</p>
          <button type="submit" aria-busy={approval.kind === 'sending'} disabled={approval.kind === 'sending'}>
            Approve sign-in
          </button>
        </form>
      )}
      <div role="status">
        {approval.kind === 'approved' ? 'Approved. The other window signs in now.' : null}
        {approval.kind === 'failed' ? approval.message : null}
      </div>
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Phone />
    </StrictMode>,
  );
}
