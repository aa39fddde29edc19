/**
 * Sign-out beats everything: an in-flight refresh cannot bring the session back, and an
 * offline sign-out still clears every tab at once. Scenarios 12 and 13 of research/reliability.md.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SignInClient, TokenPair } from '../client/types';
import { createMemoryStorage, createSession } from '.';
import { useFakeClock, useSessionTestLifecycle } from '../../test-support/session/setup';
import { BASE, PROFILE, advance, createWorld, msw, type World } from '../../test-support/session/world';

useSessionTestLifecycle();
let world: World;
afterEach(() => world?.dispose());

const MINUTE = 60_000;

describe('sign-out during an in-flight refresh', () => {
  it('discards the rotated pair: memory and storage stay empty, no signed-in afterwards, no Bearer later', async () => {
    useFakeClock();
    world = createWorld();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    msw().use(
      http.post(`${BASE}/api/v2/my/refresh`, async ({ request }) => {
        const copy = request.clone();
        await held;
        return world.simulator.handle(copy);
      }),
    );
    const storage = createMemoryStorage({ isSharedAcrossTabs: true });
    const a = world.tab({ storage, random: () => 0 });
    const b = world.tab({ random: () => 0 });
    a.signIn(await world.signInTokens());
    await advance(4 * MINUTE + 31_000);
    expect(a.getSnapshot().state).toBe('refreshing');

    const events: string[] = [];
    a.subscribe(() => events.push(a.getSnapshot().state));
    const done = a.signOut();
    // Local state is gone before any network answer.
    expect(a.getSnapshot()).toMatchObject({ state: 'signed-out', tokens: null, reason: 'user' });
    expect(storage.read()).toBeNull();

    release();
    await advance(1_000);
    await done;
    expect(events).not.toContain('signed-in');
    expect(a.getSnapshot().tokens).toBeNull();
    expect(b.getSnapshot()).toMatchObject({ state: 'signed-out', reason: 'user' });
    expect(storage.read()).toBeNull();

    const seen: Array<string | null> = [];
    msw().use(http.get(PROFILE, ({ request }) => (seen.push(request.headers.get('authorization')), HttpResponse.json({}))));
    await a.authFetch(PROFILE);
    expect(seen).toEqual([null]);
  });

  it('discards a late pair from a client that ignores the abort signal (generation guard)', async () => {
    useFakeClock();
    let resolveRefresh: (pair: TokenPair) => void = () => {};
    const issue = (token: string, createdAt: string, minutes: number) => ({
      token,
      createdAt,
      expiresAt: new Date(Date.parse(createdAt) + minutes * MINUTE).toISOString(),
    });
    const client: Pick<SignInClient, 'refresh' | 'signOut' | 'baseUrl'> = {
      baseUrl: BASE,
      refresh: () => new Promise<TokenPair>((resolve) => (resolveRefresh = resolve)),
      signOut: vi.fn(async () => {}),
    };
    const storage = createMemoryStorage();
    const session = createSession({ client, storage, crossTab: false, wakeSignals: () => () => {}, random: () => 0 });
    const now = new Date().toISOString();
    session.signIn({ accessToken: issue('access-1', now, 5), refreshToken: issue('refresh-1', now, 60) });
    await advance(4 * MINUTE + 31_000);
    expect(session.getSnapshot().state).toBe('refreshing');

    void session.signOut();
    const later = new Date().toISOString();
    resolveRefresh({ accessToken: issue('access-2', later, 5), refreshToken: issue('refresh-2', later, 60) });
    await advance(1_000);
    expect(session.getSnapshot()).toMatchObject({ state: 'signed-out', tokens: null });
    expect(storage.read()).toBeNull();
    expect(client.signOut).toHaveBeenCalledTimes(1);
    expect(client.signOut).toHaveBeenCalledWith({ accessToken: 'access-1' });
    session.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('sign-out offline', () => {
  it.each([
    ['network error', () => HttpResponse.error()],
    ['hang', () => new Promise<Response>(() => {})],
  ])('%s: cleared at once in every tab, one sign-out request, no retry', async (_label, answer) => {
    useFakeClock();
    world = createWorld();
    const signOutCalls: number[] = [];
    msw().use(
      http.post(`${BASE}/api/v2/my/signout`, () => {
        signOutCalls.push(Date.now());
        return answer();
      }),
    );
    const a = world.tab();
    const b = world.tab();
    a.signIn(await world.signInTokens());
    await advance(0);
    expect(b.getSnapshot().state).toBe('signed-in');

    const done = a.signOut();
    expect(a.getSnapshot().state).toBe('signed-out');
    await advance(0);
    expect(b.getSnapshot()).toMatchObject({ state: 'signed-out', reason: 'user', tokens: null });

    await advance(10 * MINUTE);
    await expect(done).resolves.toBeUndefined();
    expect(signOutCalls).toHaveLength(1);
    expect(world.count('/refresh')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
