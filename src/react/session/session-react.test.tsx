/**
 * React bindings: provider ownership and StrictMode hygiene (scenario 15), useSession,
 * useOptionalSession and the expiry notice.
 */
import { StrictMode } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createMemoryStorage,
  createSession,
  createWebLocksRefreshLock,
  type SessionStorageAdapter,
} from '../../core/session';
import { loadMessages } from '../../i18n';
import { SessionExpiryNotice, SessionProvider, useOptionalSession, useSession } from '.';
import { session as ruSession } from '../../i18n/ru/session';
import { createMemoryHub, createMemoryLocks } from '../../test-support/session/memory-cross-tab';
import { createFakeClient, issuePair } from '../../test-support/session/fake-client';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const MINUTE = 60_000;

/** Storage already holding a live session, as after a reload with sessionStorage. */
function storageWithSession(): SessionStorageAdapter {
  const storage = createMemoryStorage();
  const seed = createSession({ client: createFakeClient(), storage, crossTab: false, start: false });
  seed.signIn(issuePair());
  return storage;
}

function Status() {
  const { state, tokens, signIn, signOut } = useSession();
  return (
    <div>
      <p>state: {state}</p>
      <p>token: {tokens?.accessToken.token ?? 'none'}</p>
      <button type="button" onClick={() => signIn(issuePair())}>
        sign in
      </button>
      <button type="button" onClick={() => void signOut()}>
        sign out
      </button>
    </div>
  );
}

describe('<SessionProvider> under StrictMode', () => {
  it('mount/unmount 100 times: at most one scheduler and channel at a time; nothing left after the last unmount', () => {
    vi.useFakeTimers();
    const hub = createMemoryHub();
    const locks = createMemoryLocks();
    const client = createFakeClient();
    const storage = storageWithSession();
    const closeSpy = vi.fn();
    const crossTab = {
      channel: () => {
        const channel = hub.connect();
        return { ...channel, close: () => (closeSpy(), channel.close()) };
      },
      lock: createWebLocksRefreshLock(locks, 'refresh'),
    };
    let maxTimers = 0;
    let maxChannels = 0;
    for (let i = 0; i < 100; i++) {
      const view = render(
        <StrictMode>
          <SessionProvider client={client} storage={storage} crossTab={crossTab}>
            <Status />
          </SessionProvider>
        </StrictMode>,
      );
      expect(screen.getByText('state: signed-in')).toBeInTheDocument();
      maxTimers = Math.max(maxTimers, vi.getTimerCount());
      maxChannels = Math.max(maxChannels, hub.openCount);
      view.unmount();
    }
    expect(maxTimers).toBe(1);
    expect(maxChannels).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(hub.openCount).toBe(0);
    expect(locks.held()).toEqual([]);
    expect(closeSpy).toHaveBeenCalled();
    expect(client.refresh).not.toHaveBeenCalled();
  });

  it('does not dispose a session the host passed in', () => {
    vi.useFakeTimers();
    const session = createSession({ client: createFakeClient(), crossTab: false });
    session.signIn(issuePair());
    const view = render(
      <SessionProvider session={session}>
        <Status />
      </SessionProvider>,
    );
    view.unmount();
    expect(vi.getTimerCount()).toBe(1);
    session.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('useSession / useOptionalSession', () => {
  it('follows the session: sign in, sign out', async () => {
    const user = userEvent.setup();
    const client = createFakeClient();
    render(
      <SessionProvider client={client} crossTab={false}>
        <Status />
      </SessionProvider>,
    );
    expect(screen.getByText('state: signed-out')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'sign in' }));
    expect(screen.getByText('state: signed-in')).toBeInTheDocument();
    expect(screen.getByText(/^token: access-/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'sign out' }));
    expect(screen.getByText('state: signed-out')).toBeInTheDocument();
    expect(client.signOut).toHaveBeenCalledTimes(1);
  });

  it('useOptionalSession is null outside a provider; useSession throws there', () => {
    function Probe() {
      const session = useOptionalSession();
      return <p>{session === null ? 'no session' : session.state}</p>;
    }
    render(<Probe />);
    expect(screen.getByText('no session')).toBeInTheDocument();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Status />)).toThrow(/inside <SessionProvider>/);
  });
});

describe('<SessionExpiryNotice>', () => {
  it('counts down from 2:00 before the idle end; "Stay signed in" extends the session', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') });
    const session = createSession({ client: createFakeClient(), crossTab: false, idleTimeout: 10 * MINUTE });
    session.signIn(issuePair(30));
    const onExtend = vi.fn();
    render(
      <SessionProvider session={session}>
        <SessionExpiryNotice onExtend={onExtend} />
      </SessionProvider>,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await act(async () => vi.advanceTimersByTime(8 * MINUTE));
    await act(async () => vi.advanceTimersByTime(10));
    const notice = screen.getByRole('status');
    expect(notice).toHaveAttribute('data-part', 'expiry-notice');
    expect(notice).toHaveTextContent('Your session ends in 2:00');
    await act(async () => vi.advanceTimersByTime(5_000));
    expect(notice).toHaveTextContent('Your session ends in 1:55');

    act(() => screen.getByRole('button', { name: 'Stay signed in' }).click());
    expect(onExtend).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(session.getSnapshot().state).toBe('signed-in');
    session.dispose();
  });

  it('translates, and says the session ended once it did', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') });
    const session = createSession({ client: createFakeClient(), crossTab: false });
    session.signIn(issuePair(5, null));
    render(
      <SessionProvider session={session}>
        <SessionExpiryNotice messages={ruSession} />
      </SessionProvider>,
    );
    await act(async () => vi.advanceTimersByTime(3 * MINUTE));
    await act(async () => vi.advanceTimersByTime(10));
    expect(screen.getByRole('status')).toHaveTextContent('Ваш сеанс завершится через 2:00');
    // Nothing can renew a pair without a refresh token: no button.
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(2 * MINUTE));
    expect(screen.getByRole('status')).toHaveTextContent('Ваш сеанс завершён. Войдите снова.');
    session.dispose();
  });

  it('loads a locale by itself (Arabic: translated, right to left)', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') });
    const session = createSession({ client: createFakeClient(), crossTab: false });
    session.signIn(issuePair(5, null));
    const { session: arabic } = await import('../../i18n/ar/session');
    // Its chunk is fetched for real; under fake timers, load it before rendering.
    await loadMessages('ar');
    render(
      <SessionProvider session={session}>
        <SessionExpiryNotice locale="ar" />
      </SessionProvider>,
    );
    await act(async () => vi.advanceTimersByTime(3 * MINUTE));
    await act(async () => vi.advanceTimersByTime(10));
    const notice = screen.getByRole('status');
    expect(notice).toHaveAttribute('dir', 'rtl');
    expect(notice).toHaveTextContent(arabic['session.endsIn'].split('{time}')[0]?.trim() ?? '');
    expect(notice).not.toHaveTextContent('Your session ends');
    session.dispose();
  });
});
