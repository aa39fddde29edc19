import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, totp } from '.';
import { serverErrorCodes } from '../core/client/server-codes';
import { expectSignedIn, setup } from '../test-support/simulator/support';

describe('rate limits: 5 attempts a minute, then blocked 10 minutes', () => {
  it('lets the 5th sign-in attempt through, blocks the 6th, and unblocks after 10 minutes', async () => {
    const { wizard, signIn, clock } = setup();
    const uuid = await wizard();
    for (let i = 0; i < 4; i++) expect((await signIn(uuid, 'client@example.com', 'wrong')).status).toBe(400);
    // The 5th attempt passes (and succeeds, which uses this wizard up).
    const fifth = await signIn(uuid, 'client@example.com', DEMO_PASSWORD);
    expectSignedIn(fifth, uuid, 'client@example.com');

    const next = await wizard();
    const sixth = await signIn(next, 'client@example.com', DEMO_PASSWORD);
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('retry-after')).toBe('600');
    expect(sixth.at('error.code')).toBe(serverErrorCodes.tooManyAttempts);

    clock.advance(4 * 60_000);
    const still = await signIn(next, 'client@example.com', DEMO_PASSWORD);
    expect(still.status).toBe(429);
    expect(still.headers.get('retry-after')).toBe('360');

    clock.advance(6 * 60_000 - 1000);
    expect((await signIn(next, 'client@example.com', DEMO_PASSWORD)).headers.get('retry-after')).toBe('1');
    clock.advance(1000);
    expectSignedIn(await signIn(next, 'client@example.com', DEMO_PASSWORD), next, 'client@example.com');
  });

  it('forgets attempts older than the window', async () => {
    const { wizard, signIn, clock } = setup();
    const uuid = await wizard();
    for (let i = 0; i < 5; i++) await signIn(uuid, 'client@example.com', 'wrong');
    clock.advance(60_000);
    expect((await signIn(uuid, 'client@example.com', 'wrong')).status).toBe(400);
  });

  it('counts per account across wizards', async () => {
    const { wizard, signIn } = setup();
    for (let i = 0; i < 5; i++) await signIn(await wizard(), 'google@example.com', 'wrong');
    expect((await signIn(await wizard(), 'google@example.com', DEMO_PASSWORD)).status).toBe(429);
    // Another account is unaffected.
    expect((await signIn(await wizard(), 'client@example.com', DEMO_PASSWORD)).status).toBe(202);
  });

  it('counts per wizard across emails, unknown ones included', async () => {
    const { wizard, signIn } = setup();
    const uuid = await wizard();
    for (let i = 0; i < 5; i++) await signIn(uuid, `nobody${i}@example.com`, 'x');
    expect((await signIn(uuid, 'client@example.com', DEMO_PASSWORD)).status).toBe(429);
    expect((await signIn(await wizard(), 'client@example.com', DEMO_PASSWORD)).status).toBe(202);
  });

  it('limits 2FA code entry per account and per wizard', async () => {
    const { wizard, signIn, call, clock } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'google@example.com', DEMO_PASSWORD);
    const good = totp(GOOGLE_TOTP_SECRET, clock.now());
    const bad = good === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await call('POST', '/2fa/google', { uuid, code: bad })).status).toBe(400);
    const blocked = await call('POST', '/2fa/google', { uuid, code: good });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('600');
    // A new wizard for the same account is blocked too (the account key).
    const other = await wizard();
    await signIn(other, 'google@example.com', DEMO_PASSWORD);
    expect((await call('POST', '/2fa/google', { uuid: other, code: good })).status).toBe(429);
  });

  it('limits reset-code entry', async () => {
    const { wizard, signIn, call, lastCode } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'reset@example.com', DEMO_PASSWORD);
    const good = lastCode('reset@example.com');
    const bad = good === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await call('POST', '/signin/password/restore', { uuid, action: 'code', code: bad });
    expect((await call('POST', '/signin/password/restore', { uuid, action: 'code', code: good })).status).toBe(429);
  });

  it('limits refresh per account, successful refreshes included', async () => {
    const { wizard, signIn, call, clock } = setup();
    const uuid = await wizard();
    let { refreshToken } = expectSignedIn(await signIn(uuid, 'client@example.com', DEMO_PASSWORD), uuid, 'client@example.com');
    for (let i = 0; i < 5; i++) {
      const answer = await call('POST', '/refresh', { refreshToken });
      expect(answer.status).toBe(200);
      refreshToken = answer.at('refreshToken.token') as string;
    }
    const sixth = await call('POST', '/refresh', { refreshToken });
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('retry-after')).toBe('600');
    clock.advance(10 * 60_000);
    expect((await call('POST', '/refresh', { refreshToken })).status).toBe(200);
  });

  it('uses the configured limits', async () => {
    const { wizard, signIn } = setup({ limits: { attempts: 2, blockMs: 30_000 } });
    const uuid = await wizard();
    await signIn(uuid, 'client@example.com', 'x');
    await signIn(uuid, 'client@example.com', 'x');
    const third = await signIn(uuid, 'client@example.com', 'x');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('30');
  });
});
