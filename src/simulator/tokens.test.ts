import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '.';
import { serverErrorCodes } from '../core/client/server-codes';
import { expectSignedIn, jwtPayload, setup } from '../test-support/simulator/support';

async function signedIn(email = 'client@example.com') {
  const context = setup();
  const uuid = await context.wizard();
  const tokens = expectSignedIn(await context.signIn(uuid, email, DEMO_PASSWORD), uuid, email);
  return { ...context, ...tokens };
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('tokens', () => {
  it('are JWT-shaped with sub, email, typ, iat, exp, jti and the configured lifetimes', async () => {
    const { accessToken, refreshToken, clock } = await signedIn();
    const access = jwtPayload(accessToken);
    const refresh = jwtPayload(refreshToken);
    const iat = Math.floor(clock.now() / 1000);
    expect(access).toEqual({ sub: '1', email: 'client@example.com', typ: 'access', iat, exp: iat + 300, jti: expect.any(String) });
    expect(refresh).toMatchObject({ typ: 'refresh', iat, exp: iat + 30 * 24 * 3600 });
    expect(access.jti).not.toBe(refresh.jti);
  });

  it('states createdAt/expiresAt in ISO with +00:00', async () => {
    const { wizard, signIn } = setup();
    const uuid = await wizard();
    const answer = await signIn(uuid, 'client@example.com', DEMO_PASSWORD);
    expect(answer.at('data.accessToken.createdAt')).toBe('2025-01-15T12:00:00+00:00');
    expect(answer.at('data.accessToken.expiresAt')).toBe('2025-01-15T12:05:00+00:00');
    expect(answer.at('data.refreshToken.expiresAt')).toBe('2025-02-14T12:00:00+00:00');
  });
});

describe('POST /refresh', () => {
  it('rotates: a bare new pair, and the old refresh token is dead (401)', async () => {
    const { call, refreshToken } = await signedIn();
    const answer = await call('POST', '/refresh', { refreshToken });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body as object).sort()).toEqual(['accessToken', 'refreshToken']);
    const next = answer.at('refreshToken.token') as string;
    expect(next).not.toBe(refreshToken);

    const reused = await call('POST', '/refresh', { refreshToken });
    expect(reused.status).toBe(401);
    expect(reused.at('error.code')).toBe(serverErrorCodes.tokenInvalid);
    expect((await call('POST', '/refresh', { refreshToken: next })).status).toBe(200);
  });

  it('rejects an unknown, an access or an expired refresh token', async () => {
    const { call, accessToken, refreshToken, clock } = await signedIn();
    expect((await call('POST', '/refresh', { refreshToken: 'nope' })).status).toBe(401);
    expect((await call('POST', '/refresh', { refreshToken: accessToken })).status).toBe(401);
    expect((await call('POST', '/refresh', {})).status).toBe(400);
    clock.advance(30 * 24 * 3_600_000);
    expect((await call('POST', '/refresh', { refreshToken })).status).toBe(401);
  });
});

describe('POST /signout and GET /profile', () => {
  it('profile needs a live access token', async () => {
    const { call, accessToken, refreshToken, clock } = await signedIn();
    const profile = await call('GET', '/profile', undefined, bearer(accessToken));
    expect(profile.status).toBe(200);
    expect(profile.body).toEqual({ id: 1, email: 'client@example.com' });
    expect((await call('GET', '/profile')).status).toBe(401);
    expect((await call('GET', '/profile', undefined, bearer(refreshToken))).status).toBe(401);
    clock.advance(5 * 60_000);
    const expired = await call('GET', '/profile', undefined, bearer(accessToken));
    expect(expired.status).toBe(401);
    expect(expired.at('error.code')).toBe(serverErrorCodes.tokenInvalid);
  });

  it('sign-out revokes both tokens of the session; a second sign-out is 401', async () => {
    const { call, accessToken, refreshToken } = await signedIn();
    const out = await call('POST', '/signout', undefined, bearer(accessToken));
    expect(out.status).toBe(200);
    expect(out.headers.get('content-type')).toBe('application/json');
    expect((await call('GET', '/profile', undefined, bearer(accessToken))).status).toBe(401);
    expect((await call('POST', '/refresh', { refreshToken })).status).toBe(401);
    expect((await call('POST', '/signout', undefined, bearer(accessToken))).status).toBe(401);
    expect((await call('POST', '/signout')).status).toBe(401);
  });

  it('sign-out after a rotation revokes the rotated pair, not other sessions', async () => {
    const { call, refreshToken, wizard, signIn } = await signedIn();
    const other = await wizard();
    const otherTokens = expectSignedIn(await signIn(other, 'client@example.com', DEMO_PASSWORD), other, 'client@example.com');
    const rotated = await call('POST', '/refresh', { refreshToken });
    const access = rotated.at('accessToken.token') as string;
    const refresh = rotated.at('refreshToken.token') as string;
    expect((await call('POST', '/signout', undefined, bearer(access))).status).toBe(200);
    expect((await call('POST', '/refresh', { refreshToken: refresh })).status).toBe(401);
    expect((await call('GET', '/profile', undefined, bearer(otherTokens.accessToken))).status).toBe(200);
  });

  it('an expired access token cannot sign out', async () => {
    const { call, accessToken, clock } = await signedIn();
    clock.advance(5 * 60_000 + 1);
    expect((await call('POST', '/signout', undefined, bearer(accessToken))).status).toBe(401);
  });
});
