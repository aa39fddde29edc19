/**
 * The cross-tab channel as a trust boundary (issue 10, "Tokens"): any script on the origin can
 * post on it and listen. With the default memory storage no token crosses the tab boundary;
 * every message is validated and clamped; names are scoped to the API origin; and a tab's own
 * refresh result always replaces its pair, whatever the issue times say.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TokenPair } from '../client/types';
import {
  createMemoryStorage,
  createSession,
  createWebLocksRefreshLock,
  type Session,
  type SessionMessage,
} from '.';
import { MAX_COOLDOWN_MS } from './refresh-policy';
import { createFakeClient, issuePair } from '../../test-support/session/fake-client';
import { createMemoryHub, createMemoryLocks } from '../../test-support/session/memory-cross-tab';
import { useFakeClock, useSessionTestLifecycle } from '../../test-support/session/setup';
import { advance, createWorld, type World } from '../../test-support/session/world';

useSessionTestLifecycle();
let world: World | null = null;
afterEach(() => {
  world?.dispose();
  world = null;
});

const MINUTE = 60_000;

/** A hostile script on the origin: posts raw objects on the hub and hears everything. */
function attacker(w: World) {
  const channel = w.hub.connect();
  const heard: unknown[] = [];
  channel.subscribe((message) => heard.push(message));
  return { post: (message: unknown) => channel.post(message as SessionMessage), heard };
}

const secretsOf = (tokens: TokenPair | null) => [tokens?.accessToken.token, tokens?.refreshToken?.token].filter(Boolean) as string[];

describe('default memory storage: no token crosses the tab boundary', () => {
  it('a forged hello gets no pair; sign-in and refresh announce none', async () => {
    useFakeClock();
    world = createWorld();
    const evil = attacker(world);
    const a = world.tab({ storage: createMemoryStorage(), random: () => 0 });
    a.signIn(await world.signInTokens());
    const first = a.getSnapshot().tokens;
    evil.post({ type: 'hello', from: 'evil' });
    await advance(0);
    // Through a refresh too.
    await advance(5 * MINUTE);
    expect(world.count('/refresh', 200)).toBe(1);
    const secrets = [...secretsOf(first), ...secretsOf(a.getSnapshot().tokens)];
    expect(secrets).toHaveLength(4);
    const wire = JSON.stringify(world.hub.posted) + JSON.stringify(evil.heard);
    for (const secret of secrets) expect(wire).not.toContain(secret);
    expect(world.hub.posted.map((m) => m.type)).not.toContain('tokens');
  });

  it('each tab signs in on its own; a pushed pair is never adopted', async () => {
    useFakeClock();
    world = createWorld();
    const a = world.tab({ storage: createMemoryStorage() });
    const b = world.tab({ storage: createMemoryStorage() });
    a.signIn(await world.signInTokens());
    await advance(0);
    expect(b.getSnapshot().state).toBe('signed-out');
    // A forged pair (session fixation) is ignored as well.
    const t = Date.now();
    const record = { v: 1, tokens: issuePair(), receivedAt: t, accessExpiresAt: t + 5 * MINUTE, refreshExpiresAt: t + 60 * MINUTE };
    attacker(world).post({ type: 'tokens', from: 'evil', record, reason: 'sign-in' });
    await advance(0);
    expect(b.getSnapshot().state).toBe('signed-out');
    expect(a.getSnapshot().tokens).not.toEqual(record.tokens);
  });

  it('sign-out still reaches every tab, and each tab revokes its own pair', async () => {
    useFakeClock();
    world = createWorld();
    const a = world.tab({ storage: createMemoryStorage() });
    const b = world.tab({ storage: createMemoryStorage() });
    a.signIn(await world.signInTokens());
    b.signIn(await world.signInTokens());
    await a.signOut();
    await advance(0);
    for (const tab of [a, b]) expect(tab.getSnapshot()).toMatchObject({ state: 'signed-out', reason: 'user' });
    expect(world.count('/signout')).toBe(2);
  });

  it('with storage that shares (opted in), a new tab gets the pair', async () => {
    useFakeClock();
    world = createWorld();
    const a = world.tab({ storage: createMemoryStorage({ isSharedAcrossTabs: true }) });
    a.signIn(await world.signInTokens());
    const b = world.tab({ storage: createMemoryStorage({ isSharedAcrossTabs: true }) });
    await advance(0);
    expect(b.getSnapshot().tokens).toEqual(a.getSnapshot().tokens);
  });
});

