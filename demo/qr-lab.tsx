import { StrictMode, Suspense, lazy, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { QrChannel } from '../src/core/client/types';
// The package stylesheet, linked once per page as a host does (`import 'b2core-sign-in/styles.css'`).
import '../src/theme/styles.css';

/**
 * The QR lab: `<QrSignIn>` alone (in its own styling root) against the simulator. The QR
 * encodes the phone page's URL, so a real phone on the same network (run `DEMO_HOST=0.0.0.0 npm run dev`) can scan it. Query
 * parameters tune the watcher for trying states: `?maxRenewals=0&renewBeforeMs=1000`.
 */

// Loaded on demand, as a host would: qrcode.react stays out of the first chunk.
const QrSignIn = lazy(() => import('../src/react/qr').then((m) => ({ default: m.QrSignIn })));

const params = new URLSearchParams(window.location.search);
const numberParam = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);

/** The phone page for a channel; the current one is kept for the "open the phone page" link. */
let currentPhoneUrl = new URL('phone.html', window.location.href).href;
const phoneUrl = (channel: QrChannel) => {
  currentPhoneUrl = new URL(`phone.html?channel=${encodeURIComponent(channel.id)}`, window.location.href).href;
  return currentPhoneUrl;
};

function Lab() {
  const [clientId, setClientId] = useState<number | null>(null);
  return (
    <main style={{ maxWidth: 480, margin: '2rem auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>QR sign-in lab</h1>
      {clientId === null ? (
        <Suspense fallback={<p>Loading…</p>}>
          <QrSignIn
            baseUrl=""
            onSuccess={(_tokens, id) => setClientId(id)}
            qrValue={phoneUrl}
            maxRenewals={numberParam('maxRenewals')}
            renewBeforeMs={numberParam('renewBeforeMs')}
          />
        </Suspense>
      ) : (
        <p role="status">Signed in as client #{clientId}.</p>
      )}
      <p>
        No phone?{' '}
        <button type="button" onClick={() => window.open(currentPhoneUrl, '_blank', 'noopener')}>
          Open the phone page for this code
        </button>
      </p>
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Lab />
    </StrictMode>,
  );
}
