import { describe, expect, it } from 'vitest';
import { expectSignedIn, setup } from '../test-support/simulator/support';
import { serverErrorCodes } from '../core/client/server-codes';
import { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, demoAccounts } from './accounts';
import { totp } from './totp';

const wrongOf = (code: string | undefined) => (code === '000000' ? '111111' : '000000');

describe('the e-mail second factor (POST /2fa/email), through the fetch handler', () => {
  it('email2fa@ and all@ are documented demo accounts', () => {
    expect(demoAccounts.find((a) => a.email === 'email2fa@example.com')).toMatchObject({ twoFactor: ['email'], phone: null });
    expect(demoAccounts.find((a) => a.email === 'all@example.com')).toMatchObject({ twoFactor: ['google', 'sms', 'email'] });
  });

  it('email2fa@: /signin e-mails the code (outbox, channel email); a wrong code is refused, the right one signs in', async () => {
    const { wizard, signIn, call, sim, lastCode } = setup();
    const uuid = await wizard();
    const first = await signIn(uuid, 'email2fa@example.com', DEMO_PASSWORD);
    expect(first.at('workflow')).toBe('2fa');
    expect(first.at('data.tfaProviders')).toEqual([
      { name: 'sms', localizedCaption: 'SMS', enabled: false },
      { name: 'google', localizedCaption: 'Google Authenticator', enabled: false },
      { name: 'email', localizedCaption: 'Email', enabled: true },
    ]);
    expect(sim.outbox()).toEqual([
      { recipient: 'email2fa@example.com', channel: 'email', code: expect.stringMatching(/^\d{6}$/), time: expect.any(Number) },
    ]);
    const code = lastCode('email2fa@example.com');
    const wrong = await call('POST', '/2fa/email', { uuid, code: wrongOf(code) });
    expect(wrong.status).toBe(400);
    expect(wrong.at('error.code')).toBe(serverErrorCodes.invalidCode);
    // Another method's endpoint is out of order for this account.
    expect((await call('POST', '/2fa/sms', { uuid, code })).status).toBe(409);
    expectSignedIn(await call('POST', '/2fa/email', { uuid, code }), uuid, 'email2fa@example.com');
  });

  it('choosing email moves to 2fa_email_auth without a second e-mail (the code sent stays valid)', async () => {
    const { wizard, signIn, call, sim, lastCode } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'email2fa@example.com', DEMO_PASSWORD);
    const chosen = await call('POST', '/signin/2fa', { uuid, type: 'email' });
    expect(chosen.status).toBe(200);
    expect(chosen.at('workflow')).toBe('2fa_email_auth');
    expect(sim.outbox()).toHaveLength(1);
    expectSignedIn(await call('POST', '/2fa/email', { uuid, code: lastCode('email2fa@example.com') }), uuid, 'email2fa@example.com');
  });

  it('all@: the chooser offers three methods; email sends the code, switching works, and google still signs in', async () => {
    const { wizard, signIn, call, clock, sim, lastCode } = setup();
    const uuid = await wizard();
    const first = await signIn(uuid, 'all@example.com', DEMO_PASSWORD);
    expect((first.at('data.tfaProviders') as Array<{ name: string; enabled: boolean }>).filter((p) => p.enabled).map((p) => p.name)).toEqual([
      'sms',
      'google',
      'email',
    ]);
    expect(sim.outbox()).toHaveLength(0);
    expect((await call('POST', '/2fa/email', { uuid, code: '123456' })).status).toBe(409);
    expect((await call('POST', '/signin/2fa', { uuid, type: 'email' })).at('workflow')).toBe('2fa_email_auth');
    expect(sim.outbox().map((e) => [e.recipient, e.channel])).toEqual([['all@example.com', 'email']]);
    expect((await call('POST', '/signin/2fa', { uuid, type: 'sms' })).at('workflow')).toBe('2fa_sms_auth');
    expect(sim.outbox().map((e) => [e.recipient, e.channel])).toEqual([['all@example.com', 'email'], ['+1 555 0102', 'sms']]);
    // Back to e-mail inside the cooldown: no new e-mail, the first code still works.
    expect((await call('POST', '/signin/2fa', { uuid, type: 'email' })).at('workflow')).toBe('2fa_email_auth');
    expect(sim.outbox()).toHaveLength(2);
    expectSignedIn(await call('POST', '/2fa/email', { uuid, code: lastCode('all@example.com') }), uuid, 'all@example.com');

    const other = await wizard();
    await signIn(other, 'all@example.com', DEMO_PASSWORD);
    await call('POST', '/signin/2fa', { uuid: other, type: 'google' });
    expectSignedIn(await call('POST', '/2fa/google', { uuid: other, code: totp(GOOGLE_TOTP_SECRET, clock.now()) }), other, 'all@example.com');
  });

  it('an unknown method or one the account has not enabled is a 400; email for an SMS account too', async () => {
    const { wizard, signIn, call } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'sms@example.com', DEMO_PASSWORD);
    expect((await call('POST', '/signin/2fa', { uuid, type: 'email' })).status).toBe(400);
    expect((await call('POST', '/signin/2fa', { uuid, type: 'yubi' })).at('error.details.0.field')).toBe('type');
    expect((await call('POST', '/2fa/yubi', { uuid, code: '123456' })).status).toBe(404);
  });

  it('the e-mail code expires like an SMS code (5 min) and only the last one sent counts', async () => {
    const { wizard, signIn, call, clock, lastCode } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'email2fa@example.com', DEMO_PASSWORD);
    const firstCode = lastCode('email2fa@example.com');
    await call('POST', '/signin/2fa', { uuid, type: 'email' });
    clock.advance(30_000);
    // On the e-mail step, choosing it again after the cooldown is a resend.
    expect((await call('POST', '/signin/2fa', { uuid, type: 'email' })).status).toBe(200);
    const secondCode = lastCode('email2fa@example.com');
    if (firstCode !== secondCode) expect((await call('POST', '/2fa/email', { uuid, code: firstCode })).status).toBe(400);
    clock.advance(5 * 60_000);
    const late = await call('POST', '/2fa/email', { uuid, code: secondCode });
    expect(late.status).toBe(400);
    expect(late.at('error.code')).toBe(serverErrorCodes.invalidCode);
  });

  it('a resend inside the cooldown is 429 resendCooldown with Retry-After, as for SMS', async () => {
    const { wizard, signIn, call, clock, sim } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'email2fa@example.com', DEMO_PASSWORD);
    await call('POST', '/signin/2fa', { uuid, type: 'email' });
    clock.advance(10_000);
    const early = await call('POST', '/signin/2fa', { uuid, type: 'email' });
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('20');
    expect(early.at('error.code')).toBe(serverErrorCodes.resendCooldown);
    expect(sim.outbox()).toHaveLength(1);
  });

  it('code entry is rate-limited as for SMS: 5 a minute per account and per wizard, then 429 for 10 minutes', async () => {
    const { wizard, signIn, call, lastCode } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'email2fa@example.com', DEMO_PASSWORD);
    const good = lastCode('email2fa@example.com');
    for (let i = 0; i < 5; i++) expect((await call('POST', '/2fa/email', { uuid, code: wrongOf(good) })).status).toBe(400);
    const blocked = await call('POST', '/2fa/email', { uuid, code: good });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('600');
    expect(blocked.at('error.code')).toBe(serverErrorCodes.tooManyAttempts);
    // A new wizard for the same account is blocked too (the account key).
    const other = await wizard();
    await signIn(other, 'email2fa@example.com', DEMO_PASSWORD);
    expect((await call('POST', '/2fa/email', { uuid: other, code: lastCode('email2fa@example.com') })).status).toBe(429);
  });
});
