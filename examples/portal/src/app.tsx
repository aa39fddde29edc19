import { createSignInClient, SignInFlow, useSession, type SignInFlowEvent } from 'b2core-sign-in';
import { PortalPage } from './portal-page';

/** One client for the sign-in flow and the session (same origin: `baseUrl: ''`). */
export const client = createSignInClient({ baseUrl: '' });

declare global {
  interface Window {
    /** Stand-in for the host's analytics queue. */
    portalAnalytics?: SignInFlowEvent[];
  }
}

/** Funnel events go to analytics as they are: they never carry an email, password, code or token. */
function track(event: SignInFlowEvent) {
  (window.portalAnalytics ??= []).push(event);
}

/**
 * Signed out: the sign-in flow (inside the SessionProvider it hands its tokens to the session by
 * itself); signed in: the portal. The session keeps tokens fresh.
 */
export function App() {
  const { state } = useSession();
  if (state === 'signed-out' || state === 'expired') {
    return (
      <main className="sign-in-page">
        <SignInFlow client={client} onEvent={track} forgotPasswordUrl="/forgot-password" />
      </main>
    );
  }
  return <PortalPage />;
}
