/**
 * What a failed refresh does: 429 cools down (shared, never retried), transient failures back
 * off within the budget, only a 401 ends the session, malformed answers change nothing.
 * Scenarios 4, 5, 6 and 7 of research/reliability.md.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FaultRule } from '../../simulator';
import { createMemoryStorage, type Session } from '.';
import { useFakeClock, useSessionTestLifecycle } from '../../test-support/session/setup';
import { BASE, PROFILE, advance, createWorld, msw, runFor, type World } from '../../test-support/session/world';

useSessionTestLifecycle();
let world: World;
afterEach(() => world.dispose());

const MINUTE = 60_000;
const REFRESH_URL = `${BASE}/api/v2/my/refresh`;

/** Two tabs sharing one session; the first signs in, the second adopts the broadcast pair. */
async function twoTabs(): Promise<[Session, Session]> {
  const a = world.tab({ random: () => 0 });
  const b = world.tab({ random: () => 0 });
  a.signIn(await world.signInTokens());
  await advance(0);
  expect(b.getSnapshot().tokens).toEqual(a.getSnapshot().tokens);
  return [a, b];
}

const failRefresh = (respond: FaultRule['respond'], count = 1) =>
  world.simulator.setConfig({ faults: [{ path: '/refresh', method: 'POST', count, respond }] });

/** The largest number of attempts inside any 60-second window. */
function maxPerMinute(times: number[]): number {
  return Math.max(0, ...times.map((start) => times.filter((t) => t >= start && t < start + MINUTE).length));
}

describe('429 on refresh', () => {
  it.each([
    ['Retry-After: 120', { 'Retry-After': '120' }, 120_000],
    ['no Retry-After (10 minutes)', undefined, 600_000],
    // An absurd value (a proxy, a bug) pauses no longer than the package's cap, the documented block.
    ['Retry-After: 99999999999 (capped at 10 minutes)', { 'Retry-After': '99999999999' }, 600_000],
  ])('%s: no refresh call in any tab until the cooldown ends, no sign-out', async (_label, headers, cooldown) => {
    useFakeClock();
    world = createWorld();
    const [a, b] = await twoTabs();
    const states: string[] = [];
    b.subscribe(() => states.push(b.getSnapshot().state));
    const original = a.getSnapshot().tokens;
    failRefresh({ status: 429, headers });

    await advance(4 * MINUTE + 31_000); // default margin 30 s, jitter 0
    expect(world.count('/refresh', 429)).toBe(1);
    const rateLimitedAt = world.calls('/refresh')[0]?.time ?? 0;
    for (const tab of [a, b]) {
      expect(tab.getSnapshot().state).toBe('cooling-down');
      expect(tab.getSnapshot().error?.kind).toBe('rate-limited');
      expect(tab.getSnapshot().tokens).toEqual(original);
    }
    // The still-valid access token keeps working meanwhile.
    expect((await b.authFetch(PROFILE)).status).toBe(200);

    await runFor(rateLimitedAt + cooldown - Date.now() - 1_000, 5_000);
    expect(world.count('/refresh')).toBe(1);
    expect(states).not.toContain('signed-out');
    expect(a.getSnapshot().tokens).toEqual(original);

    await runFor(10_000);
    expect(world.count('/refresh')).toBe(2);
    expect(world.count('/refresh', 200)).toBe(1);
    expect(a.getSnapshot().state).toBe('signed-in');
    expect(b.getSnapshot().tokens).toEqual(a.getSnapshot().tokens);
    expect(b.getSnapshot().tokens).not.toEqual(original);
  });

  it('a 401 during the cooldown is answered as is, without a refresh call', async () => {
    useFakeClock();
    world = createWorld();
    const [a] = await twoTabs();
    failRefresh({ status: 429 });
    await advance(4 * MINUTE + 30_000);
    msw().use(http.get(`${BASE}/api/v2/my/orders`, () => new HttpResponse(null, { status: 401 })));
    const response = a.authFetch(`${BASE}/api/v2/my/orders`);
    await advance(1_000);
    expect((await response).status).toBe(401);
    expect(world.count('/refresh')).toBe(1);
  });
});

