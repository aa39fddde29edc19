import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulator, DEMO_PASSWORD } from '.';
import { fingerprint, setup } from '../test-support/simulator/support';

describe('fault injection', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers an HTML page for the next `count` matching calls, then the real thing', async () => {
    const { call, sim } = setup();
    sim.setConfig({ faults: [{ path: '/signin/wizard', count: 2, respond: { status: 502, body: 'html' } }] });
    for (let i = 0; i < 2; i++) {
      const answer = await call('GET', '/signin/wizard');
      expect(answer.status).toBe(502);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      expect(answer.body).toMatch(/<html>/);
    }
    expect((await call('GET', '/signin/wizard')).status).toBe(200);
    expect(sim.config.faults).toEqual([]);
  });

  it('answers an empty body, truncated JSON, or a given JSON body and headers', async () => {
    const { call, sim } = setup();
    sim.setConfig({
      faults: [
        { path: '/api/v2/my/signin/wizard', count: 1, respond: { status: 200, body: 'empty' } },
        { path: '/signin/wizard', count: 1, respond: { status: 200, body: 'truncated' } },
        { path: '/signin/wizard', count: 1, respond: { status: 503, body: { anything: true }, headers: { 'Retry-After': '7' } } },
        { path: '/signin/wizard', count: 1, respond: { status: 500 } },
      ],
    });
    const empty = await call('GET', '/signin/wizard');
    expect([empty.status, empty.body]).toEqual([200, null]);
    const truncated = await call('GET', '/signin/wizard');
    expect(truncated.headers.get('content-type')).toBe('application/json');
    expect(() => JSON.parse(truncated.body as string)).toThrow();
    const custom = await call('GET', '/signin/wizard');
    expect([custom.status, custom.body, custom.headers.get('retry-after')]).toEqual([503, { anything: true }, '7']);
    const envelope = await call('GET', '/signin/wizard');
    expect(envelope.body).toEqual({ error: { code: 500, message: expect.any(String) } });
  });

  it('matches the method and prefix patterns', async () => {
    const { call, sim } = setup();
    sim.setConfig({ faults: [{ path: '/signin/qrcodes/*', method: 'get', count: 1, respond: { status: 500 } }] });
    expect((await call('GET', '/signin/qrcodes')).status).toBe(200);
    expect((await call('POST', '/signin/qrcodes/x', {})).status).toBe(405);
    expect((await call('GET', '/signin/qrcodes/x')).status).toBe(500);
  });

  it('hangs until the request is aborted', async () => {
    const sim = createSimulator();
    sim.setConfig({ faults: [{ path: '/refresh', count: 1, respond: 'hang' }] });
    const controller = new AbortController();
    const request = new Request('http://sim.test/api/v2/my/refresh', {
      method: 'POST',
      body: JSON.stringify({ refreshToken: 'x' }),
      signal: controller.signal,
    });
    let settled = false;
    const pending = sim.handle(request).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    expect(sim.requestLog()).toEqual([expect.objectContaining({ path: '/api/v2/my/refresh', status: 0 })]);
    controller.abort();
    await expect(pending).rejects.toThrow();
    // Used up: the next call answers normally.
    expect((await sim.handle(new Request('http://sim.test/api/v2/my/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"refreshToken":"x"}' }))).status).toBe(401);
  });

  it('PUT /__sim/config adds faults and merges settings; bad patches are 400', async () => {
    const { call, sim } = setup();
    const put = await call('PUT', '/__sim/config', {
      recaptchaEnabled: true,
      limits: { attempts: 3 },
      faults: [{ path: '/signin', method: 'POST', count: 1, respond: { status: 503, body: 'html' } }],
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ recaptchaEnabled: true, limits: { attempts: 3, windowMs: 60_000, blockMs: 600_000 } });
    expect(sim.config.limits.attempts).toBe(3);
    expect((await call('GET', '/__sim/config')).at('faults')).toHaveLength(1);
    const uuid = (await call('GET', '/signin/wizard')).at('uuid');
    const faulted = await call('POST', '/signin', { uuid, email: 'client@example.com', password: DEMO_PASSWORD, device_fingerprint: fingerprint(), recaptchaResponse: 't' });
    expect(faulted.status).toBe(503);

    const bad = await call('PUT', '/__sim/config', { recaptchaEnabled: 'yes', limits: { nope: 1 }, faults: [{ path: '/x', count: 0, respond: {} }], other: 1 });
    expect(bad.status).toBe(400);
    expect((bad.at('error.details') as Array<{ field: string }>).map((d) => d.field)).toEqual([
      'recaptchaEnabled',
      'limits.nope',
      'faults.0.count',
      'faults.0.respond.status',
      'other',
    ]);
    expect(sim.config.recaptchaEnabled).toBe(true);
  });

  it('delays answers by latencyMs', async () => {
    vi.useFakeTimers();
    const sim = createSimulator({ config: { latencyMs: 200 } });
    let answered = false;
    const pending = sim.handle(new Request('http://sim.test/api/v2/my/signin/wizard')).then((r) => {
      answered = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(199);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });
});
