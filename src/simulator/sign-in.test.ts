import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, demoAccounts, totp } from '.';
import { serverErrorCodes } from '../core/client/server-codes';
import { expectSignedIn, jwtPayload, setup } from '../test-support/simulator/support';

describe('the wizard', () => {
  it('starts with the reference shape and defaults', async () => {
    const { call } = setup();
    const answer = await call('GET', '/signin/wizard');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.body).toEqual({
      code: 200,
      data: { recaptcha: { enabled: false }, is_qr_available: true, is_password_recovery_available: true },
      done: false,
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      workflow: 'login',
    });
  });

  it('reflects the config', async () => {
    const { call, sim } = setup({ recaptchaEnabled: true, qrAvailable: false });
    sim.setConfig({ passwordRecoveryAvailable: false });
    const answer = await call('GET', '/signin/wizard');
    expect(answer.at('data')).toEqual({ recaptcha: { enabled: true }, is_qr_available: false, is_password_recovery_available: false });
  });
});

describe('each demo account signs in', () => {
  it('lists seven accounts, all with the demo password', () => {
    expect(demoAccounts.map((a) => a.email)).toEqual([
      'client@example.com',
      'google@example.com',
      'sms@example.com',
      'both@example.com',
      'reset@example.com',
      'email2fa@example.com',
      'all@example.com',
    ]);
  });

  it('client@ (no 2FA): 202 login with tokens and all providers disabled', async () => {
    const { wizard, signIn } = setup();
    const uuid = await wizard();
    const answer = await signIn(uuid, 'Client@Example.com ', DEMO_PASSWORD);
    expectSignedIn(answer, uuid, 'client@example.com');
    expect(answer.at('data.tfaProviders')).toEqual([
      { name: 'sms', localizedCaption: 'SMS', enabled: false },
      { name: 'google', localizedCaption: 'Google Authenticator', enabled: false },
    ]);
    expect(jwtPayload(answer.at('data.accessToken.token') as string).sub).toBe('1');
  });

  it('google@: 2fa, then the TOTP code (with or without choosing the method)', async () => {
    const { wizard, signIn, call, clock } = setup();
    const uuid = await wizard();
    const first = await signIn(uuid, 'google@example.com', DEMO_PASSWORD);
    expect(first.body).toEqual({
      code: 200,
      data: {
        accessToken: {},
        refreshToken: {},
        tfaProviders: [
          { name: 'sms', localizedCaption: 'SMS', enabled: false },
          { name: 'google', localizedCaption: 'Google Authenticator', enabled: true },
        ],
      },
      done: false,
      uuid,
      workflow: '2fa',
    });
    // The one-method account may skip /signin/2fa.
    const done = await call('POST', '/2fa/google', { uuid, code: totp(GOOGLE_TOTP_SECRET, clock.now()) });
    expectSignedIn(done, uuid, 'google@example.com');

    const second = await wizard();
    await signIn(second, 'google@example.com', DEMO_PASSWORD);
    const chosen = await call('POST', '/signin/2fa', { uuid: second, type: 'google' });
    expect(chosen.body).toMatchObject({ code: 200, workflow: '2fa_google_auth', done: false });
    expectSignedIn(await call('POST', '/2fa/google', { uuid: second, code: totp(GOOGLE_TOTP_SECRET, clock.now()) }), second, 'google@example.com');
  });

  it('sms@: /signin sends the SMS; the code works straight away', async () => {
    const { wizard, signIn, call, sim, lastCode } = setup();
    const uuid = await wizard();
    const first = await signIn(uuid, 'sms@example.com', DEMO_PASSWORD);
    expect(first.at('workflow')).toBe('2fa');
    expect(first.at('data.tfaProviders')).toEqual([
      { name: 'sms', localizedCaption: 'SMS', enabled: true },
      { name: 'google', localizedCaption: 'Google Authenticator', enabled: false },
    ]);
    expect(sim.outbox()).toEqual([{ recipient: '+1 555 0100', channel: 'sms', code: expect.stringMatching(/^\d{6}$/), time: expect.any(Number) }]);
    expectSignedIn(await call('POST', '/2fa/sms', { uuid, code: lastCode('+1 555 0100') }), uuid, 'sms@example.com');
  });

  it('sms@: choosing sms right after /signin does not send a second SMS (and is no 429)', async () => {
    const { wizard, signIn, call, sim, lastCode } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'sms@example.com', DEMO_PASSWORD);
    const chosen = await call('POST', '/signin/2fa', { uuid, type: 'sms' });
    expect(chosen.status).toBe(200);
    expect(chosen.at('workflow')).toBe('2fa_sms_auth');
    expect(sim.outbox()).toHaveLength(1);
    expectSignedIn(await call('POST', '/2fa/sms', { uuid, code: lastCode('+1 555 0100') }), uuid, 'sms@example.com');
  });

  it('both@: the chooser; google or sms', async () => {
    const { wizard, signIn, call, clock, sim, lastCode } = setup();
    const uuid = await wizard();
    const first = await signIn(uuid, 'both@example.com', DEMO_PASSWORD);
    expect((first.at('data.tfaProviders') as Array<{ enabled: boolean }>).map((p) => p.enabled)).toEqual([true, true]);
    expect(sim.outbox()).toHaveLength(0);
    // With two methods, a code before choosing is out of order.
    const early = await call('POST', '/2fa/google', { uuid, code: totp(GOOGLE_TOTP_SECRET, clock.now()) });
    expect(early.status).toBe(409);
    expect(early.at('error.code')).toBe(serverErrorCodes.wrongStep);

    const sms = await call('POST', '/signin/2fa', { uuid, type: 'sms' });
    expect(sms.at('workflow')).toBe('2fa_sms_auth');
    expect(sim.outbox()).toHaveLength(1);
    // "Use another method": switch to Google and finish there.
    expect((await call('POST', '/signin/2fa', { uuid, type: 'google' })).at('workflow')).toBe('2fa_google_auth');
    expect((await call('POST', '/2fa/sms', { uuid, code: lastCode('+1 555 0101') })).status).toBe(409);
    expectSignedIn(await call('POST', '/2fa/google', { uuid, code: totp(GOOGLE_TOTP_SECRET, clock.now()) }), uuid, 'both@example.com');

    const other = await wizard();
    await signIn(other, 'both@example.com', DEMO_PASSWORD);
    await call('POST', '/signin/2fa', { uuid: other, type: 'sms' });
    expectSignedIn(await call('POST', '/2fa/sms', { uuid: other, code: lastCode('+1 555 0101') }), other, 'both@example.com');
  });

  it('reset@: code by email, new password, then signs in with it (old one rejected)', async () => {
    const { wizard, signIn, call, lastCode } = setup();
    const uuid = await wizard();
    const first = await signIn(uuid, 'reset@example.com', DEMO_PASSWORD);
    expect(first.body).toEqual({ code: 200, data: null, done: false, uuid, workflow: 'reset_password_email' });
    const code = lastCode('reset@example.com');
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await call('POST', '/signin/password/restore', { uuid, action: 'code', code: code === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.at('error.code')).toBe(serverErrorCodes.invalidCode);

    const restored = await call('POST', '/signin/password/restore', { uuid, action: 'code', code });
    expect(restored.body).toEqual({ code: 200, data: null, done: false, uuid, workflow: 'reset_password' });

    const mismatch = await call('POST', '/signin/password/reset', { uuid, password: 'NewPass123', passwordConfirmation: 'NewPass124' });
    expect(mismatch.status).toBe(422);
    expect(mismatch.at('error')).toMatchObject({ code: serverErrorCodes.validation, details: [{ field: 'passwordConfirmation' }] });

    const weak = await call('POST', '/signin/password/reset', { uuid, password: 'short', passwordConfirmation: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.at('error.code')).toBe(serverErrorCodes.passwordRules);
    expect(weak.at('error.details')).toEqual([
      expect.objectContaining({ field: 'password', rule: 'minLength' }),
      expect.objectContaining({ field: 'password', rule: 'digit' }),
    ]);

    const done = await call('POST', '/signin/password/reset', { uuid, password: 'NewPass123', passwordConfirmation: 'NewPass123' });
    expect(done.status).toBe(202);
    expect(done.body).toEqual({
      code: 202,
      data: { client: { id: 5, email: 'reset@example.com', settings: {} } },
      done: true,
      uuid,
      workflow: 'login',
    });
    // The wizard is used up.
    expect((await call('POST', '/signin/password/reset', { uuid, password: 'x', passwordConfirmation: 'x' })).status).toBe(410);

    const again = await wizard();
    expect((await signIn(again, 'reset@example.com', DEMO_PASSWORD)).at('error.code')).toBe(serverErrorCodes.invalidCredentials);
    expectSignedIn(await signIn(again, 'reset@example.com', 'NewPass123'), again, 'reset@example.com');
  });

  it('password rules are configurable', async () => {
    const { wizard, signIn, call, lastCode } = setup({ passwordRules: { minLength: 4, requireDigit: false, requireSymbol: true } });
    const uuid = await wizard();
    await signIn(uuid, 'reset@example.com', DEMO_PASSWORD);
    await call('POST', '/signin/password/restore', { uuid, action: 'code', code: lastCode('reset@example.com') });
    const weak = await call('POST', '/signin/password/reset', { uuid, password: 'abcd', passwordConfirmation: 'abcd' });
    expect(weak.at('error.details')).toEqual([expect.objectContaining({ rule: 'symbol' })]);
    expect((await call('POST', '/signin/password/reset', { uuid, password: 'ab-d', passwordConfirmation: 'ab-d' })).status).toBe(202);
  });
});

describe('credentials and input', () => {
  it('answers one generic 400 for an unknown email and a wrong password', async () => {
    const { wizard, signIn } = setup();
    const uuid = await wizard();
    const unknown = await signIn(uuid, 'nobody@example.com', DEMO_PASSWORD);
    const wrong = await signIn(uuid, 'client@example.com', 'nope');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.at('error.code')).toBe(serverErrorCodes.invalidCredentials);
    expect(JSON.stringify(unknown.body)).not.toMatch(/nobody|exist/i);
  });

  it.each([
    ['missing', undefined],
    ['not base64', '%%%'],
    ['no user_agent', Buffer.from(JSON.stringify({ language: 'en' })).toString('base64')],
    ['not JSON', Buffer.from('hello').toString('base64')],
  ])('rejects a fingerprint that is %s', async (_name, value) => {
    const { wizard, call } = setup();
    const uuid = await wizard();
    const answer = await call('POST', '/signin', { uuid, email: 'client@example.com', password: DEMO_PASSWORD, device_fingerprint: value });
    expect(answer.status).toBe(400);
    expect(answer.at('error.code')).toBe(serverErrorCodes.validation);
    expect(answer.at('error.details')).toEqual([expect.objectContaining({ field: 'device_fingerprint' })]);
  });

  it('needs a reCAPTCHA response when enabled', async () => {
    const { wizard, signIn } = setup({ recaptchaEnabled: true });
    const uuid = await wizard();
    for (const extra of [{}, { recaptchaResponse: '' }]) {
      const answer = await signIn(uuid, 'client@example.com', DEMO_PASSWORD, extra);
      expect(answer.status).toBe(400);
      expect(answer.at('error.code')).toBe(serverErrorCodes.recaptchaFailed);
    }
    expect((await signIn(uuid, 'client@example.com', DEMO_PASSWORD, { recaptchaResponse: 'token' })).status).toBe(202);
  });

  it('answers malformed JSON with 400 validation', async () => {
    const { call } = setup();
    for (const body of ['{"uuid":', '[1,2]', '"text"']) {
      const answer = await call('POST', '/signin', body);
      expect(answer.status).toBe(400);
      expect(answer.at('error.code')).toBe(serverErrorCodes.validation);
    }
  });

  it('answers unknown paths with a 404 envelope and wrong methods with 405', async () => {
    const { call } = setup();
    const missing = await call('GET', '/nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/json');
    expect(missing.at('error')).toEqual({ code: 404, message: expect.any(String) });
    expect((await call('DELETE', '/signin')).status).toBe(405);
  });

  it('rejects an unknown 2FA type and a type the account does not have', async () => {
    const { wizard, signIn, call } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'google@example.com', DEMO_PASSWORD);
    for (const type of ['email', 'sms']) {
      const answer = await call('POST', '/signin/2fa', { uuid, type });
      expect(answer.status).toBe(400);
      expect(answer.at('error.details')).toEqual([expect.objectContaining({ field: 'type' })]);
    }
  });
});

