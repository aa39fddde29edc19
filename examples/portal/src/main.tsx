import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SessionProvider } from 'b2core-sign-in';
// The package stylesheet, linked once: the flow renders no <style> of its own.
import 'b2core-sign-in/styles.css';
import { App, client } from './app';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <SessionProvider client={client}>
      <App />
    </SessionProvider>
  </StrictMode>,
);
