import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeFetch, json, type Responder } from '../../test-support/fake-fetch';
import { errorEnvelopeExample, signedInExample, wizardExample } from '../../test-support/reference-examples';
import { createSignInClient } from './create-client';
import { SignInError, type SignInErrorDetail } from './errors';

const UUID = wizardExample.uuid;

function clientFor(respond: Responder, timeoutMs?: number) {
  const fake = createFakeFetch(respond);
  return { client: createSignInClient({ baseUrl: 'http://h.test', fetch: fake.fetch, timeoutMs }), calls: fake.calls };
}

/** Awaits a rejection and returns the `SignInError` (fails the test for anything else). */
async function failure(promise: Promise<unknown>): Promise<SignInError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignInError);
  return error as SignInError;
}

const html = (status: number, headers: Record<string, string> = {}) =>
  new Response('<html><body>Bad gateway</body></html>', { status, headers: { 'content-type': 'text/html', ...headers } });

const wizardFailure = (respond: Responder) => failure(clientFor(respond).client.wizard());

afterEach(() => {
  vi.useRealTimers();
});

describe('status mapping', () => {
  it('HTML 502 → http with null server fields', async () => {
    const error = await wizardFailure(() => html(502));
    expect(error.detail).toEqual({ kind: 'http', status: 502, serverCode: null, serverMessage: null, details: [] });
  });

  it('JSON 503 that is not the envelope → http with nulls', async () => {
    const error = await wizardFailure(() => json({ message: 'down' }, 503));
    expect(error.detail).toMatchObject({ kind: 'http', status: 503, serverCode: null, serverMessage: null });
  });

  it('503 with Retry-After → http with retryAfterSeconds (maintenance); without it, or on another status, none', async () => {
    const down = await wizardFailure(() => html(503, { 'Retry-After': '299' }));
    expect(down.detail).toEqual({ kind: 'http', status: 503, serverCode: null, serverMessage: null, details: [], retryAfterSeconds: 299 });
    const bare = await wizardFailure(() => html(503));
    expect(bare.detail).not.toHaveProperty('retryAfterSeconds');
    // A date already past follows the one Retry-After rule: the shortest wait (1 s), then the form.
    const past = await wizardFailure(() => html(503, { 'Retry-After': new Date(Date.now() - 60_000).toUTCString() }));
    expect(past.detail).toHaveProperty('retryAfterSeconds', 1);
    const other = await wizardFailure(() => html(502, { 'Retry-After': '30' }));
    expect(other.detail).not.toHaveProperty('retryAfterSeconds');
  });

  it('410 with the envelope → http with code and message', async () => {
    const error = await wizardFailure(() => json({ error: { code: 1003, message: 'Expired' } }, 410));
    expect(error.detail).toEqual({ kind: 'http', status: 410, serverCode: 1003, serverMessage: 'Expired', details: [] });
    expect(error.status).toBe(410);
  });

  it('401 → unauthorized, with or without the envelope', async () => {
    const withEnvelope = await wizardFailure(() => json({ error: { code: 1007, message: 'Token expired' } }, 401));
    expect(withEnvelope.detail).toEqual({ kind: 'unauthorized', status: 401, serverCode: 1007, serverMessage: 'Token expired' });
    const bare = await wizardFailure(() => new Response('', { status: 401 }));
    expect(bare.detail).toEqual({ kind: 'unauthorized', status: 401, serverCode: null, serverMessage: null });
  });

  it('429 → rate-limited with Retry-After seconds, an HTTP date, or the 600 s default', async () => {
    const seconds = await wizardFailure(() => json(errorEnvelopeExample, 429, { 'Retry-After': '120' }));
    expect(seconds.detail).toEqual({
      kind: 'rate-limited',
      status: 429,
      retryAfterSeconds: 120,
      serverMessage: 'Validation failed',
    });
    const missing = await wizardFailure(() => new Response('', { status: 429 }));
    expect(missing.detail).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 600, serverMessage: null });
    const date = new Date(Date.now() + 90_000).toUTCString();
    const dated = await wizardFailure(() => new Response('', { status: 429, headers: { 'Retry-After': date } }));
    expect(dated.detail).toMatchObject({ kind: 'rate-limited' });
    const wait = (dated.detail as Extract<SignInErrorDetail, { kind: 'rate-limited' }>).retryAfterSeconds;
    expect(wait).toBeGreaterThan(80);
    expect(wait).toBeLessThanOrEqual(90);
  });

  it('never retries: one request per call, whatever the failure', async () => {
    const { client, calls } = clientFor(() => new Response('', { status: 429 }));
    await failure(client.refresh({ refreshToken: 'r' }));
    await failure(client.signIn({ uuid: UUID, email: 'e', password: 'p' }));
    expect(calls).toHaveLength(2);
  });
});