describe('wizard state', () => {
  it('expires after 15 minutes: 410 wizardExpired', async () => {
    const { wizard, signIn, clock } = setup();
    const uuid = await wizard();
    clock.advance(15 * 60_000 - 1);
    expect((await signIn(uuid, 'nobody@example.com', 'x')).status).toBe(400);
    clock.advance(1);
    const expired = await signIn(uuid, 'client@example.com', DEMO_PASSWORD);
    expect(expired.status).toBe(410);
    expect(expired.at('error.code')).toBe(serverErrorCodes.wizardExpired);
  });

  it('answers 410 for an unknown uuid on every wizard method', async () => {
    const { call } = setup();
    const uuid = '00000000-0000-4000-8000-000000000000';
    for (const path of ['/signin', '/signin/2fa', '/2fa/google', '/2fa/sms', '/signin/password/restore', '/signin/password/reset']) {
      const answer = await call('POST', path, { uuid });
      expect(answer.status, path).toBe(410);
      expect(answer.at('error.code')).toBe(serverErrorCodes.wizardExpired);
    }
  });

  it('answers out-of-order calls with 409 wrongStep', async () => {
    const { wizard, call } = setup();
    const uuid = await wizard();
    for (const path of ['/signin/2fa', '/2fa/google', '/2fa/sms', '/signin/password/restore', '/signin/password/reset']) {
      const answer = await call('POST', path, { uuid, type: 'sms', code: '123456', action: 'code' });
      expect(answer.status, path).toBe(409);
      expect(answer.at('error.code')).toBe(serverErrorCodes.wrongStep);
    }
  });

  it('is used up once signed in', async () => {
    const { wizard, signIn } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'client@example.com', DEMO_PASSWORD);
    expect((await signIn(uuid, 'client@example.com', DEMO_PASSWORD)).status).toBe(410);
  });
});

