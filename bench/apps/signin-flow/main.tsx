// Our package, imported by its name from the built dist, as a host would.
import { createRoot } from 'react-dom/client';
import { SignInFlow } from 'b2core-sign-in';
// The package stylesheet, as a host links it (counted in this app's CSS weight).
import 'b2core-sign-in/styles.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <SignInFlow baseUrl="" onSuccess={() => undefined} />,
);