describe('bad 2xx bodies → invalid-response', () => {
  const cases: { name: string; respond: Responder; reason: RegExp }[] = [
    { name: 'HTML 200', respond: () => html(200), reason: /not JSON \(content-type text\/html\)/ },
    { name: 'empty body', respond: () => new Response('', { status: 200 }), reason: /empty body/ },
    {
      name: 'truncated JSON',
      respond: () => new Response(JSON.stringify(wizardExample).slice(0, 40), { status: 200 }),
      reason: /not JSON/,
    },
    { name: 'JSON null', respond: () => json(null), reason: /^body: expected object/ },
    { name: 'data null on the wizard', respond: () => json({ ...wizardExample, data: null }), reason: /wizard options/ },
    { name: 'data is an array', respond: () => json({ ...wizardExample, data: [] }), reason: /^data: expected object/ },
    { name: 'missing uuid', respond: () => json({ ...wizardExample, uuid: undefined }), reason: /^uuid: expected string/ },
    {
      name: 'wrong option type',
      respond: () => json({ ...wizardExample, data: { ...wizardExample.data, is_qr_available: 'yes' } }),
      reason: /^data\.is_qr_available: expected boolean/,
    },
    { name: 'code as a string', respond: () => json({ ...wizardExample, code: '200' }), reason: /^code: expected number/ },
  ];

  it.each(cases)('$name', async ({ respond, reason }) => {
    const error = await wizardFailure(respond);
    expect(error.detail.kind).toBe('invalid-response');
    const detail = error.detail as Extract<SignInErrorDetail, { kind: 'invalid-response' }>;
    expect(detail.status).toBe(200);
    expect(detail.reason).toMatch(reason);
    expect(detail.reason.length).toBeLessThanOrEqual(120);
    expect(error.message).not.toContain('<html>');
  });

  it('an unknown workflow parses fine', async () => {
    const { client } = clientFor(() => json({ code: 200, data: null, done: false, uuid: UUID, workflow: 'kyc_upload' }));
    await expect(client.signIn({ uuid: UUID, email: 'e', password: 'p' })).resolves.toMatchObject({
      workflow: 'kyc_upload',
    });
  });

  it('a signed-in step must carry a valid token pair', async () => {
    const broken = [
      { ...signedInExample.data, accessToken: {} },
      { ...signedInExample.data, accessToken: null },
      { ...signedInExample.data, refreshToken: undefined },
      { ...signedInExample.data, accessToken: { ...signedInExample.data.accessToken, expiresAt: 1656103154 } },
      { ...signedInExample.data, accessToken: { ...signedInExample.data.accessToken, createdAt: 'yesterday' } },
      { ...signedInExample.data, refreshToken: { ...signedInExample.data.refreshToken, token: '' } },
    ];
    for (const data of broken) {
      const { client } = clientFor(() => json({ ...signedInExample, data }));
      const error = await failure(client.verifySmsCode({ uuid: UUID, code: '123456' }));
      expect(error.kind).toBe('invalid-response');
      expect(error.message).toMatch(/data\.(accessToken|refreshToken)/);
    }
  });

  it('2fa requires its providers', async () => {
    const { client } = clientFor(() => json({ code: 200, data: null, done: false, uuid: UUID, workflow: '2fa' }));
    const error = await failure(client.signIn({ uuid: UUID, email: 'e', password: 'p' }));
    expect(error.detail).toMatchObject({ kind: 'invalid-response', reason: 'data.tfaProviders: required on 2fa' });
  });

  it('refresh rejects a missing refresh token, an empty object and a step without tokens', async () => {
    for (const body of [{ accessToken: signedInExample.data.accessToken }, {}, { ...wizardExample, data: null }]) {
      const error = await failure(clientFor(() => json(body)).client.refresh({ refreshToken: 'r' }));
      expect(error.kind).toBe('invalid-response');
    }
  });

  it('QR: an unknown status, an authorized status without a token and a zero lifetime are invalid', async () => {
    const status = (body: unknown) => clientFor(() => json(body)).client.getQrChannelStatus({ channelId: 'c' });
    expect((await failure(status({ id: 'c', status: 'scanned' }))).kind).toBe('invalid-response');
    expect((await failure(status({ id: 'c', status: 'authorized' }))).kind).toBe('invalid-response');
    const channel = clientFor(() => json({ id: 'c', lifetimeMinutes: 0, ip: '1.1.1.1', location: null })).client;
    expect((await failure(channel.getQrChannel())).kind).toBe('invalid-response');
  });
});

