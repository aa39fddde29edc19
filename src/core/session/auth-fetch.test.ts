/**
 * `authFetch`: the Bearer, the single-flight refresh on 401 and the one replay.
 * Scenario 1 of research/reliability.md, with the MSW request log as the oracle.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { useFakeClock, useSessionTestLifecycle } from '../../test-support/session/setup';
import { BASE, advance, createWorld, msw, PROFILE, type World } from '../../test-support/session/world';

useSessionTestLifecycle();
let world: World;
afterEach(() => world.dispose());

const API = `${BASE}/api/v2/my/orders`;

/** A protected endpoint that accepts only the Bearer the test says is live; logs every call. */
function protectedEndpoint(isLive: (bearer: string | null) => boolean) {
  const log: Array<{ bearer: string | null; id: string | null }> = [];
  msw().use(
    http.get(API, ({ request }) => {
      const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null;
      log.push({ bearer, id: new URL(request.url).searchParams.get('id') });
      return isLive(bearer) ? HttpResponse.json({ ok: true }) : HttpResponse.json({ error: { code: 401, message: 'no' } }, { status: 401 });
    }),
  );
  return log;
}

describe('authFetch', () => {
  it('adds the Bearer for the API origin only', async () => {
    useFakeClock();
    world = createWorld();
    const seen: Array<string | null> = [];
    msw().use(http.get('https://elsewhere.test/x', ({ request }) => (seen.push(request.headers.get('authorization')), HttpResponse.json({}))));
    const tab = world.tab();
    const tokens = await world.signInTokens();
    tab.signIn(tokens);

    expect((await tab.authFetch(PROFILE)).status).toBe(200);
    await tab.authFetch('https://elsewhere.test/x');
    expect(seen).toEqual([null]);
  });

  it('sends no Bearer when signed out', async () => {
    useFakeClock();
    world = createWorld();
    const log = protectedEndpoint(() => false);
    const tab = world.tab();
    const response = await tab.authFetch(`${API}?id=1`);
    expect(response.status).toBe(401);
    expect(log).toEqual([{ bearer: null, id: '1' }]);
    expect(world.count('/refresh')).toBe(0);
  });

  it('twenty concurrent 401s make exactly one refresh; each request is replayed once with the new Bearer', async () => {
    useFakeClock();
    world = createWorld();
    const tab = world.tab();
    const tokens = await world.signInTokens();
    tab.signIn(tokens);
    await advance(30_000);
    // The server stops accepting the old access token (e.g. revoked); only the refreshed one works.
    const old = tokens.accessToken.token;
    const log = protectedEndpoint((bearer) => bearer !== null && bearer !== old);

    const responses = Promise.all(Array.from({ length: 20 }, (_, i) => tab.authFetch(`${API}?id=${i}`)));
    await advance(1_000);
    const statuses = (await responses).map((r) => r.status);

    expect(statuses).toEqual(Array(20).fill(200));
    expect(world.count('/refresh')).toBe(1);
    const fresh = tab.getSnapshot().tokens?.accessToken.token;
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(old);
    for (let i = 0; i < 20; i++) {
      const calls = log.filter((entry) => entry.id === String(i));
      expect(calls.map((c) => c.bearer)).toEqual([old, fresh]);
    }
  });

  it('replays a Request object (with its body) once after a 401', async () => {
    useFakeClock();
    world = createWorld();
    const tab = world.tab();
    const tokens = await world.signInTokens();
    tab.signIn(tokens);
    await advance(30_000);
    const bodies: string[] = [];
    msw().use(
      http.post(API, async ({ request }) => {
        bodies.push(await request.text());
        return request.headers.get('authorization') === `Bearer ${tokens.accessToken.token}`
          ? new HttpResponse(null, { status: 401 })
          : HttpResponse.json({ ok: true });
      }),
    );
    const pending = tab.authFetch(new Request(API, { method: 'POST', body: '{"a":1}' }));
    await advance(1_000);
    expect((await pending).status).toBe(200);
    expect(bodies).toEqual(['{"a":1}', '{"a":1}']);
  });

  it('does not refresh again for a 401 with a token that just arrived', async () => {
    useFakeClock();
    world = createWorld();
    const tab = world.tab();
    tab.signIn(await world.signInTokens());
    await advance(30_000);
    const log = protectedEndpoint(() => false);
    const first = tab.authFetch(`${API}?id=a`);
    await advance(1_000);
    expect((await first).status).toBe(401);
    const second = tab.authFetch(`${API}?id=b`);
    await advance(1_000);
    expect((await second).status).toBe(401);
    // One refresh for the first 401; the fresh pair's 401 is the endpoint's answer, not a reason to refresh.
    expect(world.count('/refresh')).toBe(1);
    expect(log).toHaveLength(3);
  });

  it('refreshes first when the access token has expired locally', async () => {
    useFakeClock();
    world = createWorld({ lifetimes: { accessTokenMs: 60_000 } });
    // Never started: no proactive refresh, so the request itself has to notice.
    const tab = world.tab({ start: false, crossTab: false });
    tab.signIn(await world.signInTokens());
    await advance(2 * 60_000);
    const pending = tab.authFetch(PROFILE);
    await advance(1_000);
    expect((await pending).status).toBe(200);
    expect(world.count('/refresh', 200)).toBe(1);
    expect(world.count('/profile', 401)).toBe(0);
  });
});
