import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, createSimulatorHandlers, DEMO_PASSWORD } from '.';
import { fingerprint } from '../test-support/simulator/support';

const simulator = createSimulator();
const server = setupServer(...createSimulatorHandlers(simulator, { baseUrl: 'https://broker.test/' }));
const unhandled: string[] = [];

describe('createSimulatorHandlers (MSW)', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: (request) => void unhandled.push(request.url) }));
  afterAll(() => server.close());

  it('forwards the API and the dev endpoints to the simulator', async () => {
    const wizard = await fetch('https://broker.test/api/v2/my/signin/wizard');
    expect(wizard.status).toBe(200);
    const { uuid } = (await wizard.json()) as { uuid: string };
    const signIn = await fetch('https://broker.test/api/v2/my/signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ uuid, email: 'sms@example.com', password: DEMO_PASSWORD, device_fingerprint: fingerprint() }),
    });
    expect(((await signIn.json()) as { workflow: string }).workflow).toBe('2fa');
    const outbox = (await (await fetch('https://broker.test/__sim/outbox')).json()) as unknown[];
    expect(outbox).toHaveLength(1);
    expect(simulator.requestLog().map((entry) => entry.path)).toEqual(['/api/v2/my/signin/wizard', '/api/v2/my/signin']);
  });

  it('leaves other hosts and paths alone', async () => {
    // Unhandled requests go to the real network, which has no broker.test.
    await fetch('https://broker.test/other').catch(() => null);
    await fetch('https://elsewhere.test/api/v2/my/signin/wizard').catch(() => null);
    expect(unhandled).toEqual(['https://broker.test/other', 'https://elsewhere.test/api/v2/my/signin/wizard']);
    expect(simulator.requestLog()).toHaveLength(2);
  });
});
