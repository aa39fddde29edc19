import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFakeFetch, json, type Responder } from '../../test-support/fake-fetch';
import { signedInExample, wizardExample } from '../../test-support/reference-examples';
import { createSignInClient } from './create-client';
import { SignInError } from './errors';
import type { SignInClient } from './types';

const PASSWORD = 'Pw-SENTINEL-7f3a9c';
const CODE = '918273';
const TOKEN = 'tok-SENTINEL-5be1d0';
const UUID = wizardExample.uuid;

/** Every method of the client, called with the sentinels wherever a secret goes, and the secrets it sent. */
const everyMethod: [string, (c: SignInClient) => Promise<unknown>, string[]][] = [
  ['wizard', (c) => c.wizard(), []],
  ['signIn', (c) => c.signIn({ uuid: UUID, email: 'jdoe@example.com', password: PASSWORD }), [PASSWORD]],
  ['chooseTwoFactor', (c) => c.chooseTwoFactor({ uuid: UUID, type: 'sms' }), []],
  ['verifyGoogleCode', (c) => c.verifyGoogleCode({ uuid: UUID, code: CODE }), [CODE]],
  ['verifySmsCode', (c) => c.verifySmsCode({ uuid: UUID, code: CODE }), [CODE]],
  ['restorePassword', (c) => c.restorePassword({ uuid: UUID, code: CODE }), [CODE]],
  [
    'resetPassword',
    (c) => c.resetPassword({ uuid: UUID, password: PASSWORD, passwordConfirmation: PASSWORD }),
    [PASSWORD],
  ],
  ['refresh', (c) => c.refresh({ refreshToken: TOKEN }), [TOKEN]],
  ['signOut', (c) => c.signOut({ accessToken: TOKEN }), [TOKEN]],
  ['getQrChannel', (c) => c.getQrChannel(), []],
  ['getQrChannelStatus', (c) => c.getQrChannelStatus({ channelId: 'c-1' }), []],
  ['signInWithQr', (c) => c.signInWithQr({ authorizationToken: TOKEN }), [TOKEN]],
  [
    'issueQrAuthorizationToken',
    (c) => c.issueQrAuthorizationToken({ accessToken: TOKEN, channelId: 'c-1' }),
    [TOKEN],
  ],
];

const clientFor = (respond: Responder) =>
  createSignInClient({ baseUrl: 'http://h.test', fetch: createFakeFetch(respond).fetch });

/** Statuses whose Response may not carry a body. */
const nullBodyStatus = new Set([204, 205, 304]);

describe('property: the client settles with a value or a SignInError, never anything else', () => {
  const responses = fc.record({
    status: fc.integer({ min: 200, max: 599 }),
    body: fc.oneof(
      fc.json().map((s) => s),
      fc.string(),
      fc.constant(JSON.stringify(signedInExample)),
    ),
    retryAfter: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    method: fc.constantFrom(...everyMethod),
  });

  it('for arbitrary bodies, statuses and Retry-After values', async () => {
    await fc.assert(
      fc.asyncProperty(responses, async ({ status, body, retryAfter, method: [, run] }) => {
        const headers = new Headers();
        try {
          if (retryAfter !== undefined) headers.set('retry-after', retryAfter);
        } catch {
          // fast-check's string is not a valid header value: send none.
        }
        const client = clientFor(() => new Response(nullBodyStatus.has(status) ? null : body, { status, headers }));
        const outcome = await run(client).then(
          () => 'resolved',
          (e: unknown) => e,
        );
        if (outcome !== 'resolved') {
          expect(outcome).toBeInstanceOf(SignInError);
          const error = outcome as SignInError;
          // 2xx failures are invalid-response; other statuses map by status.
          if (status < 300) expect(error.kind).toBe('invalid-response');
          else if (status === 401) expect(error.kind).toBe('unauthorized');
          else if (status === 429) expect(error.kind).toBe('rate-limited');
          else expect(error.kind).toBe('http');
        } else {
          expect(status).toBeLessThan(300);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('arbitrary JSON is never accepted as a step unless it is a step envelope', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const client = clientFor(() => json(value));
        const result = await client.signIn({ uuid: UUID, email: 'e', password: 'p' }).catch((e: unknown) => e);
        if (!(result instanceof SignInError)) {
          expect(value).toMatchObject({ uuid: expect.any(String), workflow: expect.any(String) });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('no secret in any error', () => {
  const echo = `${PASSWORD} ${CODE} ${TOKEN}`;
  const responders: [string, Responder][] = [
    ['400 envelope echoing the secrets', () => json({ error: { code: 1001, message: `bad ${echo}`, details: [{ issue: echo, field: 'password' }] } }, 400)],
    ['401 envelope echoing the secrets', () => json({ error: { code: 1007, message: `revoked ${TOKEN}` } }, 401)],
    ['429 envelope echoing the secrets', () => json({ error: { code: 1006, message: `slow down ${echo}` } }, 429)],
    ['HTML 502 with the secrets', () => new Response(`<pre>${echo}</pre>`, { status: 502 })],
    ['HTML 200 with the secrets', () => new Response(`<pre>${echo}</pre>`, { status: 200 })],
    ['truncated JSON with the secrets', () => new Response(`{"token":"${TOKEN}","password":"${PASSWORD}`, { status: 200 })],
    ['wrong types holding the secrets', () => json({ code: PASSWORD, data: TOKEN, done: CODE, uuid: 1, workflow: 2, id: CODE, status: TOKEN })],
    ['a broken token pair holding the secrets', () => json({ ...signedInExample, data: { accessToken: { token: TOKEN, createdAt: PASSWORD, expiresAt: CODE }, refreshToken: null } })],
    ['a bare pair with a bad date', () => json({ accessToken: { token: TOKEN, createdAt: CODE, expiresAt: CODE }, refreshToken: null })],
    ['a fetch rejecting with the secrets', () => Promise.reject(new TypeError(`failed ${echo}`))],
  ];

  it.each(responders)('%s', async (_name, respond) => {
    const client = clientFor(respond);
    let failures = 0;
    // A server can only echo what the call sent: check those (every sentinel for locally built text).
    for (const [, run, sent] of everyMethod) {
      const error = await run(client).catch((e: unknown) => e);
      if (!(error instanceof SignInError)) continue;
      failures++;
      const visible = [error.message, String(error), error.stack ?? '', JSON.stringify(error.detail), error.path].join('\n');
      for (const secret of sent) expect(visible).not.toContain(secret);
      if (error.kind !== 'http' && error.kind !== 'unauthorized' && error.kind !== 'rate-limited') {
        for (const secret of [PASSWORD, CODE, TOKEN]) expect(visible).not.toContain(secret);
      }
    }
    expect(failures).toBeGreaterThan(0);
  });
});