describe('transport failures', () => {
  it('a fetch rejection → network', async () => {
    const error = await wizardFailure(() => Promise.reject(new TypeError('fetch failed')));
    expect(error.detail).toEqual({ kind: 'network' });
  });

  it('a body that fails mid-read → network', async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"code":'));
        controller.error(new Error('connection reset'));
      },
    });
    const error = await wizardFailure(() => new Response(stream, { status: 200 }));
    expect(error.kind).toBe('network');
  });

  it('a hanging fetch (even one that ignores the signal) → timeout after timeoutMs', async () => {
    vi.useFakeTimers();
    const { client, calls } = clientFor(() => new Promise<Response>(() => {}), 5_000);
    const pending = failure(client.wizard());
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signal!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(error.detail).toEqual({ kind: 'timeout', timeoutMs: 5_000 });
    expect(calls[0]!.signal!.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('the default timeout is 15 s', async () => {
    vi.useFakeTimers();
    const { client } = clientFor(() => new Promise<Response>(() => {}));
    const pending = failure(client.wizard());
    await vi.advanceTimersByTimeAsync(15_000);
    expect((await pending).detail).toEqual({ kind: 'timeout', timeoutMs: 15_000 });
  });

  it('timeoutMs 0 or Infinity sets no timer', async () => {
    vi.useFakeTimers();
    for (const timeoutMs of [0, Infinity]) {
      const controller = new AbortController();
      const { client } = clientFor(() => new Promise<Response>(() => {}), timeoutMs);
      const pending = failure(client.wizard({ signal: controller.signal }));
      await vi.advanceTimersByTimeAsync(10);
      expect(vi.getTimerCount()).toBe(0);
      controller.abort();
      expect((await pending).kind).toBe('aborted');
    }
  });

  it('a fetch that honours the signal still reports timeout, not network', async () => {
    vi.useFakeTimers();
    const { client } = clientFor(
      (call) =>
        new Promise<Response>((_, reject) =>
          call.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
      100,
    );
    const pending = failure(client.wizard());
    await vi.advanceTimersByTimeAsync(100);
    expect((await pending).kind).toBe('timeout');
  });

  it("the caller's abort → aborted, and it aborts the fetch", async () => {
    const controller = new AbortController();
    const { client, calls } = clientFor(() => new Promise<Response>(() => {}));
    const pending = failure(client.wizard({ signal: controller.signal }));
    await Promise.resolve();
    controller.abort();
    const error = await pending;
    expect(error.detail).toEqual({ kind: 'aborted' });
    expect(calls[0]!.signal!.aborted).toBe(true);
  });

  it('an already aborted signal → aborted without a request', async () => {
    const { client, calls } = clientFor(() => json(wizardExample));
    const error = await failure(client.wizard({ signal: AbortSignal.abort() }));
    expect(error.kind).toBe('aborted');
    expect(calls).toHaveLength(0);
  });

  it('an abort after the answer changes nothing and leaves no timer', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const { client } = clientFor(() => json(wizardExample));
    await expect(client.wizard({ signal: controller.signal })).resolves.toMatchObject({ workflow: 'login' });
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a fetch that returns something that is not a Response → a SignInError', async () => {
    const { client } = clientFor(() => ({}) as Response);
    expect((await failure(client.wizard())).kind).toBe('network');
  });
});
