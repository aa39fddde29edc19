import { createSignInClient, SignInFlow, useSession } from 'b2core-sign-in';
import { presets } from 'b2core-sign-in/theme';
import { Portal } from './portal';

/** Same origin: the simulator plugin (dev, preview) or your proxy to B2Core answers /api/v2/my/*. */
export const client = createSignInClient({ baseUrl: '' });

/** Signed out (or expired): the flow, re-skinned with a preset and Tailwind utilities on its parts. */
export function App() {
  const { state } = useSession();
  return (
    <main className="min-h-screen px-4 py-12">
      {state === 'signed-out' || state === 'expired' ? (
        <SignInFlow client={client} theme={presets.meadow} classNames={{ button: 'rounded-full px-10 uppercase' }} />
      ) : (
        <Portal />
      )}
    </main>
  );
}
