/** What a buggy client or a web page can send the fetch-style handler (the MSW path included). */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '.';
import { MAX_BODY_BYTES, MAX_FIELD_CHARS } from './caps';
import { fingerprint, setup } from '../test-support/simulator/support';

describe('input hardening', () => {
  it('answers a malformed %-escape in a path with 400, on the API and the dev endpoints', async () => {
    const { call } = setup();
    const api = await call('GET', '/signin/qrcodes/%E0%A4%A');
    expect([api.status, api.at('error.code')]).toEqual([400, 1004]);
    expect(api.at('error.details.0.field')).toBe('path');
    const dev = await call('POST', '/__sim/qrcodes/%E0%A4%A/approve', { email: 'client@example.com' });
    expect(dev.status).toBe(400);
    expect((await call('GET', '/signin/qrcodes/%41bc')).status).toBe(404);
  });

  it('answers a body over 1 MiB with 413, declared or streamed, and reads no further', async () => {
    const { sim } = setup();
    const uuid = 'x';
    const huge = JSON.stringify({ uuid, pad: 'a'.repeat(MAX_BODY_BYTES) });
    const plain = await sim.handle(
      new Request('http://sim.test/api/v2/my/signin', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: huge }),
    );
    expect(plain.status).toBe(413);
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
        if (pulled === 160) controller.close();
      },
    });
    const streamed = await sim.handle(
      new Request('http://sim.test/__sim/config', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(24);
    const declared = await sim.handle(
      new Request('http://sim.test/api/v2/my/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(10 * MAX_BODY_BYTES) },
        body: '{}',
      }),
    );
    expect(declared.status).toBe(413);
  });

  it('refuses a non-empty body not declared JSON with 415 (no CORS-simple posts to the dev endpoints)', async () => {
    const { sim } = setup();
    sim.setConfig({ latencyMs: 1 });
    for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null]) {
      const headers = new Headers(type ? { 'Content-Type': type } : {});
      const request = new Request('http://sim.test/__sim/config', { method: 'PUT', headers, body: new Blob(['{"latencyMs":0}']) });
      expect((await sim.handle(request)).status, String(type)).toBe(415);
    }
    expect(sim.config.latencyMs).toBe(1);
    const ok = new Request('http://sim.test/__sim/config', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/merge-patch+json; charset=utf-8' },
      body: '{"latencyMs":0}',
    });
    expect((await sim.handle(ok)).status).toBe(200);
  });

  it('refuses overlong string fields instead of keying buckets and lookups by them', async () => {
    const { signIn, wizard, sim } = setup();
    const answer = await signIn(await wizard(), `${'a'.repeat(MAX_FIELD_CHARS)}@example.com`, DEMO_PASSWORD);
    expect(answer.status).toBe(400);
    expect(answer.at('error.details.0')).toEqual({ field: 'email', issue: `At most ${MAX_FIELD_CHARS} characters.` });
    expect(sim.sizes().rateLimitBuckets).toBe(0);
  });

  it('echoes only an address-shaped X-Forwarded-For as the QR ip', async () => {
    const { call } = setup({ qrOrigin: { useForwardedFor: true } });
    const junk = await call('GET', '/signin/qrcodes', undefined, { 'X-Forwarded-For': `<img src=x onerror=alert(1)>${'a'.repeat(5000)}` });
    expect(junk.at('ip')).toBe('203.0.113.7');
    expect((await call('GET', '/signin/qrcodes', undefined, { 'X-Forwarded-For': '198.51.100.4, 10.0.0.1' })).at('ip')).toBe('198.51.100.4');
    expect((await call('GET', '/signin/qrcodes', undefined, { 'X-Forwarded-For': '2001:db8::1' })).at('ip')).toBe('2001:db8::1');
  });

  it('marks JSON answers nosniff (no loading the outbox as a script from another page)', async () => {
    const { call } = setup();
    expect((await call('GET', '/__sim/outbox')).headers.get('x-content-type-options')).toBe('nosniff');
    expect((await call('GET', '/signin/wizard')).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps request-log paths short and survives deep JSON in a request body', async () => {
    const { sim, call, wizard } = setup();
    await sim.handle(new Request(`http://sim.test/api/v2/my/${'x'.repeat(10_000)}`));
    expect(sim.requestLog().at(-1)!.path.length).toBeLessThanOrEqual(200);
    const deep = `{"uuid":"${await wizard()}","email":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const answer = await call('POST', '/signin', deep);
    expect(answer.status).toBe(400);
    expect(answer.at('error.details.0.field')).toBe('email');
    expect((await call('POST', '/signin', { uuid: await wizard(), email: 'client@example.com', password: DEMO_PASSWORD, device_fingerprint: fingerprint() })).status).toBe(202);
  });
});
