import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SessionProvider } from 'b2core-sign-in';
import { sessionStorageAdapter } from 'b2core-sign-in/core';
// Tailwind and the package stylesheet, in either order: the package's rules sit in Tailwind's
// `components` layer, above preflight and below the utilities.
import './index.css';
import 'b2core-sign-in/styles.css';
import { App, client } from './app';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <SessionProvider client={client} storage={sessionStorageAdapter()}>
      <App />
    </SessionProvider>
  </StrictMode>,
);
