import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createSignInClient } from '../src/core/client/create-client';
import { SignInFlow } from '../src/react/sign-in-flow';
import { createGoogleRecaptcha } from '../src/react/recaptcha/google-recaptcha';
import { SessionProvider, useSession } from '../src/react/session';
import { ThemeRoot } from '../src/react/theme';
import { directionOf } from '../src/i18n';
import { Portal } from './portal';
import { portalMessages } from './portal-messages';
// The package stylesheet, linked once per page as a host does (`import 'b2core-sign-in/styles.css'`).
import '../src/theme/styles.css';
// The demo page's own look (page backdrop, the portal): demo CSS, not part of the package.
import './demo.css';

/**
 * The demo: `<SignInFlow>` against the simulator mounted on the same origin, under StrictMode,
 * inside a `<SessionProvider>` (the flow hands its tokens to the session), then a small portal
 * page. Query parameters: `?locale=<any shipped tag>` (e.g. `fa`, `zh-TW`), `?strict=0` (no StrictMode),
 * `?allowFraming=1`, `?timeoutMs=1500` (the client's request timeout, for the hanging-request e2e test),
 * `?scheme=light|dark` (force a colour scheme; by default the page follows `prefers-color-scheme`).
 * Tokens live in memory only (the session's default storage): a reload signs you out.
 */
const params = new URLSearchParams(window.location.search);
const locale = params.get('locale') ?? 'en';
// Google's public test key: always passes, but needs the internet (the simulator accepts any token).
const recaptcha = createGoogleRecaptcha('6LeIxAcTAAAAAJcZVRqyHh4xzIFs7MAiTb1x8lB5');
const scheme = params.get('scheme');
// data-theme on an ancestor forces the scheme of every styling root below it (tokens.css).
if (scheme === 'light' || scheme === 'dark') document.documentElement.dataset.theme = scheme;
const client = createSignInClient({ baseUrl: '', locale: () => locale, timeoutMs: Number(params.get('timeoutMs')) || undefined });

function Demo() {
  const { state } = useSession();
  // A fresh flow after each sign-out (a new wizard, empty fields).
  const [round, setRound] = useState(0);
  const isSignedOut = state === 'signed-out';
  const m = portalMessages(locale);
  return (
    <>
      {/* Always in the page, so "You've signed out" is announced when it appears (a live region
          added together with its text is often not read). Shown only while signed out. */}
      <p role="status" className="demo-status">
        {isSignedOut && round > 0 ? m.signedOut : ''}
      </p>
      {isSignedOut ? (
        <main className="demo-signin">
          <SignInFlow
            key={round}
            client={client}
            locale={locale}
            recaptcha={recaptcha}
            appName="Demo Broker"
            allowFraming={params.get('allowFraming') === '1'}
            onForgotPassword={() => window.alert('Password recovery is not part of this demo.')}
          />
          <details className="demo-accounts">
            <summary>Demo accounts</summary>
            <p>
              Password <code>Secret123!</code> for all: <code>client@example.com</code> (no 2FA), <code>google@example.com</code>{' '}
              (TOTP secret <code>JBSWY3DPEHPK3PXP</code>), <code>sms@example.com</code>, <code>both@example.com</code>,{' '}
              <code>reset@example.com</code> (forced reset), <code>email2fa@example.com</code> (code by email),{' '}
              <code>all@example.com</code> (all three methods). Codes sent by SMS or email: <a href="/__sim/outbox">/__sim/outbox</a>.
              To sign in with the QR code, open the <a href="/phone.html">phone page</a> in a second window.
            </p>
          </details>
        </main>
      ) : (
        <ThemeRoot className="demo-portal" lang={locale} dir={directionOf(locale)}>
          <Portal locale={locale} onSignedOut={() => setRound((r) => r + 1)} />
        </ThemeRoot>
      )}
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
