/**
 * `authFetch` under a `<base href>` in real Chromium (issue 10, "Tokens"): the input is resolved
 * once against the document's base URL, that URL is checked, and that very URL is fetched. A
 * `<base>` pointing at another host never receives the Bearer, whatever the input's form.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SignInClient, TokenPair } from '../../src/core/client/types';
import { createSession } from '../../src/core/session';

let serial = 0;
function pair(): TokenPair {
  serial += 1;
  const now = Date.now();
  const token = (kind: string) => ({
    token: `${kind}-${serial}`,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 5 * 60_000).toISOString(),
  });
  return { accessToken: token('access'), refreshToken: token('refresh') };
}

/** What the network would see: the URL and Authorization of each request, resolved as fetch resolves it. */
function recordingFetch(status: (auth: string | null) => number) {
  const sent: Array<{ url: string; auth: string | null }> = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const auth = request.headers.get('authorization');
    sent.push({ url: request.url, auth });
    return new Response('{}', { status: status(auth) });
  });
  return { sent, fetchImpl: fetchImpl as unknown as typeof fetch };
}

function withBase(href: string): void {
  const base = document.createElement('base');
  base.href = href;
  base.dataset.test = 'auth-fetch';
  document.head.prepend(base);
}

afterEach(() => {
  for (const base of document.querySelectorAll('base[data-test="auth-fetch"]')) base.remove();
});

/** The session's clock runs `clock.skew` ms ahead (a refresh right after sign-in is held back by the budget). */
const clock = { skew: 0 };
afterEach(() => {
  clock.skew = 0;
});

function signedInSession(fetchImpl: typeof fetch) {
  const client: Pick<SignInClient, 'refresh' | 'signOut' | 'baseUrl'> = { baseUrl: location.origin, refresh: vi.fn(async () => pair()), signOut: vi.fn(async () => {}) };
  const session = createSession({ client, fetch: fetchImpl, crossTab: false, start: false, now: () => Date.now() + clock.skew });
  session.signIn(pair());
  return session;
}

describe('authFetch with <base href> to another host', () => {
  it('a relative string, a URL and a Request all go to the base host without the Bearer', async () => {
    withBase('https://cdn.other.example/');
    expect(document.baseURI).toBe('https://cdn.other.example/');
    const { sent, fetchImpl } = recordingFetch(() => 200);
    const session = signedInSession(fetchImpl);

    await session.authFetch('/api/v2/my/profile');
    await session.authFetch('api/v2/my/orders?id=1');
    await session.authFetch(new URL('/api/v2/my/profile', document.baseURI));
    await session.authFetch(new Request('/api/v2/my/profile', { method: 'POST', body: '{}' }));

    expect(sent).toEqual([
      { url: 'https://cdn.other.example/api/v2/my/profile', auth: null },
      { url: 'https://cdn.other.example/api/v2/my/orders?id=1', auth: null },
      { url: 'https://cdn.other.example/api/v2/my/profile', auth: null },
      { url: 'https://cdn.other.example/api/v2/my/profile', auth: null },
    ]);
    session.dispose();
  });

  it('an absolute URL on the API origin still gets the Bearer, sent to exactly that URL', async () => {
    withBase('https://cdn.other.example/');
    const { sent, fetchImpl } = recordingFetch(() => 200);
    const session = signedInSession(fetchImpl);
    const token = session.getSnapshot().tokens?.accessToken.token;
    await session.authFetch(`${location.origin}/api/v2/my/profile`);
    expect(sent).toEqual([{ url: `${location.origin}/api/v2/my/profile`, auth: `Bearer ${token}` }]);
    session.dispose();
  });
});

describe('authFetch with <base href> on the API origin', () => {
  it('resolves a relative input against the base path, sends the Bearer there, and replays it there after a 401', async () => {
    withBase(`${location.origin}/portal/`);
    let first: string | null = null;
    // The first access token is refused (revoked server-side); the refreshed one works.
    const { sent, fetchImpl } = recordingFetch((auth) => (first === null || auth === `Bearer ${first}` ? 401 : 200));
    const session = signedInSession(fetchImpl);
    first = session.getSnapshot().tokens?.accessToken.token ?? null;
    clock.skew = 30_000;

    const response = await session.authFetch(new Request('api/orders', { method: 'POST', body: '{"a":1}' }));
    expect(response.status).toBe(200);
    const next = session.getSnapshot().tokens?.accessToken.token;
    expect(next).not.toBe(first);
    expect(sent).toEqual([
      { url: `${location.origin}/portal/api/orders`, auth: `Bearer ${first}` },
      { url: `${location.origin}/portal/api/orders`, auth: `Bearer ${next}` },
    ]);
    session.dispose();
  });
});