describe('transient refresh failures', () => {
  const cases: Array<[string, () => void]> = [
    ['network error', () => msw().use(http.post(REFRESH_URL, () => HttpResponse.error()))],
    ['502 HTML from a proxy', () => failRefresh({ status: 502, body: 'html' }, 1000)],
    ['503 JSON', () => failRefresh({ status: 503 }, 1000)],
    [
      'a hang (timeout)',
      () =>
        msw().use(
          http.post(REFRESH_URL, ({ request }) => new Promise<Response>((resolve) => {
            request.signal.addEventListener('abort', () => resolve(HttpResponse.error()));
          })),
        ),
    ],
  ];

  it.each(cases)('%s: bounded backoff (≤ 2 a minute), session kept, recovers', async (_label, inject) => {
    useFakeClock();
    world = createWorld();
    const [a, b] = await twoTabs();
    const original = a.getSnapshot().tokens;
    const attempts: number[] = [];
    // MSW sees every attempt, including the ones that never reach the simulator (network errors).
    msw().events.on('request:start', ({ request }) => {
      if (request.url === REFRESH_URL) attempts.push(Date.now());
    });
    inject();

    await runFor(4 * MINUTE + 40_000, 2_000);
    expect(attempts.length).toBeGreaterThanOrEqual(1);
    expect(a.getSnapshot().state === 'signed-in' || a.getSnapshot().state === 'refreshing').toBe(true);
    expect(a.getSnapshot().tokens).toEqual(original);

    // Keep failing for 15 minutes: the access token expires, the session does not end.
    await runFor(15 * MINUTE, 5_000);
    expect(maxPerMinute(attempts)).toBeLessThanOrEqual(2);
    for (const tab of [a, b]) {
      const snapshot = tab.getSnapshot();
      expect(['expired', 'refreshing']).toContain(snapshot.state);
      expect(snapshot.tokens).toEqual(original);
    }
    expect(a.getSnapshot().state === 'expired' ? a.getSnapshot().reason : 'refresh-failed').toBe('refresh-failed');

    // The server comes back: the next attempt renews the pair in both tabs.
    msw().events.removeAllListeners();
    world.restoreHandlers();
    world.simulator.setConfig({ faults: [] });
    await runFor(6 * MINUTE, 5_000);
    expect(a.getSnapshot().state).toBe('signed-in');
    expect(a.getSnapshot().tokens).not.toEqual(original);
    expect(b.getSnapshot().tokens).toEqual(a.getSnapshot().tokens);
  });
});

describe('dead refresh token', () => {
  it('signs out once in every tab, makes no further calls and leaves no timers', async () => {
    useFakeClock();
    world = createWorld();
    const [a, b] = await twoTabs();
    const ends = { a: 0, b: 0 };
    a.subscribe(() => a.getSnapshot().state === 'signed-out' && (ends.a += 1));
    b.subscribe(() => b.getSnapshot().state === 'signed-out' && (ends.b += 1));
    // The server revokes the session behind the tabs' back (e.g. signed out elsewhere).
    await world.client.signOut({ accessToken: a.getSnapshot().tokens?.accessToken.token ?? '' });

    await advance(4 * MINUTE + 31_000);
    expect(world.count('/refresh', 401)).toBe(1);
    expect(ends).toEqual({ a: 1, b: 1 });
    for (const tab of [a, b]) {
      expect(tab.getSnapshot()).toMatchObject({ state: 'signed-out', reason: 'refresh-rejected', tokens: null });
    }
    await advance(60 * MINUTE);
    expect(world.count('/refresh')).toBe(1);
    expect(world.count('/signout')).toBe(1); // only the revocation above
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('malformed refresh answers', () => {
  const bodies: Array<[string, FaultRule['respond']]> = [
    ['{}', { status: 200, body: {} }],
    ['null', { status: 200, body: null }],
    ['HTML', { status: 200, body: 'html' }],
    ['truncated JSON', { status: 200, body: 'truncated' }],
    ['missing refreshToken', { status: 200, body: { accessToken: { token: 'x', createdAt: '2026-03-01T10:00:00Z', expiresAt: '2026-03-01T10:05:00Z' } } }],
    ['numbers as strings', { status: 200, body: { accessToken: { token: 'x', createdAt: 1, expiresAt: 2 }, refreshToken: null } }],
  ];

  it.each(bodies)('%s: typed invalid-response error, session and storage unchanged', async (_label, respond) => {
    useFakeClock();
    world = createWorld();
    const storage = createMemoryStorage();
    const tab = world.tab({ storage, random: () => 0 });
    tab.signIn(await world.signInTokens());
    const before = { tokens: tab.getSnapshot().tokens, stored: storage.read() };
    failRefresh(respond);

    await advance(4 * MINUTE + 31_000);
    expect(world.count('/refresh')).toBe(1);
    const snapshot = tab.getSnapshot();
    expect(snapshot.state).toBe('signed-in');
    expect(snapshot.error?.kind).toBe('invalid-response');
    expect(snapshot.error?.message).not.toContain(before.tokens?.refreshToken?.token ?? '-');
    expect(snapshot.tokens).toEqual(before.tokens);
    expect(storage.read()).toBe(before.stored);
    expect(snapshot.retryAt).not.toBeNull();
  });
});