describe('codes', () => {
  it('accepts a TOTP one step early or late, not two', async () => {
    const { wizard, signIn, call, clock } = setup();
    const attempt = async (steps: number) => {
      const uuid = await wizard();
      await signIn(uuid, 'google@example.com', DEMO_PASSWORD);
      return call('POST', '/2fa/google', { uuid, code: totp(GOOGLE_TOTP_SECRET, clock.now() + steps * 30_000) });
    };
    const codes = [-2, -1, 0, 1, 2].map((s) => totp(GOOGLE_TOTP_SECRET, clock.now() + s * 30_000));
    expect(new Set(codes).size).toBe(5);
    expect((await attempt(-1)).status).toBe(202);
    expect((await attempt(1)).status).toBe(202);
    const early = await attempt(-2);
    expect(early.status).toBe(400);
    expect(early.at('error.code')).toBe(serverErrorCodes.invalidCode);
    expect((await attempt(2)).status).toBe(400);
  });

  it('resends an SMS only after the 30 s cooldown (429 resendCooldown + Retry-After)', async () => {
    const { wizard, signIn, call, clock, sim, lastCode } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'both@example.com', DEMO_PASSWORD);
    await call('POST', '/signin/2fa', { uuid, type: 'sms' });
    const firstCode = lastCode('+1 555 0101');
    clock.advance(10_000);
    const early = await call('POST', '/signin/2fa', { uuid, type: 'sms' });
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('20');
    expect(early.at('error.code')).toBe(serverErrorCodes.resendCooldown);
    expect(sim.outbox()).toHaveLength(1);
    clock.advance(20_000);
    const resent = await call('POST', '/signin/2fa', { uuid, type: 'sms' });
    expect(resent.status).toBe(200);
    expect(sim.outbox()).toHaveLength(2);
    // Only the last code sent counts.
    const secondCode = lastCode('+1 555 0101');
    if (firstCode !== secondCode) {
      expect((await call('POST', '/2fa/sms', { uuid, code: firstCode })).status).toBe(400);
    }
    expect((await call('POST', '/2fa/sms', { uuid, code: secondCode })).status).toBe(202);
  });

  it('sms@: the resend cooldown also covers the SMS sent by /signin', async () => {
    const { wizard, signIn, call, clock, sim } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'sms@example.com', DEMO_PASSWORD);
    await call('POST', '/signin/2fa', { uuid, type: 'sms' });
    clock.advance(29_000);
    expect((await call('POST', '/signin/2fa', { uuid, type: 'sms' })).status).toBe(429);
    clock.advance(1_000);
    expect((await call('POST', '/signin/2fa', { uuid, type: 'sms' })).status).toBe(200);
    expect(sim.outbox()).toHaveLength(2);
  });

  it('expires an SMS code after 5 minutes', async () => {
    const { wizard, signIn, call, clock, lastCode } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'sms@example.com', DEMO_PASSWORD);
    clock.advance(5 * 60_000);
    const late = await call('POST', '/2fa/sms', { uuid, code: lastCode('+1 555 0100') });
    expect(late.status).toBe(400);
    expect(late.at('error.code')).toBe(serverErrorCodes.invalidCode);
  });
});
