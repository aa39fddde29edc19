/**
 * The Node server and the Vite middleware over real HTTP: bodies over 1 MiB are 413 without
 * being read whole, slow bodies are 408, huge heads are 431; the server stays up after each.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator } from '.';
import { MAX_BODY_BYTES } from './caps';
import { simulatorMiddleware, startSimulatorServer, type SimulatorServer } from './node';
import { readNodeBody } from './node-body';
import { chunked, rawRequest } from '../test-support/simulator/raw-http';

let running: SimulatorServer | null = null;
let plain: Server | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
  if (plain) {
    plain.closeAllConnections();
    await new Promise<void>((resolve) => plain!.close(() => resolve()));
  }
  plain = null;
});

const MiB = 1024 * 1024;
const postHead = (path: string, headers: string[]) =>
  [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Type: application/json', ...headers].join('\r\n');

/** The server still answers normally. */
async function expectAlive(url: string) {
  expect((await fetch(`${url}/api/v2/my/signin/wizard`)).status).toBe(200);
}

async function startMiddlewareServer(): Promise<string> {
  const middleware = simulatorMiddleware(createSimulator(), { bodyTimeoutMs: 300 });
  plain = createServer((req, res) => middleware(req, res, () => res.end('next')));
  await new Promise<void>((resolve) => plain!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
}

describe('request bodies over real HTTP', () => {
  it('answers a chunked 10 MiB body with 413 and closes before reading it all', async () => {
    running = await startSimulatorServer();
    const answer = await rawRequest(running.port, postHead('/api/v2/my/signin', ['Transfer-Encoding: chunked']), chunked(160, 64 * 1024));
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    // The server stopped reading near the cap: most of the 10 MiB was never sent.
    expect(answer.sentBytes).toBeLessThan(10 * MiB);
    await expectAlive(running.url);
  });

  it('answers a Content-Length over the cap with 413 before any byte of the body', async () => {
    running = await startSimulatorServer();
    const answer = await rawRequest(running.port, postHead('/__sim/config', ['Content-Length: 2147483648']));
    expect(answer.status).toBe(413);
    expect(answer.sentBytes).toBe(0);
    await expectAlive(running.url);
  });

  it('answers a body that never ends (a lying Content-Length, a slow drip) with 408', async () => {
    running = await startSimulatorServer({ bodyTimeoutMs: 300 });
    const started = Date.now();
    const answer = await rawRequest(running.port, postHead('/api/v2/my/refresh', ['Content-Length: 1000']), [Buffer.from('{"refreshToken":')]);
    expect(answer.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expectAlive(running.url);
  });

  it('the Vite middleware refuses a chunked 10 MiB body and a slow one the same way', async () => {
    const url = await startMiddlewareServer();
    const port = Number(new URL(url).port);
    const big = await rawRequest(port, postHead('/api/v2/my/signin', ['Transfer-Encoding: chunked']), chunked(160, 64 * 1024));
    expect(big.status).toBe(413);
    expect(big.sentBytes).toBeLessThan(10 * MiB);
    const slow = await rawRequest(port, postHead('/api/v2/my/signin', ['Content-Length: 50']), [Buffer.from('{')]);
    expect(slow.status).toBe(408);
    const lying = await rawRequest(port, postHead('/api/v2/my/signin', [`Content-Length: ${MAX_BODY_BYTES + 1}`]));
    expect(lying.status).toBe(413);
    await expectAlive(url);
  });

  it('still accepts a body just under the cap', async () => {
    running = await startSimulatorServer();
    const body = JSON.stringify({ refreshToken: 'x'.repeat(MAX_BODY_BYTES - 100) });
    const answer = await fetch(`${running.url}/api/v2/my/refresh`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    // Read whole and answered by the contract (the field is too long to be a token).
    expect(answer.status).toBe(400);
  });

  it('answers a huge header with 431 and stays up', async () => {
    running = await startSimulatorServer();
    const answer = await rawRequest(running.port, [`GET /api/v2/my/signin/wizard HTTP/1.1`, 'Host: 127.0.0.1', `X-Big: ${'a'.repeat(64 * 1024)}`].join('\r\n'));
    expect(answer.status).toBe(431);
    await expectAlive(running.url);
  });
});

describe('readNodeBody', () => {
  it('stops pulling a stream at the cap instead of buffering it', async () => {
    let pulled = 0;
    const chunk = Buffer.alloc(64 * 1024);
    const stream = Object.assign(
      Readable.from(
        (function* () {
          for (let i = 0; i < 160; i++) {
            pulled++;
            yield chunk;
          }
        })(),
        { objectMode: false, highWaterMark: 64 * 1024 },
      ),
      { headers: {} },
    );
    expect(await readNodeBody(stream)).toEqual({ ok: false, status: 413 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // 1 MiB is 16 chunks; a couple more may sit in the stream's buffer, never the 160.
    expect(pulled).toBeLessThan(24);
  });

  it('returns a body within the cap whole', async () => {
    const stream = Object.assign(Readable.from([Buffer.from('{"a":'), Buffer.from('1}')]), { headers: { 'content-length': '7' } });
    const read = await readNodeBody(stream);
    expect(read.ok && read.body.toString()).toBe('{"a":1}');
  });
});
