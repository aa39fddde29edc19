import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createSignInClient } from '../src/core/client/create-client';
import { SignInFlow } from '../src/react/sign-in-flow';
import { createGoogleRecaptcha } from '../src/react/recaptcha/google-recaptcha';
import { SessionProvider, useSession } from '../src/react/session';
import { Portal } from './portal';
// The package stylesheet, linked once per page as a host does (`import 'b2core-sign-in/styles.css'`).
import '../src/theme/styles.css';

/**
 * The demo: `<SignInFlow>` against the simulator mounted on the same origin, under StrictMode,
 * inside a `<SessionProvider>` (the flow hands its tokens to the session), then a small portal
 * page. Query parameters: `?locale=<any shipped tag>` (e.g. `fa`, `zh-TW`), `?strict=0` (no StrictMode),
 * `?allowFraming=1`, `?timeoutMs=1500` (the client's request timeout, for the hanging-request e2e test).
 * Tokens live in memory only (the session's default storage): a reload signs you out.
 */
const params = new URLSearchParams(window.location.search);
const locale = params.get('locale') ?? 'en';
// Google's public test key: always passes, but needs the internet (the simulator accepts any token).
const recaptcha = createGoogleRecaptcha('6LeIxAcTAAAAAJcZVRqyHh4xzIFs7MAiTb1x8lB5');
const client = createSignInClient({ baseUrl: '', locale: () => locale, timeoutMs: Number(params.get('timeoutMs')) || undefined });

function Demo() {
  const { state } = useSession();
  // A fresh flow after each sign-out (a new wizard, empty fields).
  const [round, setRound] = useState(0);
  const isSignedOut = state === 'signed-out';
  return (
    <>
      {/* layout="page": the flow paints the sign-in page's backdrop itself (the demo's <body> stays unstyled). */}
      {isSignedOut ? (
        <SignInFlow
          key={round}
          client={client}
          locale={locale}
          recaptcha={recaptcha}
          layout="page"
          appName="Demo Broker"
          allowFraming={params.get('allowFraming') === '1'}
          onForgotPassword={() => window.alert('Password recovery is not part of this demo.')}
        />
      ) : null}
      <main style={{ maxWidth: 440, margin: '2rem auto', padding: '0 1rem', fontFamily: 'system-ui, sans-serif' }}>
        {isSignedOut ? null : <Portal locale={locale} onSignedOut={() => setRound((r) => r + 1)} />}
        <details style={{ marginTop: '2rem' }}>
          <summary>Demo accounts</summary>
          <p>
            Password <code>Secret123!</code> for all: <code>client@example.com</code> (no 2FA), <code>google@example.com</code>{' '}
            (TOTP secret <code>JBSWY3DPEHPK3PXP</code>), <code>sms@example.com</code>, <code>both@example.com</code>,{' '}
            <code>reset@example.com</code> (forced reset). Codes sent by SMS or email: <a href="/__sim/outbox">/__sim/outbox</a>.
            To sign in with the QR code, open the <a href="/phone.html">phone page</a> in a second window.
          </p>
        </details>
      </main>
    </>
  );
}

const app = (
  <SessionProvider client={client}>
    <Demo />
  </SessionProvider>
);
const container = document.getElementById('root');
if (container) createRoot(container).render(params.get('strict') === '0' ? app : <StrictMode>{app}</StrictMode>);
