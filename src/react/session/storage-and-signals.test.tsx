/**
 * Storage choices (memory by default, Web Storage opt-in, nothing else written), cross-tab
 * sync through `storage` events where no channel exists, the wake signals of a hidden tab
 * (scenario 14), and the leak oracle for console and storage (scenario 22, session part).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInError } from '../../core/client/errors';
import {
  createSession,
  localStorageAdapter,
  sessionStorageAdapter,
} from '../../core/session';
import { createScheduler } from '../../core/session/scheduler';
import { createFakeClient, issuePair } from '../../test-support/session/fake-client';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const MINUTE = 60_000;
// The default key is scoped to the API origin (the fake client's baseUrl).
const KEY = 'b2core-sign-in.session@https://broker.test';

describe('storage', () => {
  it('memory by default: nothing in localStorage, sessionStorage or cookies', () => {
    vi.useFakeTimers();
    const session = createSession({ client: createFakeClient(), crossTab: false });
    session.signIn(issuePair());
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    session.dispose();
  });

  it.each([
    ['sessionStorage', () => sessionStorageAdapter(), () => sessionStorage],
    ['localStorage', () => localStorageAdapter(), () => localStorage],
  ])('%s adapter: one key, restored on reload, cleared on sign-out', async (_name, adapter, store) => {
    vi.useFakeTimers();
    const client = createFakeClient();
    const first = createSession({ client, storage: adapter(), crossTab: false });
    const pair = issuePair();
    first.signIn(pair);
    expect(store().length).toBe(1);
    expect(store().getItem(KEY)).toContain(pair.accessToken.token);
    first.dispose();

    const reloaded = createSession({ client, storage: adapter(), crossTab: false });
    expect(reloaded.getSnapshot().tokens).toEqual(pair);
    expect(reloaded.getSnapshot().state).toBe('signed-in');
    await reloaded.signOut();
    expect(store().length).toBe(0);
    reloaded.dispose();
  });

  it('corrupt stored data is dropped, never thrown', () => {
    localStorage.setItem(KEY, '{"v":1,"tokens":{"accessToken":');
    const session = createSession({ client: createFakeClient(), storage: localStorageAdapter(), crossTab: false, start: false });
    // Created, not started: nothing read yet.
    expect(session.getSnapshot()).toMatchObject({ state: 'signed-out', isRestored: false });
    expect(localStorage.getItem(KEY)).not.toBeNull();
    session.start();
    expect(session.getSnapshot()).toMatchObject({ state: 'signed-out', isRestored: true });
    expect(localStorage.getItem(KEY)).toBeNull();
    session.dispose();
  });

  it('without a channel, localStorage `storage` events keep tabs in step (sign-in, refresh, sign-out)', () => {
    vi.useFakeTimers();
    const other = createSession({ client: createFakeClient(), storage: localStorageAdapter(), crossTab: { channel: () => null } });
    const pair = issuePair();
    // Another tab wrote the pair: the browser fires `storage` here.
    localStorage.setItem(KEY, JSON.stringify({ v: 1, tokens: pair, receivedAt: Date.now(), accessExpiresAt: Date.now() + 5 * MINUTE, refreshExpiresAt: Date.now() + 60 * MINUTE }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(other.getSnapshot().tokens).toEqual(pair);

    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(other.getSnapshot()).toMatchObject({ state: 'signed-out', reason: 'user' });
    other.dispose();
  });
});

describe('hidden tab and wake-up', () => {
  it('after 30 hidden minutes with throttled timers, becoming visible makes exactly one refresh', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') });
    const client = createFakeClient();
    const session = createSession({ client, crossTab: false });
    session.signIn(issuePair());
    await vi.advanceTimersByTimeAsync(MINUTE);

    // Hidden: the clock moves on, timers barely run.
    vi.setSystemTime(Date.now() + 30 * MINUTE);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(client.refresh).toHaveBeenCalledTimes(1);
    expect(session.getSnapshot().state).toBe('signed-in');
    session.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('the scheduler never waits longer than a minute (no 2^31 ms overflow) and fires a late deadline once', () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    const scheduler = createScheduler(() => Date.now(), {
      setTimeout: (cb, ms) => {
        expect(ms).toBeLessThanOrEqual(MINUTE);
        return setTimeout(cb, ms);
      },
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    });
    scheduler.at(Date.now() + 40 * 24 * 60 * MINUTE, fired);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(fired).not.toHaveBeenCalled();
    vi.setSystemTime(Date.now() + 41 * 24 * 60 * MINUTE);
    scheduler.recheck();
    scheduler.recheck();
    vi.advanceTimersByTime(5 * MINUTE);
    expect(fired).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('no secret leaks', () => {
  it('a full lifecycle with failures logs nothing and errors carry no token', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') });
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const client = createFakeClient();
    const pair = issuePair();
    client.refresh
      .mockRejectedValueOnce(new SignInError({ kind: 'network' }, '/refresh'))
      .mockRejectedValueOnce(new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds: 60, serverMessage: null }, '/refresh'));
    const session = createSession({ client, crossTab: false });
    const errors = new Set<SignInError>();
    session.subscribe(() => {
      const error = session.getSnapshot().error;
      if (error) errors.add(error);
    });
    session.signIn(pair);
    await vi.advanceTimersByTimeAsync(20 * MINUTE);
    expect([...errors].map((e) => e.kind)).toEqual(['network', 'rate-limited']);
    const secrets = [pair.accessToken.token, pair.refreshToken?.token ?? ''];
    for (const error of errors) {
      for (const secret of secrets) {
        expect(JSON.stringify(error.detail)).not.toContain(secret);
        expect(error.message).not.toContain(secret);
      }
    }
    await session.signOut();
    session.dispose();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
