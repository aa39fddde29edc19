// Our package, imported by its name from the built dist, as a host would.
import { createRoot } from 'react-dom/client';
import { SignInFlow } from 'b2core-sign-in';

createRoot(document.getElementById('root') as HTMLElement).render(
  <SignInFlow baseUrl="" onSuccess={() => undefined} />,
);
