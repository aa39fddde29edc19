import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { TokenPair } from '../src/core/client/types';
import { SignInFlow } from '../src/react/sign-in-flow';
import { createGoogleRecaptcha } from '../src/react/recaptcha/google-recaptcha';
import { Portal } from './portal';

/**
 * The demo: `<SignInFlow>` against the simulator mounted on the same origin, under StrictMode,
 * then a small portal page. Query parameters: `?locale=ar|ru|es`, `?strict=0` (no StrictMode).
 * Tokens live in memory only: a reload signs you out.
 */
const params = new URLSearchParams(window.location.search);
const locale = params.get('locale') ?? 'en';
// Google's public test key: always passes, but needs the internet (the simulator accepts any token).
const recaptcha = createGoogleRecaptcha('6LeIxAcTAAAAAJcZVRqyHh4xzIFs7MAiTb1x8lB5');

function Demo() {
  const [tokens, setTokens] = useState<TokenPair | null>(null);
  const [round, setRound] = useState(0);
  return (
    <main style={{ maxWidth: 440, margin: '2rem auto', padding: '0 1rem', fontFamily: 'system-ui, sans-serif' }}>
      {tokens ? (
        <Portal
          tokens={tokens}
          onSignedOut={() => {
            setTokens(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <SignInFlow
          key={round}
          baseUrl=""
          locale={locale}
          recaptcha={recaptcha}
          onForgotPassword={() => window.alert('Password recovery is not part of this demo.')}
          onSuccess={setTokens}
        />
      )}
      <details style={{ marginTop: '2rem' }}>
        <summary>Demo accounts</summary>
        <p>
          Password <code>Secret123!</code> for all: <code>client@example.com</code> (no 2FA), <code>google@example.com</code>{' '}
          (TOTP secret <code>JBSWY3DPEHPK3PXP</code>), <code>sms@example.com</code>, <code>both@example.com</code>,{' '}
          <code>reset@example.com</code> (forced reset). Codes sent by SMS or email: <a href="/__sim/outbox">/__sim/outbox</a>.
        </p>
      </details>
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    params.get('strict') === '0' ? (
      <Demo />
    ) : (
      <StrictMode>
        <Demo />
      </StrictMode>
    ),
  );
}
