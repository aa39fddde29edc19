import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator, DEMO_PASSWORD } from '.';
import { simulatorMiddleware, simulatorVitePlugin, startSimulatorServer, type SimulatorServer } from './node';
import { CLI_HELP, formatBanner, parseCliArgs } from './cli-support';
import { fingerprint } from '../test-support/simulator/support';

let running: SimulatorServer | null = null;
let plain: Server | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
  await new Promise<void>((resolve) => (plain ? plain.close(() => resolve()) : resolve()));
  plain = null;
});

describe('startSimulatorServer', () => {
  it('serves the contract over real HTTP on a free port', async () => {
    running = await startSimulatorServer({ port: 0 });
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
    expect(running.port).toBeGreaterThan(0);
    const wizard = await fetch(`${running.url}/api/v2/my/signin/wizard`);
    expect(wizard.status).toBe(200);
    expect(wizard.headers.get('content-type')).toBe('application/json');
    const { uuid } = (await wizard.json()) as { uuid: string };
    const signIn = await fetch(`${running.url}/api/v2/my/signin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ uuid, email: 'client@example.com', password: DEMO_PASSWORD, device_fingerprint: fingerprint() }),
    });
    expect(signIn.status).toBe(202);
    expect(((await signIn.json()) as { done: boolean }).done).toBe(true);
    expect((await fetch(`${running.url}/__sim/requests`)).status).toBe(200);
    expect((await fetch(`${running.url}/nowhere`)).status).toBe(404);
  });

  it('answers a CORS preflight for an allowed origin and exposes Retry-After', async () => {
    running = await startSimulatorServer({ corsOrigin: ['http://localhost:5173', 'http://app.test'] });
    const preflight = await fetch(`${running.url}/api/v2/my/signin`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://app.test',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://app.test');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type, Authorization, Accept-Language');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');

    const simple = await fetch(`${running.url}/api/v2/my/signin/wizard`, { headers: { Origin: 'http://localhost:5173' } });
    expect(simple.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(simple.headers.get('access-control-expose-headers')).toBe('Retry-After');

    const foreign = await fetch(`${running.url}/api/v2/my/signin/wizard`, { headers: { Origin: 'http://evil.test' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin by default', async () => {
    running = await startSimulatorServer();
    const answer = await fetch(`${running.url}/api/v2/my/signin/wizard`, { headers: { Origin: 'http://x.test' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves a given simulator and closes despite a hanging request', async () => {
    const simulator = createSimulator({ config: { faults: [{ path: '/signin/wizard', count: 1, respond: 'hang' }] } });
    running = await startSimulatorServer({ simulator });
    expect(running.simulator).toBe(simulator);
    const hanging = fetch(`${running.url}/api/v2/my/signin/wizard`).catch((error: unknown) => error);
    // Wait until the server has the request.
    while (simulator.requestLog().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await running.close();
    running = null;
    expect(await hanging).toBeInstanceOf(Error);
  });
});

describe('simulatorMiddleware and simulatorVitePlugin', () => {
  it('answers simulator paths and passes everything else to next()', async () => {
    const middleware = simulatorMiddleware(createSimulator());
    plain = createServer((req, res) =>
      middleware(req, res, () => {
        res.statusCode = 299;
        res.end('next');
      }),
    );
    await new Promise<void>((resolve) => plain!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
    expect((await fetch(`${base}/api/v2/my/signin/wizard`)).status).toBe(200);
    expect((await fetch(`${base}/__sim/outbox`)).status).toBe(200);
    const other = await fetch(`${base}/index.html`);
    expect([other.status, await other.text()]).toEqual([299, 'next']);
    expect((await fetch(`${base}/api/v2/mystery`)).status).toBe(299);
  });

  it('mounts the middleware on the dev and preview servers', () => {
    const plugin = simulatorVitePlugin({ config: { latencyMs: 0 } });
    expect(plugin.name).toBe('b2core-sign-in-simulator');
    const used: unknown[] = [];
    const fakeServer = { middlewares: { use: (fn: unknown) => used.push(fn) } };
    (plugin.configureServer as (server: unknown) => void)(fakeServer);
    (plugin.configurePreviewServer as (server: unknown) => void)(fakeServer);
    expect(used).toHaveLength(2);
    expect(typeof used[0]).toBe('function');
  });
});

describe('CLI support', () => {
  it('parses the options', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'start', port: 4010, host: '127.0.0.1', corsOrigin: '*', devCorsOrigin: [], recaptcha: false, qr: true, latencyMs: 0 });
    expect(
      parseCliArgs(['--port', '0', '--host', '0.0.0.0', '--cors-origin', 'http://localhost:5173', '--recaptcha', '--no-qr', '--latency', '200']),
    ).toEqual({ kind: 'start', port: 0, host: '0.0.0.0', corsOrigin: 'http://localhost:5173', devCorsOrigin: [], recaptcha: true, qr: false, latencyMs: 200 });
    expect(parseCliArgs(['--cors-origin', 'http://a.test', '--cors-origin', 'http://b.test'])).toMatchObject({ corsOrigin: ['http://a.test', 'http://b.test'] });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--port', 'abc'])).toMatchObject({ kind: 'error' });
    expect(parseCliArgs(['--latency', '-1'])).toMatchObject({ kind: 'error' });
    expect(parseCliArgs(['--bogus'])).toMatchObject({ kind: 'error' });
  });

  it('documents every option in --help and prints the accounts and TOTP secret in the banner', () => {
    for (const option of ['--port', '--host', '--cors-origin', '--dev-cors-origin', '--recaptcha', '--no-qr', '--latency', '--help']) expect(CLI_HELP).toContain(option);
    const banner = formatBanner('http://127.0.0.1:4010');
    expect(banner).toContain('http://127.0.0.1:4010');
    expect(banner).toContain('Secret123!');
    expect(banner).toContain('JBSWY3DPEHPK3PXP');
    for (const email of ['client@', 'google@', 'sms@', 'both@', 'reset@']) expect(banner).toContain(email);
  });

  it('the options the CLI builds start a working server', async () => {
    const command = parseCliArgs(['--port', '0', '--recaptcha', '--no-qr']);
    if (command.kind !== 'start') throw new Error('expected start');
    running = await startSimulatorServer({
      port: command.port,
      host: command.host,
      corsOrigin: command.corsOrigin,
      config: { recaptchaEnabled: command.recaptcha, qrAvailable: command.qr, latencyMs: command.latencyMs },
    });
    const wizard = (await (await fetch(`${running.url}/api/v2/my/signin/wizard`)).json()) as { data: unknown };
    expect(wizard.data).toEqual({ recaptcha: { enabled: true }, is_qr_available: false, is_password_recovery_available: true });
  });
});
