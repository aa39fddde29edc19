import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSignInClient, isSignInError } from '../core/client';
import { DEMO_PASSWORD } from '../simulator/accounts';
import { badGatewayFault, clearFaults, hangingFault, injectFault, proxyHtmlFault, rateLimitFault } from './faults';
import { simulatorControl, SimulatorControlError } from './simulator-control';
import { startTestSimulator, type TestSimulator } from './test-simulator';

let sim: TestSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const client = () => createSignInClient({ baseUrl: sim.url, timeoutMs: 2_000 });

/** The SignInError kind a client call ends with (or 'ok'). */
async function kindOf(call: Promise<unknown>) {
  try {
    await call;
    return { kind: 'ok' };
  } catch (error) {
    if (!isSignInError(error)) throw error;
    return error.detail;
  }
}

describe('startTestSimulator and its controls', () => {
  it('listens on a free loopback port; two workers get two servers', async () => {
    const other = await startTestSimulator();
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(other.url).not.toBe(sim.url);
    await other.close();
  });

  it('reads codes from the outbox by recipient, and resets', async () => {
    const c = client();
    const wizard = await c.wizard();
    await c.signIn({ uuid: wizard.uuid, email: 'sms@example.com', password: DEMO_PASSWORD });
    const code = await sim.latestCode('+1 555 0100');
    expect(code).toMatch(/^\d{6}$/);
    expect(await sim.latestCode('+1 555 0100', { channel: 'sms' })).toBe(code);
    await expect(sim.latestCode('+1 555 0100', { channel: 'email' })).rejects.toThrow('No code was sent to +1 555 0100.');
    expect((await sim.requests()).map((entry) => entry.path)).toEqual(['/api/v2/my/signin/wizard', '/api/v2/my/signin']);
    await sim.reset();
    expect(await sim.outbox()).toEqual([]);
    expect(await sim.requests()).toEqual([]);
  });

  it('configures and reads the config; a bad patch is a typed error with the status', async () => {
    expect((await sim.configure({ qrAvailable: false })).qrAvailable).toBe(false);
    expect((await sim.config()).qrAvailable).toBe(false);
    const error = await sim.configure({ latencyMs: 'slow' } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulatorControlError);
    expect((error as SimulatorControlError).status).toBe(400);
  });

  it('rejects a relative or non-http base URL, and says when nothing answers', async () => {
    expect(() => simulatorControl('/api')).toThrow(TypeError);
    expect(() => simulatorControl('ftp://127.0.0.1')).toThrow(TypeError);
    const closed = await startTestSimulator();
    await closed.close();
    const error = await closed.reset().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulatorControlError);
    expect((error as SimulatorControlError).status).toBe(0);
  });
});

describe('fault presets', () => {
  it("a proxy's HTML page instead of JSON, once", async () => {
    await proxyHtmlFault(sim, { path: '/signin/wizard', method: 'get' });
    const page = await fetch(`${sim.url}/api/v2/my/signin/wizard`);
    expect(page.status).toBe(502);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>502 Bad Gateway</title>');
    expect(await kindOf(client().wizard())).toEqual({ kind: 'ok' });
  });

  it('a 502 with the error envelope, twice with count 2, through a base URL string', async () => {
    await badGatewayFault(sim.url, { path: '/signin/wizard', count: 2 });
    expect(await kindOf(client().wizard())).toMatchObject({ kind: 'http', status: 502 });
    expect(await kindOf(client().wizard())).toMatchObject({ kind: 'http', status: 502 });
    expect(await kindOf(client().wizard())).toEqual({ kind: 'ok' });
  });

  it('a 429 carries Retry-After', async () => {
    await rateLimitFault(sim, { path: '/signin/wizard' }, 42);
    expect(await kindOf(client().wizard())).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 42 });
  });

  it('a hanging request never answers (the client times out), and presets add to the rules already there', async () => {
    await injectFault(sim, { path: '/refresh' }, { status: 500 });
    await hangingFault(sim, { path: '/signin/wizard' });
    expect((await sim.config()).faults.map((rule) => rule.path)).toEqual(['/refresh', '/signin/wizard']);
    const started = Date.now();
    expect(await kindOf(createSignInClient({ baseUrl: sim.url, timeoutMs: 300 }).wizard())).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await clearFaults(sim);
    expect((await sim.config()).faults).toEqual([]);
  });

  it('refuses a count below 1 and a negative Retry-After', async () => {
    await expect(injectFault(sim, { path: '/signin', count: 0 }, 'hang')).rejects.toThrow(RangeError);
    expect(() => rateLimitFault(sim, { path: '/signin' }, -1)).toThrow(RangeError);
  });
});
