import { describe, expect, it } from 'vitest';
import { createFakeFetch, json } from '../../test-support/fake-fetch';
import {
  errorEnvelopeExample,
  qrChannelExample,
  qrExchangeExample,
  qrStatusAuthorizedExample,
  refreshExample,
  resetExample,
  restoreExample,
  signedInExample,
  twoFactorExample,
  wizardExample,
} from '../../test-support/reference-examples';
import { createSignInClient } from './create-client';
import { SignInError } from './errors';
import type { SignInClient } from './types';

const UUID = wizardExample.uuid;
const FP = 'ZmFrZS1maW5nZXJwcmludA==';

function setup(body: unknown = signedInExample, status = 200, baseUrl = 'https://api.example.com/') {
  const fake = createFakeFetch(() => json(body, status));
  const client = createSignInClient({ baseUrl, fetch: fake.fetch, locale: 'de-DE', deviceFingerprint: () => FP });
  return { client, calls: fake.calls, last: () => fake.calls.at(-1)! };
}

describe('createSignInClient: requests', () => {
  const cases: {
    name: string;
    run: (c: SignInClient) => Promise<unknown>;
    reply: unknown;
    method: string;
    path: string;
    body: unknown;
    bearer?: string;
  }[] = [
    { name: 'wizard', run: (c) => c.wizard(), reply: wizardExample, method: 'GET', path: '/signin/wizard', body: undefined },
    {
      name: 'signIn',
      run: (c) => c.signIn({ uuid: UUID, email: 'a@b.c', password: 'Secret123' }),
      reply: signedInExample,
      method: 'POST',
      path: '/signin',
      body: { uuid: UUID, email: 'a@b.c', password: 'Secret123', device_fingerprint: FP },
    },
    {
      name: 'signIn with reCAPTCHA',
      run: (c) => c.signIn({ uuid: UUID, email: 'a@b.c', password: 'p', recaptchaResponse: 'rc' }),
      reply: signedInExample,
      method: 'POST',
      path: '/signin',
      body: { uuid: UUID, email: 'a@b.c', password: 'p', device_fingerprint: FP, recaptchaResponse: 'rc' },
    },
    {
      name: 'chooseTwoFactor',
      run: (c) => c.chooseTwoFactor({ uuid: UUID, type: 'sms' }),
      reply: { ...restoreExample, workflow: '2fa_sms_auth' },
      method: 'POST',
      path: '/signin/2fa',
      body: { uuid: UUID, type: 'sms' },
    },
    {
      name: 'verifyGoogleCode',
      run: (c) => c.verifyGoogleCode({ uuid: UUID, code: '123456' }),
      reply: signedInExample,
      method: 'POST',
      path: '/2fa/google',
      body: { uuid: UUID, code: '123456' },
    },
    {
      name: 'verifySmsCode',
      run: (c) => c.verifySmsCode({ uuid: UUID, code: '654321' }),
      reply: signedInExample,
      method: 'POST',
      path: '/2fa/sms',
      body: { uuid: UUID, code: '654321' },
    },
    {
      name: 'restorePassword',
      run: (c) => c.restorePassword({ uuid: UUID, code: '761522' }),
      reply: restoreExample,
      method: 'POST',
      path: '/signin/password/restore',
      body: { uuid: UUID, action: 'code', code: '761522' },
    },
    {
      name: 'resetPassword',
      run: (c) => c.resetPassword({ uuid: UUID, password: '1234567As', passwordConfirmation: '1234567As' }),
      reply: resetExample,
      method: 'POST',
      path: '/signin/password/reset',
      body: { uuid: UUID, password: '1234567As', passwordConfirmation: '1234567As' },
    },
    {
      name: 'refresh',
      run: (c) => c.refresh({ refreshToken: 'rt-1' }),
      reply: refreshExample,
      method: 'POST',
      path: '/refresh',
      body: { refreshToken: 'rt-1' },
    },
    {
      name: 'signOut',
      run: (c) => c.signOut({ accessToken: 'at-1' }),
      reply: {},
      method: 'POST',
      path: '/signout',
      body: undefined,
      bearer: 'at-1',
    },
    {
      name: 'getQrChannel',
      run: (c) => c.getQrChannel(),
      reply: qrChannelExample,
      method: 'GET',
      path: '/signin/qrcodes',
      body: undefined,
    },
    {
      name: 'getQrChannelStatus',
      run: (c) => c.getQrChannelStatus({ channelId: 'a/b c' }),
      reply: qrStatusAuthorizedExample,
      method: 'GET',
      path: '/signin/qrcodes/a%2Fb%20c',
      body: undefined,
    },
    {
      name: 'signInWithQr',
      run: (c) => c.signInWithQr({ authorizationToken: 'qr-tok' }),
      reply: qrExchangeExample,
      method: 'POST',
      path: '/signin/qrcodes',
      body: { deviceFingerprint: FP, authorizationToken: 'qr-tok' },
    },
    {
      name: 'issueQrAuthorizationToken',
      run: (c) => c.issueQrAuthorizationToken({ accessToken: 'phone-at', channelId: 'ch-1' }),
      reply: { authorizationToken: 'auth-1' },
      method: 'POST',
      path: '/signin/tokens',
      body: { channelId: 'ch-1' },
      bearer: 'phone-at',
    },
  ];

  it.each(cases)('$name sends $method $path with the right headers and body', async (c) => {
    const { client, last } = setup(c.reply);
    await c.run(client);
    const call = last();
    expect(call.url).toBe(`https://api.example.com/api/v2/my${c.path}`);
    expect(call.method).toBe(c.method);
    expect(call.body).toEqual(c.body);
    expect(call.headers.accept).toBe('application/json');
    expect(call.headers['accept-language']).toBe('de-DE');
    expect(call.headers['content-type']).toBe(c.body === undefined ? undefined : 'application/json');
    expect(call.headers.authorization).toBe(c.bearer === undefined ? undefined : `Bearer ${c.bearer}`);
    expect(call.signal).toBeInstanceOf(AbortSignal);
  });

  it('uses each method its own fingerprint casing and the default fingerprint when none is given', async () => {
    const fake = createFakeFetch(() => json(signedInExample));
    const client = createSignInClient({ baseUrl: '', fetch: fake.fetch });
    await client.signIn({ uuid: UUID, email: 'a@b.c', password: 'p' });
    const body = fake.calls[0]!.body as Record<string, string>;
    expect(body.device_fingerprint).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(body).not.toHaveProperty('deviceFingerprint');
    expect(fake.calls[0]!.url).toBe('/api/v2/my/signin');
    expect(fake.calls[0]!.headers['accept-language']).toBe('en');
  });

  it('falls back to the default fingerprint when the host supplier throws', async () => {
    const fake = createFakeFetch(() => json(qrExchangeExample));
    const client = createSignInClient({
      baseUrl: '',
      fetch: fake.fetch,
      deviceFingerprint: () => {
        throw new Error('boom');
      },
    });
    await client.signInWithQr({ authorizationToken: 't' });
    expect((fake.calls[0]!.body as Record<string, string>).deviceFingerprint).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('normalises baseUrl, reads a locale function per call and adds extra headers', async () => {
    let locale = 'fr';
    const fake = createFakeFetch(() => json(wizardExample));
    const client = createSignInClient({
      baseUrl: 'https://h.test//',
      fetch: fake.fetch,
      locale: () => locale,
      headers: { 'X-Tenant': 't1' },
    });
    expect(client.baseUrl).toBe('https://h.test');
    await client.wizard();
    locale = 'ar';
    await client.wizard();
    expect(fake.calls.map((c) => c.headers['accept-language'])).toEqual(['fr', 'ar']);
    expect(fake.calls[0]!.headers['x-tenant']).toBe('t1');
    expect(fake.calls[0]!.url).toBe('https://h.test/api/v2/my/signin/wizard');
  });

  it('sends "en" when the locale getter throws', async () => {
    const fake = createFakeFetch(() => json(wizardExample));
    const client = createSignInClient({
      baseUrl: '',
      fetch: fake.fetch,
      locale: () => {
        throw new Error('no locale');
      },
    });
    await client.wizard();
    expect(fake.calls[0]!.headers['accept-language']).toBe('en');
  });

  it('a channel id with a lone surrogate is encoded, not thrown', async () => {
    const { client, last } = setup({ id: 'c', status: 'pending' });
    await client.getQrChannelStatus({ channelId: 'a\uD800b' });
    expect(last().url).toBe('https://api.example.com/api/v2/my/signin/qrcodes/a%EF%BF%BDb');
  });

  it('uses the global fetch when none is passed, resolved at call time', async () => {
    const fake = createFakeFetch(() => json(qrChannelExample));
    const original = globalThis.fetch;
    const client = createSignInClient({ baseUrl: 'http://x.test' });
    globalThis.fetch = fake.fetch;
    try {
      await expect(client.getQrChannel()).resolves.toEqual(qrChannelExample);
    } finally {
      globalThis.fetch = original;
    }
    expect(fake.calls).toHaveLength(1);
  });
});

describe('createSignInClient: documented responses', () => {
  it('wizard → options in camelCase', async () => {
    const step = await setup(wizardExample).client.wizard();
    expect(step).toEqual({
      code: 200,
      done: false,
      uuid: UUID,
      workflow: 'login',
      options: { isRecaptchaEnabled: false, isQrAvailable: true, isPasswordRecoveryAvailable: true },
      tokens: null,
      providers: [],
      client: null,
      raw: wizardExample.data,
    });
  });

  it('signIn → signed in with the token pair', async () => {
    const step = await setup(signedInExample).client.signIn({ uuid: UUID, email: 'e', password: 'p' });
    expect(step.code).toBe(202);
    expect(step.done).toBe(true);
    expect(step.tokens).toEqual({
      accessToken: signedInExample.data.accessToken,
      refreshToken: signedInExample.data.refreshToken,
    });
    expect(step.providers).toEqual(signedInExample.data.tfaProviders);
    expect(step.options).toBeNull();
  });

  it('signIn → 2fa tolerates the empty token placeholders', async () => {
    const step = await setup(twoFactorExample).client.signIn({ uuid: UUID, email: 'e', password: 'p' });
    expect(step.workflow).toBe('2fa');
    expect(step.tokens).toBeNull();
    expect(step.providers.map((p) => [p.name, p.enabled])).toEqual([
      ['sms', true],
      ['google', true],
    ]);
  });

  it('signIn → reset_password_email and an unknown workflow parse as steps', async () => {
    const { client } = setup({ ...restoreExample, workflow: 'reset_password_email' });
    expect((await client.signIn({ uuid: UUID, email: 'e', password: 'p' })).workflow).toBe('reset_password_email');
    const custom = { code: 200, data: { question: 'pet?' }, done: false, uuid: UUID, workflow: 'security_question' };
    const step = await setup(custom).client.signIn({ uuid: UUID, email: 'e', password: 'p' });
    expect(step.workflow).toBe('security_question');
    expect(step.raw).toEqual({ question: 'pet?' });
    expect(step.tokens).toBeNull();
  });

  it('restorePassword → reset_password with null data', async () => {
    const step = await setup(restoreExample).client.restorePassword({ uuid: UUID, code: '761522' });
    expect(step).toMatchObject({ workflow: 'reset_password', raw: null, tokens: null, client: null, options: null });
  });

  it('resetPassword → the client, no tokens', async () => {
    const step = await setup(resetExample).client.resetPassword({
      uuid: UUID,
      password: 'x',
      passwordConfirmation: 'x',
    });
    expect(step).toMatchObject({ code: 202, done: true, workflow: 'login', tokens: null });
    expect(step.client).toEqual({ id: 1, email: 'jdoe@example.com', settings: {} });
  });

  it('resetPassword tolerates PHP-style empty settings `[]`', async () => {
    const body = { ...resetExample, data: { client: { id: 1, email: 'e', settings: [] } } };
    const step = await setup(body).client.resetPassword({ uuid: UUID, password: 'x', passwordConfirmation: 'x' });
    expect(step.client?.settings).toEqual({});
  });

  it('refresh → the bare pair, a null refresh token, or the step envelope', async () => {
    expect(await setup(refreshExample).client.refresh({ refreshToken: 'r' })).toEqual(refreshExample);
    const nullRefresh = { ...refreshExample, refreshToken: null };
    expect((await setup(nullRefresh).client.refresh({ refreshToken: 'r' })).refreshToken).toBeNull();
    expect(await setup(signedInExample).client.refresh({ refreshToken: 'r' })).toEqual({
      accessToken: signedInExample.data.accessToken,
      refreshToken: signedInExample.data.refreshToken,
    });
  });

  it('signOut resolves on 200 with an empty body', async () => {
    const fake = createFakeFetch(() => new Response(null, { status: 200 }));
    const client = createSignInClient({ baseUrl: '', fetch: fake.fetch });
    await expect(client.signOut({ accessToken: 'a' })).resolves.toBeUndefined();
  });

  it('QR: channel, statuses, exchange and authorization token', async () => {
    expect(await setup(qrChannelExample).client.getQrChannel()).toEqual(qrChannelExample);
    const noLocation = { id: 'c', lifetimeMinutes: 2, ip: '::1' };
    expect((await setup(noLocation).client.getQrChannel()).location).toBeNull();
    expect(await setup(qrStatusAuthorizedExample).client.getQrChannelStatus({ channelId: 'c' })).toEqual(
      qrStatusAuthorizedExample,
    );
    const pending = await setup({ id: 'c', status: 'pending' }).client.getQrChannelStatus({ channelId: 'c' });
    expect(pending).toEqual({ id: 'c', status: 'pending', authorizationToken: null });
    // The optional approval details of the extension are kept when sent, and checked.
    const detailed = { id: 'c', status: 'pending', ip: '203.0.113.7', location: null, expiresInSeconds: 42 };
    expect(await setup(detailed).client.getQrChannelStatus({ channelId: 'c' })).toEqual({ ...detailed, authorizationToken: null });
    await expect(setup({ ...detailed, expiresInSeconds: -1 }).client.getQrChannelStatus({ channelId: 'c' })).rejects.toMatchObject({
      detail: { kind: 'invalid-response' },
    });
    expect(await setup(qrExchangeExample).client.signInWithQr({ authorizationToken: 't' })).toEqual({
      kind: 'signed-in',
      clientId: 1,
      tokens: qrExchangeExample.tokens,
    });
    const asStep = await setup(twoFactorExample).client.signInWithQr({ authorizationToken: 't' });
    expect(asStep.kind === 'step' && asStep.step.workflow).toBe('2fa');
    const issued = setup({ authorizationToken: 'auth-1' }).client;
    expect(await issued.issueQrAuthorizationToken({ accessToken: 'a', channelId: 'c' })).toEqual({
      authorizationToken: 'auth-1',
    });
  });

  it('maps the error envelope of a 400', async () => {
    const error = await setup(errorEnvelopeExample, 400)
      .client.signIn({ uuid: UUID, email: 'e', password: 'p' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as SignInError).detail).toEqual({
      kind: 'http',
      status: 400,
      serverCode: 1004,
      serverMessage: 'Validation failed',
      details: [{ issue: 'must be an email', field: 'email' }],
    });
    expect((error as SignInError).path).toBe('/signin');
  });
});
