import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '.';
import { setup } from '../test-support/simulator/support';

describe('dev endpoints and inspection', () => {
  it('GET /__sim/outbox lists the codes sent', async () => {
    const { call, wizard, signIn, clock } = setup();
    await signIn(await wizard(), 'sms@example.com', DEMO_PASSWORD);
    const outbox = await call('GET', '/__sim/outbox');
    expect(outbox.body).toEqual([{ recipient: '+1 555 0100', channel: 'sms', code: expect.stringMatching(/^\d{6}$/), time: clock.now() }]);
  });

  it('logs method, path, status and time of API calls, never bodies or secrets', async () => {
    const { call, wizard, signIn, sim } = setup();
    const uuid = await wizard();
    await signIn(uuid, 'client@example.com', DEMO_PASSWORD);
    await call('GET', '/signin/qrcodes?x=1');
    const log = sim.requestLog();
    expect(log).toEqual([
      { method: 'GET', path: '/api/v2/my/signin/wizard', status: 200, time: expect.any(Number) },
      { method: 'POST', path: '/api/v2/my/signin', status: 202, time: expect.any(Number) },
      { method: 'GET', path: '/api/v2/my/signin/qrcodes', status: 200, time: expect.any(Number) },
    ]);
    const served = await call('GET', '/__sim/requests');
    expect(served.body).toEqual(log);
    expect(JSON.stringify(served.body)).not.toContain(DEMO_PASSWORD);
    expect(JSON.stringify(served.body)).not.toContain(uuid);
  });

  it('reset() and POST /__sim/reset restore accounts, config and clear the state', async () => {
    const { call, wizard, signIn, sim, lastCode } = setup({ latencyMs: 0, recaptchaEnabled: false });
    // Change reset@'s password, then reset.
    const uuid = await wizard();
    await signIn(uuid, 'reset@example.com', DEMO_PASSWORD);
    await call('POST', '/signin/password/restore', { uuid, action: 'code', code: lastCode('reset@example.com') });
    await call('POST', '/signin/password/reset', { uuid, password: 'Changed123', passwordConfirmation: 'Changed123' });
    sim.setConfig({ recaptchaEnabled: true });
    const stale = await wizard();

    expect((await call('POST', '/__sim/reset')).status).toBe(200);
    expect(sim.outbox()).toEqual([]);
    expect(sim.requestLog()).toEqual([]);
    expect(sim.config.recaptchaEnabled).toBe(false);
    expect((await signIn(stale, 'client@example.com', DEMO_PASSWORD)).status).toBe(410);
    const fresh = await wizard();
    expect((await signIn(fresh, 'reset@example.com', DEMO_PASSWORD)).at('workflow')).toBe('reset_password_email');

    sim.setConfig({ qrAvailable: false });
    sim.reset();
    expect(sim.config.qrAvailable).toBe(true);
  });

  it('answers unknown dev paths with 404 and does not log dev calls', async () => {
    const { call, sim } = setup();
    expect((await call('GET', '/__sim/nope')).status).toBe(404);
    expect(sim.requestLog()).toEqual([]);
  });

  it('handles paths behind a base path', async () => {
    const { sim } = setup();
    const answer = await sim.handle(new Request('http://sim.test/broker/api/v2/my/signin/wizard'));
    expect(answer.status).toBe(200);
    expect((await sim.handle(new Request('http://sim.test/elsewhere'))).status).toBe(404);
  });

  it('config is a snapshot: mutating it changes nothing', () => {
    const { sim } = setup();
    const config = sim.config;
    config.limits.attempts = 99;
    expect(sim.config.limits.attempts).toBe(5);
  });
});