describe('every message is validated and clamped', () => {
  async function signedInTab(options: Parameters<World['tab']>[0] = {}): Promise<Session> {
    useFakeClock();
    world = createWorld();
    const tab = world.tab({ storage: createMemoryStorage(), ...options });
    tab.signIn(await world.signInTokens());
    return tab;
  }

  it('a forged activity in the far future never disables the idle timeout', async () => {
    const tab = await signedInTab({ idleTimeout: 10 * MINUTE });
    const evil = attacker(world!);
    for (const at of [1e308, Date.now() + 365 * 24 * 60 * MINUTE, Number.MAX_VALUE]) evil.post({ type: 'activity', from: 'evil', at });
    evil.post({ type: 'activity', from: 'evil', at: Infinity });
    evil.post({ type: 'activity', from: 'evil', at: '9999999999999' });
    await advance(0);
    expect(tab.getSnapshot().endsAt).toBeLessThanOrEqual(Date.now() + 10 * MINUTE);
    await advance(10 * MINUTE + 1_000);
    expect(tab.getSnapshot()).toMatchObject({ state: 'signed-out', reason: 'idle' });
  });

  it('a forged cooldown blocks refreshes no longer than the package cap; its text is never shown', async () => {
    const tab = await signedInTab({ random: () => 0 });
    const evil = attacker(world!);
    const detail = { kind: 'rate-limited', status: 429, retryAfterSeconds: 1e12, serverMessage: '<img src=x onerror=alert(1)>', extra: { a: 1 } };
    evil.post({ type: 'cooldown', from: 'evil', until: 1e308, detail });
    await advance(0);
    const snapshot = tab.getSnapshot();
    expect(snapshot.state).toBe('cooling-down');
    expect(snapshot.cooldownUntil).toBeLessThanOrEqual(Date.now() + MAX_COOLDOWN_MS);
    expect(snapshot.error?.detail).toEqual({ kind: 'rate-limited', status: 429, retryAfterSeconds: MAX_COOLDOWN_MS / 1000, serverMessage: null });
    // The pair still renews once the cap has passed (5-minute tokens, 10-minute cap: expired meanwhile).
    await advance(MAX_COOLDOWN_MS + 20_000);
    expect(world!.count('/refresh', 200)).toBe(1);
    expect(tab.getSnapshot().state).toBe('signed-in');
  });

  it('a backoff is clamped and rebuilt from known fields; unknown kinds and reasons are dropped', async () => {
    const tab = await signedInTab();
    const evil = attacker(world!);
    evil.post({ type: 'backoff', from: 'evil', retryAt: 1e308, failures: 1e9, detail: { kind: 'http', status: 503, serverMessage: 'call +1-555-SCAM', details: [{ field: 'x' }] } });
    await advance(0);
    const snapshot = tab.getSnapshot();
    expect(snapshot.retryAt).toBeLessThanOrEqual(Date.now() + 6 * MINUTE);
    expect(snapshot.error?.detail).toEqual({ kind: 'http', status: 503, serverCode: null, serverMessage: null, details: [] });

    const before = tab.getSnapshot();
    evil.post({ type: 'backoff', from: 'evil', retryAt: Date.now() + MINUTE, failures: 1, detail: { kind: 'pwned' } });
    evil.post({ type: 'cooldown', from: 'evil', until: Date.now() + MINUTE, detail: { kind: 'network' } });
    evil.post({ type: 'signed-out', from: 'evil', reason: 'pwned-by-evil', version: null });
    evil.post({ type: 'signed-out', from: 'x'.repeat(10_000), reason: 'user', version: null });
    evil.post({ type: 'cooldown', from: 'evil', until: Number.NaN, detail: { kind: 'rate-limited' } });
    await advance(0);
    expect(tab.getSnapshot()).toBe(before);
    expect(tab.getSnapshot().state).toBe('signed-in');
  });
});

describe('names are scoped to the API origin', () => {
  it('two portals on one page origin never adopt each other’s pair over the default BroadcastChannel', async () => {
    const portal = (baseUrl: string) =>
      createSession({ client: { ...createFakeClient(), baseUrl }, storage: createMemoryStorage({ isSharedAcrossTabs: true }), wakeSignals: () => () => {} });
    const a1 = portal('https://a.example');
    const a2 = portal('https://a.example');
    const b = portal('https://b.example');
    a1.signIn(issuePair());
    await vi.waitFor(() => expect(a2.getSnapshot().tokens).toEqual(a1.getSnapshot().tokens));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(b.getSnapshot().state).toBe('signed-out');
    for (const s of [a1, a2, b]) s.dispose();
  });
});

describe('own refresh result', () => {
  /** A refresh answer issued in the same second as (or before) the pair it replaces, with a lower token. */
  function sameSecondPair(old: TokenPair, shiftMs: number): TokenPair {
    const created = new Date(Date.parse(old.accessToken.createdAt) + shiftMs).toISOString();
    const expires = new Date(Date.parse(created) + 5 * MINUTE).toISOString();
    const refreshExpires = new Date(Date.parse(created) + 60 * MINUTE).toISOString();
    return {
      accessToken: { token: '0-access-renewed', createdAt: created, expiresAt: expires },
      refreshToken: { token: '0-refresh-renewed', createdAt: created, expiresAt: refreshExpires },
    };
  }

  it.each([
    ['the same createdAt (one-second resolution)', 0],
    ['an earlier createdAt (the server clock stepped back)', -30_000],
  ])('replaces the current pair when it has %s, here and in every tab that shares', async (_case, shift) => {
    useFakeClock();
    const client = createFakeClient();
    const hub = createMemoryHub();
    const lock = createWebLocksRefreshLock(createMemoryLocks(), 'refresh');
    const old: TokenPair = { ...issuePair(), accessToken: { ...issuePair().accessToken, token: 'zzz-access' } };
    const renewed = sameSecondPair(old, shift);
    client.refresh.mockResolvedValueOnce(renewed);
    const tab = (random: number) =>
      createSession({ client, storage: createMemoryStorage({ isSharedAcrossTabs: true }), random: () => random, wakeSignals: () => () => {}, crossTab: { channel: () => hub.connect(), lock } });
    // `a` is due first (a larger jitter): at 4:21 of the 5-minute pair; `b` would be at 4:30.
    const a = tab(0.9);
    const b = tab(0);
    a.signIn(old);
    await advance(0);
    expect(b.getSnapshot().tokens).toEqual(old);
    await advance(5 * MINUTE - 35_000);
    expect(client.refresh).toHaveBeenCalledTimes(1);
    expect(a.getSnapshot().tokens).toEqual(renewed);
    expect(b.getSnapshot().tokens).toEqual(renewed);
    expect(a.getSnapshot().state).toBe('signed-in');
    a.dispose();
    b.dispose();
  });
});
