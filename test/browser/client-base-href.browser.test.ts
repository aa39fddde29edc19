/**
 * The client under a `<base href>` to another host, in real Chromium (issue 10, "Tokens"): with
 * `baseUrl: ''` (same origin) every call still goes to the page's origin, so the password, the
 * codes and the refresh token never reach the host the `<base>` names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSignInClient } from '../../src/core/client';

afterEach(() => document.querySelectorAll('base[data-test="client"]').forEach((b) => b.remove()));

/** Records the URL each request would hit, resolved exactly as fetch resolves it. */
function recordingFetch() {
  const urls: string[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(new Request(input, init).url);
    return new Response(JSON.stringify({ accessToken: null, refreshToken: null }), { status: 500 });
  };
  return { urls, fetchImpl: fetchImpl as typeof fetch };
}

describe('client requests under a <base href> to another host', () => {
  it('sends sign-in and refresh to the page origin, not to the base', async () => {
    const base = document.createElement('base');
    base.href = 'https://cdn.other.example/assets/';
    base.dataset.test = 'client';
    document.head.prepend(base);
    expect(document.baseURI).toBe('https://cdn.other.example/assets/');

    const { urls, fetchImpl } = recordingFetch();
    const client = createSignInClient({ baseUrl: '', fetch: fetchImpl });
    await client.signIn({ uuid: 'u', email: 'a@example.com', password: 'sentinel-password' }).catch(() => {});
    await client.refresh({ refreshToken: 'sentinel-refresh' }).catch(() => {});

    expect(urls).toHaveLength(2);
    for (const url of urls) {
      expect(new URL(url).origin).toBe(location.origin);
      expect(url).not.toContain('cdn.other.example');
    }
    expect(urls[0]).toBe(`${location.origin}/api/v2/my/signin`);
  });

  it('keeps a path-relative baseUrl on the page origin', async () => {
    const base = document.createElement('base');
    base.href = 'https://cdn.other.example/';
    base.dataset.test = 'client';
    document.head.prepend(base);
    const { urls, fetchImpl } = recordingFetch();
    await createSignInClient({ baseUrl: '/broker', fetch: fetchImpl }).wizard().catch(() => {});
    expect(urls).toEqual([`${location.origin}/broker/api/v2/my/signin/wizard`]);
  });
});
