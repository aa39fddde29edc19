/**
 * The client against the simulator over real HTTP on loopback: every method and documented
 * shape end to end, plus the fault paths a proxy or the rate limiter produce.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSignInClient } from './create-client';
import { SignInError, type SignInErrorDetail } from './errors';
import type { SignInClient, WizardStep } from './types';
import { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, totp } from '../../simulator';
import { startSimulatorServer, type SimulatorServer } from '../../simulator/node';

let server: SimulatorServer;
let client: SignInClient;

beforeAll(async () => {
  server = await startSimulatorServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.simulator.reset();
  client = createSignInClient({ baseUrl: `${server.url}/`, locale: 'en-GB' });
});

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

const lastCode = (recipient: string) => server.simulator.outbox().filter((e) => e.recipient === recipient).at(-1)!.code;

async function signIn(email: string, password = DEMO_PASSWORD): Promise<WizardStep> {
  const wizard = await client.wizard();
  return client.signIn({ uuid: wizard.uuid, email, password });
}

/** A signed-in step's tokens, failing the test when there are none. */
function tokensOf(step: WizardStep) {
  expect(step).toMatchObject({ code: 202, done: true, workflow: 'login' });
  expect(step.tokens).not.toBeNull();
  return step.tokens!;
}

describe('client ↔ simulator over HTTP', () => {
  it('wizard → options; client@ signs in straight away with a valid pair', async () => {
    const wizard = await client.wizard();
    expect(wizard).toMatchObject({
      code: 200,
      done: false,
      workflow: 'login',
      options: { isRecaptchaEnabled: false, isQrAvailable: true, isPasswordRecoveryAvailable: true },
    });
    expect(wizard.uuid).not.toBe('');
    const tokens = tokensOf(await client.signIn({ uuid: wizard.uuid, email: 'client@example.com', password: DEMO_PASSWORD }));
    expect(Date.parse(tokens.accessToken.expiresAt)).toBeGreaterThan(Date.parse(tokens.accessToken.createdAt));
    expect(tokens.refreshToken?.token).toBeTruthy();
  });

  it('wizard options follow the server config', async () => {
    server.simulator.setConfig({ recaptchaEnabled: true, qrAvailable: false, passwordRecoveryAvailable: false });
    expect((await client.wizard()).options).toEqual({
      isRecaptchaEnabled: true,
      isQrAvailable: false,
      isPasswordRecoveryAvailable: false,
    });
  });

  it('wrong credentials → http 400 with the server code', async () => {
    const error = await failure(signIn('client@example.com', 'wrong-password-1'));
    expect(error.detail).toMatchObject({ kind: 'http', status: 400, serverCode: 1001 });
    expect(error.message).not.toContain('wrong-password-1');
  });

  it('google@ → 2fa → chosen Google → TOTP code → signed in', async () => {
    const step = await signIn('google@example.com');
    expect(step.workflow).toBe('2fa');
    expect(step.tokens).toBeNull();
    expect(step.providers.filter((p) => p.enabled).map((p) => p.name)).toEqual(['google']);
    const chosen = await client.chooseTwoFactor({ uuid: step.uuid, type: 'google' });
    expect(chosen.workflow).toBe('2fa_google_auth');
    tokensOf(await client.verifyGoogleCode({ uuid: step.uuid, code: totp(GOOGLE_TOTP_SECRET, Date.now()) }));
  });

  it('sms@ → 2fa → chosen SMS → the outbox code → signed in', async () => {
    const step = await signIn('sms@example.com');
    expect(step.workflow).toBe('2fa');
    const chosen = await client.chooseTwoFactor({ uuid: step.uuid, type: 'sms' });
    expect(chosen.workflow).toBe('2fa_sms_auth');
    tokensOf(await client.verifySmsCode({ uuid: step.uuid, code: lastCode('+1 555 0100') }));
  });

  it('both@ → the chooser lists both methods; a wrong code is a typed 400', async () => {
    const step = await signIn('both@example.com');
    expect(step.providers.filter((p) => p.enabled).map((p) => p.name).sort()).toEqual(['google', 'sms']);
    await client.chooseTwoFactor({ uuid: step.uuid, type: 'google' });
    const wrong = totp(GOOGLE_TOTP_SECRET, Date.now()) === '000000' ? '111111' : '000000';
    const error = await failure(client.verifyGoogleCode({ uuid: step.uuid, code: wrong }));
    expect(error.detail).toMatchObject({ kind: 'http', status: 400, serverCode: 1002 });
    expect(error.message).not.toContain(wrong);
    tokensOf(await client.verifyGoogleCode({ uuid: step.uuid, code: totp(GOOGLE_TOTP_SECRET, Date.now()) }));
  });

  it('reset@ → emailed code → restore → reset → sign in with the new password', async () => {
    const step = await signIn('reset@example.com');
    expect(step.workflow).toBe('reset_password_email');
    const restored = await client.restorePassword({ uuid: step.uuid, code: lastCode('reset@example.com') });
    expect(restored).toMatchObject({ code: 200, workflow: 'reset_password', raw: null });
    const newPassword = 'Fresh-Passw0rd';
    const reset = await client.resetPassword({ uuid: step.uuid, password: newPassword, passwordConfirmation: newPassword });
    expect(reset).toMatchObject({ code: 202, done: true, workflow: 'login', tokens: null });
    expect(reset.client).toMatchObject({ id: 5, email: 'reset@example.com' });
    tokensOf(await signIn('reset@example.com', newPassword));
  });

  it('refresh rotates the pair; the old refresh token is then refused (401)', async () => {
    const first = tokensOf(await signIn('client@example.com'));
    const second = await client.refresh({ refreshToken: first.refreshToken!.token });
    expect(second.accessToken.token).not.toBe(first.accessToken.token);
    expect(second.refreshToken?.token).not.toBe(first.refreshToken!.token);
    const error = await failure(client.refresh({ refreshToken: first.refreshToken!.token }));
    expect(error.detail).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('signOut with the Bearer; a second sign-out is unauthorized', async () => {
    const tokens = tokensOf(await signIn('client@example.com'));
    await expect(client.signOut({ accessToken: tokens.accessToken.token })).resolves.toBeUndefined();
    const error = await failure(client.signOut({ accessToken: tokens.accessToken.token }));
    expect(error.kind).toBe('unauthorized');
  });

  it('QR: channel → phone issues a token → status authorized → exchange signs in', async () => {
    const channel = await client.getQrChannel();
    expect(channel.lifetimeMinutes).toBe(2);
    expect(typeof channel.ip).toBe('string');
    // The simulator's extension: what the approving phone shows, end to end through the client.
    expect(await client.getQrChannelStatus({ channelId: channel.id })).toEqual({
      id: channel.id,
      status: 'pending',
      authorizationToken: null,
      ip: channel.ip,
      location: channel.location,
      expiresInSeconds: expect.any(Number),
    });
    const phone = tokensOf(await signIn('client@example.com'));
    const { authorizationToken } = await client.issueQrAuthorizationToken({
      accessToken: phone.accessToken.token,
      channelId: channel.id,
    });
    expect(authorizationToken).toBeTruthy();
    expect(await client.getQrChannelStatus({ channelId: channel.id })).toMatchObject({
      id: channel.id,
      status: 'authorized',
      authorizationToken,
    });
    const result = await client.signInWithQr({ authorizationToken });
    expect(result.kind).toBe('signed-in');
    if (result.kind === 'signed-in') {
      expect(result.clientId).toBe(1);
      expect(result.tokens.accessToken.token).not.toBe(phone.accessToken.token);
    }
  });

  it('issuing a QR token without a valid phone token is unauthorized', async () => {
    const channel = await client.getQrChannel();
    const error = await failure(client.issueQrAuthorizationToken({ accessToken: 'not-a-token', channelId: channel.id }));
    expect(error.kind).toBe('unauthorized');
  });
});

describe('429 and faults over HTTP', () => {
  it('the real limiter: the 6th wrong sign-in in a minute → rate-limited, Retry-After ≈ 600 s', async () => {
    const wizard = await client.wizard();
    const attempt = () => client.signIn({ uuid: wizard.uuid, email: 'client@example.com', password: 'nope-nope-1' });
    const kinds: string[] = [];
    for (let i = 0; i < 6; i++) kinds.push((await failure(attempt())).kind);
    expect(kinds.slice(0, 5)).toEqual(['http', 'http', 'http', 'http', 'http']);
    expect(kinds[5]).toBe('rate-limited');
    const error = await failure(attempt());
    const detail = error.detail as Extract<SignInErrorDetail, { kind: 'rate-limited' }>;
    expect(detail.kind).toBe('rate-limited');
    expect(detail.retryAfterSeconds).toBeGreaterThan(590);
    expect(detail.retryAfterSeconds).toBeLessThanOrEqual(600);
  });

  it('an injected 429 with Retry-After: 30 → retryAfterSeconds 30', async () => {
    server.simulator.setConfig({
      faults: [{ path: '/refresh', count: 1, respond: { status: 429, headers: { 'Retry-After': '30' } } }],
    });
    const error = await failure(client.refresh({ refreshToken: 'whatever' }));
    expect(error.detail).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 30 });
  });

  it.each([
    ['HTML 502', { status: 502, body: 'html' }, 'http'],
    ['HTML 200', { status: 200, body: 'html' }, 'invalid-response'],
    ['empty 200', { status: 200, body: 'empty' }, 'invalid-response'],
    ['truncated 200', { status: 200, body: 'truncated' }, 'invalid-response'],
    ['wrong types', { status: 200, body: { code: '200', data: null, done: 'no', uuid: 1, workflow: 'login' } }, 'invalid-response'],
  ] as const)('%s on the wizard → %s', async (_name, respond, kind) => {
    server.simulator.setConfig({ faults: [{ path: '/signin/wizard', count: 1, respond }] });
    expect((await failure(client.wizard())).kind).toBe(kind);
    // The fault is used up: the next call works.
    expect((await client.wizard()).workflow).toBe('login');
  });

  it('a hanging server → timeout; a caller abort → aborted', async () => {
    server.simulator.setConfig({ faults: [{ path: '/signin/qrcodes', method: 'GET', count: 2, respond: 'hang' }] });
    const quick = createSignInClient({ baseUrl: server.url, timeoutMs: 200 });
    expect((await failure(quick.getQrChannel())).detail).toEqual({ kind: 'timeout', timeoutMs: 200 });
    const controller = new AbortController();
    const pending = failure(client.getQrChannel({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect((await pending).kind).toBe('aborted');
  });

  it('nothing listening → network', async () => {
    const closed = await startSimulatorServer();
    await closed.close();
    const error = await failure(createSignInClient({ baseUrl: closed.url }).wizard());
    expect(error.kind).toBe('network');
  });
});
