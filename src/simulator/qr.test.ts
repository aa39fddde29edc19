import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '.';
import { serverErrorCodes } from '../core/client/server-codes';
import { expectSignedIn, fingerprint, jwtPayload, setup } from '../test-support/simulator/support';

describe('QR sign-in', () => {
  it('creates a channel with the configured origin', async () => {
    const { call } = setup();
    const channel = await call('GET', '/signin/qrcodes');
    expect(channel.status).toBe(200);
    expect(channel.body).toEqual({ id: expect.any(String), lifetimeMinutes: 2, ip: '203.0.113.7', location: 'Berlin, Germany' });
    expect((await call('GET', `/signin/qrcodes/${channel.at('id') as string}`)).body).toEqual({
      id: channel.at('id'),
      status: 'pending',
      ip: '203.0.113.7',
      location: 'Berlin, Germany',
      expiresInSeconds: 120,
    });
  });

  it('the status tells the approving phone where the request came from and how long the code has left', async () => {
    const { call, clock } = setup({ qrOrigin: { useForwardedFor: true } });
    const id = (await call('GET', '/signin/qrcodes', undefined, { 'X-Forwarded-For': '198.51.100.4' })).at('id') as string;
    clock.advance(30_500);
    // The channel keeps the origin it was created with, whoever asks later.
    expect((await call('GET', `/signin/qrcodes/${id}`)).body).toMatchObject({ ip: '198.51.100.4', location: null, expiresInSeconds: 90 });
    clock.advance(2 * 60_000);
    expect((await call('GET', `/signin/qrcodes/${id}`)).body).toMatchObject({ status: 'expired', expiresInSeconds: 0 });
  });

  it('uses X-Forwarded-For when configured', async () => {
    const { call } = setup({ qrOrigin: { useForwardedFor: true } });
    const withHeader = await call('GET', '/signin/qrcodes', undefined, { 'X-Forwarded-For': '198.51.100.4, 10.0.0.1' });
    expect(withHeader.body).toMatchObject({ ip: '198.51.100.4', location: null });
    expect((await call('GET', '/signin/qrcodes')).body).toMatchObject({ ip: '203.0.113.7', location: 'Berlin, Germany' });
  });

  it('answers 403 when QR sign-in is disabled', async () => {
    const { call } = setup({ qrAvailable: false });
    expect((await call('GET', '/signin/qrcodes')).status).toBe(403);
  });

  it('the phone authorizes with its Bearer; the token works exactly once', async () => {
    const { call, wizard, signIn } = setup();
    // The "phone": a signed-in session of client@.
    const uuid = await wizard();
    const phone = expectSignedIn(await signIn(uuid, 'client@example.com', DEMO_PASSWORD), uuid, 'client@example.com');
    const channelId = (await call('GET', '/signin/qrcodes')).at('id') as string;

    expect((await call('POST', '/signin/tokens', { channelId })).status).toBe(401);
    const issued = await call('POST', '/signin/tokens', { channelId }, { Authorization: `Bearer ${phone.accessToken}` });
    expect(issued.status).toBe(200);
    const authorizationToken = issued.at('authorizationToken') as string;
    expect(authorizationToken).toEqual(expect.any(String));

    const status = await call('GET', `/signin/qrcodes/${channelId}`);
    expect(status.body).toMatchObject({ id: channelId, status: 'authorized', authorizationToken });

    const again = await call('POST', '/signin/tokens', { channelId }, { Authorization: `Bearer ${phone.accessToken}` });
    expect(again.status).toBe(409);

    const exchanged = await call('POST', '/signin/qrcodes', { deviceFingerprint: fingerprint(), authorizationToken });
    expect(exchanged.status).toBe(200);
    expect(exchanged.body).toEqual({
      clientId: 1,
      tokens: { accessToken: expect.objectContaining({ token: expect.any(String) }), refreshToken: expect.objectContaining({ token: expect.any(String) }) },
    });
    expect(jwtPayload(exchanged.at('tokens.accessToken.token') as string).sub).toBe('1');

    const reused = await call('POST', '/signin/qrcodes', { deviceFingerprint: fingerprint(), authorizationToken });
    expect(reused.status).toBe(400);
    expect(reused.at('error.code')).toBe(serverErrorCodes.qrTokenInvalid);
    const unknown = await call('POST', '/signin/qrcodes', { deviceFingerprint: fingerprint(), authorizationToken: 'nope' });
    expect(unknown.at('error.code')).toBe(serverErrorCodes.qrTokenInvalid);
  });

  it('approveQr and POST /__sim/qrcodes/{id}/approve play the phone by email', async () => {
    const { call, sim } = setup();
    const first = (await call('GET', '/signin/qrcodes')).at('id') as string;
    const { authorizationToken } = sim.approveQr(first, 'google@example.com');
    const exchanged = await call('POST', '/signin/qrcodes', { deviceFingerprint: fingerprint(), authorizationToken });
    expect(exchanged.at('clientId')).toBe(2);

    const second = (await call('GET', '/signin/qrcodes')).at('id') as string;
    const approved = await call('POST', `/__sim/qrcodes/${second}/approve`, { email: 'both@example.com' });
    expect(approved.status).toBe(200);
    expect((await call('GET', `/signin/qrcodes/${second}`)).at('status')).toBe('authorized');
    expect((await call('POST', `/__sim/qrcodes/${second}/approve`, { email: 'both@example.com' })).status).toBe(409);
    expect((await call('POST', '/__sim/qrcodes/nope/approve', { email: 'both@example.com' })).status).toBe(404);
    expect(() => sim.approveQr('nope', 'client@example.com')).toThrow();
    const third = (await call('GET', '/signin/qrcodes')).at('id') as string;
    expect(() => sim.approveQr(third, 'nobody@example.com')).toThrow();
  });

  it('expires a channel after its lifetime; unknown channels are 404', async () => {
    const { call, clock, sim } = setup();
    const id = (await call('GET', '/signin/qrcodes')).at('id') as string;
    clock.advance(2 * 60_000);
    expect((await call('GET', `/signin/qrcodes/${id}`)).body).toMatchObject({ id, status: 'expired' });
    expect(() => sim.approveQr(id, 'client@example.com')).toThrow();
    const missing = await call('GET', '/signin/qrcodes/unknown-id');
    expect(missing.status).toBe(404);
    expect(missing.at('error.code')).toBe(serverErrorCodes.qrChannelNotFound);
  });

  it('validates the device fingerprint of the exchange', async () => {
    const { call, sim } = setup();
    const id = (await call('GET', '/signin/qrcodes')).at('id') as string;
    const { authorizationToken } = sim.approveQr(id, 'client@example.com');
    const bad = await call('POST', '/signin/qrcodes', { deviceFingerprint: 'x', authorizationToken });
    expect(bad.status).toBe(400);
    expect(bad.at('error.details')).toEqual([expect.objectContaining({ field: 'deviceFingerprint' })]);
    // Still usable after the rejected attempt.
    expect((await call('POST', '/signin/qrcodes', { deviceFingerprint: fingerprint(), authorizationToken })).status).toBe(200);
  });
});
