/**
 * Over real HTTP: CORS covers the API only; the dev endpoints (`/__sim`: codes, config, reset)
 * answer no other origin unless `devCorsOrigin` names it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator } from '.';
import { simulatorMiddleware, startSimulatorServer, type SimulatorServer } from './node';
import { parseCliArgs } from './cli-support';
import { rawRequest } from '../test-support/simulator/raw-http';

let running: SimulatorServer | null = null;
let plain: Server | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
  await new Promise<void>((resolve) => (plain ? plain.close(() => resolve()) : resolve()));
  plain = null;
});

const EVIL = 'https://evil.example';
const APP = 'http://localhost:5173';

const allowHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

const preflight = (url: string, origin: string, method: string) =>
  fetch(url, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type' } });

describe('CORS on the standalone server', () => {
  it('/__sim sends no CORS headers to another origin and refuses it, whatever corsOrigin says', async () => {
    for (const corsOrigin of ['*', [APP, EVIL]] as const) {
      running = await startSimulatorServer({ corsOrigin });
      const outbox = await fetch(`${running.url}/__sim/outbox`, { headers: { Origin: EVIL } });
      expect(allowHeaders(outbox)).toEqual([]);
      expect(outbox.status).toBe(403);
      const pre = await preflight(`${running.url}/__sim/config`, EVIL, 'PUT');
      expect(allowHeaders(pre)).toEqual([]);
      // A simple (no-preflight) POST from a page is refused before it resets anything.
      running.simulator.setConfig({ latencyMs: 5 });
      const reset = await fetch(`${running.url}/__sim/reset`, { method: 'POST', headers: { Origin: EVIL } });
      expect(reset.status).toBe(403);
      expect(running.simulator.config.latencyMs).toBe(5);
      // The API still gets them for the configured origin.
      const api = await fetch(`${running.url}/api/v2/my/signin/wizard`, { headers: { Origin: EVIL } });
      expect(api.headers.get('access-control-allow-origin')).toBe(corsOrigin === '*' ? '*' : EVIL);
      const apiPre = await preflight(`${running.url}/api/v2/my/signin`, EVIL, 'POST');
      expect(apiPre.headers.get('access-control-allow-methods')).toContain('POST');
      await running.close();
      running = null;
    }
  });

  it('guards /__sim behind a base path or dot segments too (the handler would answer them)', async () => {
    running = await startSimulatorServer();
    const based = await fetch(`${running.url}/broker/__sim/outbox`, { headers: { Origin: EVIL } });
    expect([based.status, allowHeaders(based)]).toEqual([403, []]);
    const dotted = await rawRequest(
      running.port,
      `GET /api/v2/my/%2e%2e/%2e%2e/%2e%2e/__sim/outbox HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${EVIL}\r\nConnection: close`,
    );
    expect([dotted.status, dotted.headers['access-control-allow-origin']]).toEqual([403, undefined]);
  });

  it('answers /__sim to Node (no Origin) and to its own origin', async () => {
    running = await startSimulatorServer({ corsOrigin: APP });
    expect((await fetch(`${running.url}/__sim/outbox`)).status).toBe(200);
    const own = await fetch(`${running.url}/__sim/outbox`, { headers: { Origin: running.url } });
    expect(own.status).toBe(200);
    expect(allowHeaders(own)).toEqual([]);
  });

  it('devCorsOrigin opts one origin in to /__sim', async () => {
    running = await startSimulatorServer({ corsOrigin: APP, devCorsOrigin: 'http://devtool.test' });
    const tool = await fetch(`${running.url}/__sim/outbox`, { headers: { Origin: 'http://devtool.test' } });
    expect(tool.status).toBe(200);
    expect(tool.headers.get('access-control-allow-origin')).toBe('http://devtool.test');
    const pre = await preflight(`${running.url}/__sim/config`, 'http://devtool.test', 'PUT');
    expect(pre.headers.get('access-control-allow-methods')).toContain('PUT');
    // The API's origin is not thereby a dev origin, nor the reverse.
    expect((await fetch(`${running.url}/__sim/outbox`, { headers: { Origin: APP } })).status).toBe(403);
    const api = await fetch(`${running.url}/api/v2/my/signin/wizard`, { headers: { Origin: 'http://devtool.test' } });
    expect(api.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses /__sim to a cross-site browser request without Origin and to a DNS-rebound Host', async () => {
    running = await startSimulatorServer();
    expect((await fetch(`${running.url}/__sim/outbox`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    // fetch cannot set Host: a raw request can (as a rebound browser page would send it).
    const withHost = (host: string) => rawRequest(running!.port, `GET /__sim/outbox HTTP/1.1\r\nHost: ${host}\r\nConnection: close`);
    expect((await withHost(`rebind.evil.example:${running.port}`)).status).toBe(403);
    expect((await withHost(`localhost:${running.port}`)).status).toBe(200);
    expect((await withHost(`[::1]:${running.port}`)).status).toBe(200);
  });

  it('the CLI takes --dev-cors-origin apart from --cors-origin', () => {
    expect(parseCliArgs(['--cors-origin', APP, '--dev-cors-origin', 'http://devtool.test'])).toMatchObject({
      corsOrigin: APP,
      devCorsOrigin: ['http://devtool.test'],
    });
    expect(parseCliArgs([])).toMatchObject({ devCorsOrigin: [] });
    // '*' is for the API only; a path or trailing slash would never match an Origin.
    expect(parseCliArgs(['--dev-cors-origin', '*'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--dev-cors-origin') });
    expect(parseCliArgs(['--cors-origin', 'http://localhost:5173/'])).toMatchObject({ kind: 'error' });
    expect(parseCliArgs(['--cors-origin', 'localhost:5173'])).toMatchObject({ kind: 'error' });
  });

  it('startSimulatorServer and the middleware refuse a wildcard or malformed dev origin', async () => {
    await expect(startSimulatorServer({ devCorsOrigin: '*' })).rejects.toThrow(/devCorsOrigin/);
    await expect(startSimulatorServer({ corsOrigin: 'http://app.test/login' })).rejects.toThrow(/corsOrigin/);
    expect(() => simulatorMiddleware(createSimulator(), { devCorsOrigin: ['http://ok.test', '*'] })).toThrow(TypeError);
  });
});

describe('the middleware on a host server that adds CORS everywhere', () => {
  it('strips CORS from /__sim and refuses other origins there', async () => {
    const middleware = simulatorMiddleware(createSimulator());
    plain = createServer((req, res) => {
      // Like a dev server configured with cors: true.
      res.setHeader('Access-Control-Allow-Origin', '*');
      middleware(req, res, () => res.end('next'));
    });
    await new Promise<void>((resolve) => plain!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
    const outbox = await fetch(`${base}/__sim/outbox`, { headers: { Origin: EVIL } });
    expect([outbox.status, allowHeaders(outbox)]).toEqual([403, []]);
    const own = await fetch(`${base}/__sim/outbox`, { headers: { Origin: base } });
    expect([own.status, allowHeaders(own)]).toEqual([200, []]);
    const api = await fetch(`${base}/api/v2/my/signin/wizard`, { headers: { Origin: EVIL } });
    expect(api.headers.get('access-control-allow-origin')).toBe('*');
    expect(allowHeaders(await preflight(`${base}/__sim/config`, EVIL, 'PUT'))).toEqual([]);
    const port = Number(new URL(base).port);
    const dotted = await rawRequest(port, `GET /api/v2/my/../../../__sim/outbox HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${EVIL}\r\nConnection: close`);
    expect([dotted.status, dotted.headers['access-control-allow-origin']]).toEqual([403, undefined]);
  });

  it('answers the preflight of an opted-in dev origin', async () => {
    const middleware = simulatorMiddleware(createSimulator(), { devCorsOrigin: 'http://devtool.test' });
    plain = createServer((req, res) => middleware(req, res, () => res.end('next')));
    await new Promise<void>((resolve) => plain!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
    const pre = await preflight(`${base}/__sim/config`, 'http://devtool.test', 'PUT');
    expect([pre.status, pre.headers.get('access-control-allow-origin')]).toEqual([204, 'http://devtool.test']);
    expect(pre.headers.get('access-control-allow-methods')).toContain('PUT');
  });
});
