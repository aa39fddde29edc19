/**
 * Scenario 15 in real Chromium: `<SessionProvider>` under StrictMode with the real
 * BroadcastChannel and Web Locks, mounted and unmounted 100 times. At most one channel is open
 * at any time, every channel is closed after the last unmount, and no Web Lock is held.
 * Also: two sessions in one page (two "tabs") make one refresh through the real lock.
 */
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import type { SignInClient, TokenPair } from '../../src/core/client/types';
import { createBroadcastSessionChannel, createMemoryStorage, createSession, sessionStorageAdapter } from '../../src/core/session';
import { SessionProvider, useSession } from '../../src/react/session';

const MINUTE = 60_000;
let serial = 0;

function pair(accessMs = 5 * MINUTE): TokenPair {
  serial += 1;
  const now = Date.now();
  const token = (kind: string, ms: number) => ({
    token: `${kind}-${serial}`,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + ms).toISOString(),
  });
  return { accessToken: token('access', accessMs), refreshToken: token('refresh', 60 * MINUTE) };
}

function fakeClient(): Pick<SignInClient, 'refresh' | 'signOut' | 'baseUrl'> & { refresh: ReturnType<typeof vi.fn> } {
  return {
    baseUrl: location.origin,
    refresh: vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return pair();
    }),
    signOut: vi.fn(async () => {}),
  };
}

function State() {
  const { state } = useSession();
  return <p>state: {state}</p>;
}

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('session in real Chromium', () => {
  it('StrictMode mount/unmount 100 times: one channel at a time, all closed, no held lock', async () => {
    const name = `strict-${Math.random()}`;
    const seed = createSession({ client: fakeClient(), storage: sessionStorageAdapter(), name, start: false });
    seed.signIn(pair());
    let open = 0;
    let maxOpen = 0;
    const closeSpy = vi.spyOn(BroadcastChannel.prototype, 'close');
    const client = fakeClient();
    const crossTab = {
      // The real BroadcastChannel-backed channel, counted.
      channel: () => {
        const channel = createBroadcastSessionChannel(name);
        if (!channel) throw new Error('BroadcastChannel missing');
        open += 1;
        maxOpen = Math.max(maxOpen, open);
        return {
          ...channel,
          close: () => {
            open -= 1;
            channel.close();
          },
        };
      },
    };
    for (let i = 0; i < 100; i++) {
      const screen = await render(
        <StrictMode>
          <SessionProvider client={client} storage={sessionStorageAdapter()} name={name} crossTab={crossTab}>
            <State />
          </SessionProvider>
        </StrictMode>,
      );
      await expect.element(screen.getByText('state: signed-in')).toBeVisible();
      await screen.unmount();
    }
    expect(maxOpen).toBe(1);
    expect(open).toBe(0);
    expect(closeSpy.mock.calls.length).toBeGreaterThanOrEqual(100);
    const locks = await navigator.locks.query();
    expect(locks.held ?? []).toEqual([]);
    expect(client.refresh).not.toHaveBeenCalled();
  });

  it('two sessions due at once on the real BroadcastChannel and Web Locks make one refresh', async () => {
    const name = `pair-${Math.random()}`;
    const client = fakeClient();
    // 16-second tokens: the refresh is due after the 15-second minimum gap.
    const options = { client, name, random: () => 0, refreshMargin: 10_000 } as const;
    // Memory storage that opts in to sharing: the two "tabs" share one pair.
    const a = createSession({ ...options, storage: createMemoryStorage({ isSharedAcrossTabs: true }) });
    const b = createSession({ ...options, storage: createMemoryStorage({ isSharedAcrossTabs: true }) });
    a.signIn(pair(16_000));
    await vi.waitFor(() => expect(b.getSnapshot().state).toBe('signed-in'));
    await vi.waitFor(
      () => {
        expect(client.refresh).toHaveBeenCalledTimes(1);
        expect(b.getSnapshot().tokens).toEqual(a.getSnapshot().tokens);
        expect(a.getSnapshot().state).toBe('signed-in');
      },
      { timeout: 20_000, interval: 250 },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(client.refresh).toHaveBeenCalledTimes(1);
    a.dispose();
    b.dispose();
    expect((await navigator.locks.query()).held ?? []).toEqual([]);
  }, 30_000);
});
