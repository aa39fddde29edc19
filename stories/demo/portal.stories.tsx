import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { expect } from 'storybook/test';
import { createSignInClient } from '../../src/core/client/create-client';
import { createSession } from '../../src/core/session';
import { SessionProvider, useSession } from '../../src/react/session';
import { Portal } from '../../demo/portal';

/** base64url of a JSON object (the demo portal reads `email` and `sub` from the access token). */
const base64url = (value: object) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A pair issued now, valid for an hour: nothing refreshes while the story is open. */
function demoTokens() {
  const now = Date.now();
  const issued = (token: string, minutes: number) => ({
    token,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + minutes * 60_000).toISOString(),
  });
  const jwt = `${base64url({ alg: 'none' })}.${base64url({ email: 'client@example.com', sub: '1042' })}.demo`;
  return { accessToken: issued(jwt, 60), refreshToken: issued('demo-refresh', 24 * 60) };
}

/** Children once the session holds the demo pair. */
function WhenSignedIn({ children }: { children: ReactNode }) {
  return useSession().state === 'signed-in' ? children : null;
}

/** The demo's portal over a real session signed in with a made-up pair (no server involved). */
function PortalStory({ locale }: { locale: string }) {
  const [session] = useState(() => createSession({ client: createSignInClient({ baseUrl: '' }), start: false }));
  useEffect(() => {
    session.start();
    session.signIn(demoTokens());
    return () => session.dispose();
  }, [session]);
  return (
    <SessionProvider session={session}>
      <WhenSignedIn>
        {/* Edge to edge, as on the demo page: undoes the preview root's padding. */}
        <div style={{ margin: '-2.5rem -1rem' }}>
          <Portal locale={locale} onSignedOut={() => undefined} />
        </div>
      </WhenSignedIn>
    </SessionProvider>
  );
}

/** The page `npm run dev` shows after sign-in (demo/portal.tsx), in the toolbar's theme, scheme and locale. */
const meta = {
  title: 'Demo/Portal',
  component: PortalStory,
  args: { locale: 'en' },
  render: (args, { globals }) => <PortalStory locale={String(globals.locale ?? args.locale)} />,
} satisfies Meta<typeof PortalStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SignedIn: Story = {
  tags: ['screenshots'],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('client@example.com', { selector: '[data-testid="who"]' })).toBeVisible();
    // The heading takes focus when the portal appears.
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveFocus();
  },
};
