import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createSignInClient } from '../src/core/client/create-client';
import { QrApprove } from '../src/react/qr-approve';
import { SessionProvider, useSession } from '../src/react/session';
import { SignInFlow } from '../src/react/sign-in-flow';
// The package stylesheet, linked once per page as a host does (`import 'b2core-sign-in/styles.css'`).
import '../src/theme/styles.css';

/**
 * The demo "phone": the signed-in mobile portal's approve page. Signed out, it shows
 * `<SignInFlow>` (without its own QR panel); signed in, `<QrApprove>`, which takes the code from
 * `?channel=…` (the lab's QR encodes `phone.html?channel=<id>`, so a real phone's camera app
 * opens it), a pasted link or id, or the camera where the browser has `BarcodeDetector`.
 * The session lives in memory only: reloading signs the phone out.
 */
const client = createSignInClient({ baseUrl: '' });

function Phone() {
  const { state, signOut } = useSession();
  const isSignedIn = state !== 'signed-out' && state !== 'expired';
  return (
    <main style={{ maxWidth: 420, margin: '1.5rem auto', padding: '0 1rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Demo phone</h1>
      {isSignedIn ? (
        <>
          <QrApprove client={client} />
          <p>
            <button type="button" onClick={() => void signOut()}>
              Sign out of the phone
            </button>
          </p>
        </>
      ) : (
        <SignInFlow client={client} qrPanel={null} />
      )}
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <SessionProvider client={client}>
        <Phone />
      </SessionProvider>
    </StrictMode>,
  );
}
