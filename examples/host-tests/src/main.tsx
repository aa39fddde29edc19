import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SignInFlow } from 'b2core-sign-in';
import 'b2core-sign-in/styles.css';
import { brand } from './brand';

/**
 * The portal's sign-in page. The API origin comes from `?api=` so each test worker can point
 * the page at its own simulator; in production it is the broker's B2Core host.
 */
const api = new URLSearchParams(location.search).get('api') ?? '';

function SignInPage() {
  const [isSignedIn, setSignedIn] = useState(false);
  // Tokens go to the portal's session in real life; the page shows none of them.
  if (isSignedIn) return <h1>Welcome back</h1>;
  return <SignInFlow baseUrl={api} theme={brand} qrPanel={null} onSuccess={() => setSignedIn(true)} />;
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <SignInPage />
  </StrictMode>,
);
