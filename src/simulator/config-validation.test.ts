/** `PUT /__sim/config`, `setConfig` and `createSimulator` refuse bad values up front, naming the field. */
import { describe, expect, it } from 'vitest';
import { createSimulator } from '.';
import { setup } from '../test-support/simulator/support';

const fields = (answer: { at(path: string): unknown }) => (answer.at('error.details') as Array<{ field: string }>).map((d) => d.field);
const fault = (respond: unknown) => ({ faults: [{ path: '/signin/wizard', count: 1, respond }] });

describe('config validation', () => {
  it('refuses a fault status outside 200-599 or not an integer, and the simulator keeps answering', async () => {
    const { call } = setup();
    for (const status of [600, 99, 100, 199, 0, -1, 200.5, 1e9, '502', null]) {
      const answer = await call('PUT', '/__sim/config', fault({ status }));
      expect(answer.status, `status ${String(status)}`).toBe(400);
      expect(fields(answer)).toEqual(['faults.0.respond.status']);
      expect(answer.at('error.details.0.issue')).toBe('Expected an integer HTTP status from 200 to 599.');
    }
    expect((await call('GET', '/signin/wizard')).status).toBe(200);
    expect((await call('PUT', '/__sim/config', fault({ status: 599 }))).status).toBe(200);
    expect((await call('GET', '/signin/wizard')).status).toBe(599);
  });

  it('names unknown keys and wrong types anywhere in a fault', async () => {
    const { call } = setup();
    const answer = await call('PUT', '/__sim/config', {
      faults: [
        { path: '/a', count: 1, respond: { status: 500, headers: { 'Bad Name': 'x' } }, extra: true },
        { path: '/b', count: 1.5, method: 'GE T', respond: { status: 500, colour: 'red' } },
        { path: '/c', count: 1, respond: { status: 500, headers: { 'X-Ok': 'line\r\nbreak' } } },
        { path: '', count: 1, respond: 'explode' },
      ],
    });
    expect(answer.status).toBe(400);
    expect(fields(answer)).toEqual([
      'faults.0.extra',
      'faults.0.respond.headers',
      'faults.1.method',
      'faults.1.count',
      'faults.1.respond.colour',
      'faults.2.respond.headers',
      'faults.3.path',
      'faults.3.respond',
    ]);
    expect((await call('GET', '/signin/wizard')).status).toBe(200);
  });

  it('refuses a fault body nested too deep to serialize, and too many rules', async () => {
    const { call } = setup();
    // 100 000 levels: JSON.parse copes, JSON.stringify (every matching answer) overflows the stack.
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const answer = await call('PUT', '/__sim/config', `{"faults":[{"path":"/signin/wizard","count":1,"respond":{"status":500,"body":${deep}}}]}`);
    expect([answer.status, fields(answer)]).toEqual([400, ['faults.0.respond.body']]);
    expect((await call('GET', '/__sim/config')).status).toBe(200);
    const many = Array.from({ length: 101 }, () => ({ path: '/x', count: 1, respond: 'hang' }));
    expect(fields(await call('PUT', '/__sim/config', { faults: many }))).toEqual(['faults']);
  });

  it('checks ranges of numbers: durations, latency, limits', async () => {
    const { call, sim } = setup();
    const answer = await call('PUT', '/__sim/config', {
      latencyMs: 1e12,
      lifetimes: { accessTokenMs: 1e300, wizardMs: -1, qrChannelMinutes: 1e9 },
      limits: { attempts: 0 },
      passwordRules: { minLength: 2.5 },
      qrOrigin: { ip: 'x'.repeat(1000), location: 5 },
    });
    expect(answer.status).toBe(400);
    expect(fields(answer)).toEqual([
      'latencyMs',
      'lifetimes.accessTokenMs',
      'lifetimes.wizardMs',
      'lifetimes.qrChannelMinutes',
      'limits.attempts',
      'passwordRules.minLength',
      'qrOrigin.ip',
      'qrOrigin.location',
    ]);
    expect(sim.config.latencyMs).toBe(0);
  });

  it('setConfig and createSimulator throw a TypeError naming the field', () => {
    const { sim } = setup();
    expect(() => sim.setConfig({ faults: [{ path: '/x', count: 1, respond: { status: 600 } }] })).toThrow(
      /faults\.0\.respond\.status: Expected an integer HTTP status from 200 to 599/,
    );
    expect(() => createSimulator({ config: { lifetimes: { accessTokenMs: Infinity } } })).toThrow(TypeError);
    // An explicit undefined means "unchanged".
    sim.setConfig({ latencyMs: undefined, qrOrigin: { useForwardedFor: undefined } });
    expect(sim.config.latencyMs).toBe(0);
  });
});
