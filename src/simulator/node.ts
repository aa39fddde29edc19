/**
 * Node-only entry: the simulator over real HTTP (node:http), as connect middleware, and as a
 * Vite plugin. Not re-exported from `./index` (which must stay browser-safe).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Plugin } from 'vite';
import { BODY_TIMEOUT_MS, HEADERS_TIMEOUT_MS, MAX_HEADER_BYTES } from './caps';
import type { SimulatorConfig, SimulatorConfigPatch } from './config';
import { fail, payloadTooLarge } from './http';
import { readNodeBody } from './node-body';
import { corsHeaders, devRequestRefusal, isLoopbackBind, originListProblem, preflightHeaders, type OriginList } from './node-cors';
import { scopeOfTarget } from './paths';
import { createSimulator } from './simulator';
import type { Simulator } from './types';

export type { OriginList } from './node-cors';

/** Options of {@link simulatorMiddleware} and {@link simulatorVitePlugin}. */
export interface SimulatorMiddlewareOptions {
  /**
   * Origins whose pages may call the dev endpoints (`/__sim`: outbox codes, config, reset)
   * cross-origin. Default none: another origin's request to `/__sim` is 403 and no `/__sim`
   * answer carries CORS headers. Only for a dev tool that really needs it.
   */
  devCorsOrigin?: OriginList;
  /** A request body must arrive within this many ms (else 408). Default 10 000. */
  bodyTimeoutMs?: number;
}

/** Options of {@link startSimulatorServer}. */
export interface SimulatorServerOptions extends SimulatorMiddlewareOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Origins allowed by CORS on the API (`/api/v2/my`) only: one, a list, or `'*'` (the default). */
  corsOrigin?: OriginList;
  /** An existing simulator to serve; otherwise a new one with `config`. */
  simulator?: Simulator;
  config?: Partial<SimulatorConfig> | SimulatorConfigPatch;
}

/** A running simulator server. */
export interface SimulatorServer {
  /** e.g. `http://127.0.0.1:4010` (no trailing slash): the `baseUrl` for the client. */
  url: string;
  port: number;
  simulator: Simulator;
  /** Stops listening, ending open connections (hanging faults included). */
  close(): Promise<void>;
}

type Next = (error?: unknown) => void;

const pathOf = (url: string | undefined): string => (url ?? '').split('?')[0] ?? '';
/** The paths the middleware takes (everything else goes to `next()`). */
const isSimulatorPath = (url: string | undefined): boolean => {
  const path = pathOf(url);
  return path === '/api/v2/my' || path.startsWith('/api/v2/my/') || path.startsWith('/__sim/');
};
/** Whether the simulator will answer this target as a dev endpoint (after normalization, base paths included). */
const isDevPath = (url: string | undefined): boolean => scopeOfTarget(url) === 'dev';

/** Node request + its (already read) body → fetch `Request`, aborted via `signal`. */
function toRequest(req: IncomingMessage, body: Buffer | undefined, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers (":authority") are not valid fetch header names.
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  return new Request(url, { method: (req.method ?? 'GET').toUpperCase(), headers, body: body && new Uint8Array(body), signal });
}

/** Writes a fetch `Response` to a Node response. */
async function send(res: ServerResponse, response: Response, extraHeaders: Record<string, string> = {}) {
  const body = new Uint8Array(await response.arrayBuffer());
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(body);
}

/** Answers a body that was refused (413/408) and closes the connection: the rest is never read. */
function refuseBody(req: IncomingMessage, res: ServerResponse, status: 408 | 413, extraHeaders: Record<string, string>) {
  const response =
    status === 413 ? payloadTooLarge() : fail(408, 408, 'The request body did not arrive in time.');
  void send(res, response, { ...extraHeaders, Connection: 'close' }).then(() => {
    // Once the answer is flushed, drop the socket instead of draining an unbounded body.
    res.once('finish', () => req.destroy());
    if (res.writableFinished) req.destroy();
  });
}

/** Answers one Node request through `simulator.handle`. */
async function serve(
  simulator: Simulator,
  req: IncomingMessage,
  res: ServerResponse,
  options: SimulatorMiddlewareOptions,
  extraHeaders: Record<string, string> = {},
) {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableEnded) controller.abort();
  });
  try {
    const method = (req.method ?? 'GET').toUpperCase();
    let body: Buffer | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const read = await readNodeBody(req, { timeoutMs: options.bodyTimeoutMs });
      if (!read.ok) {
        refuseBody(req, res, read.status, extraHeaders);
        return;
      }
      body = read.body;
    }
    await send(res, await simulator.handle(toRequest(req, body, controller.signal)), extraHeaders);
  } catch {
    // Aborted (client gone, or a hang fault released by close()): nobody is listening.
    if (!res.headersSent && !res.destroyed) {
      res.statusCode = 500;
      res.end();
    }
  }
}

/** `list`, or a TypeError naming the option when an entry is not an exact origin. */
function checkedOrigins(option: string, list: OriginList, allowAny: boolean): OriginList {
  const problem = originListProblem(list, allowAny);
  if (problem) throw new TypeError(`${option}: ${problem}`);
  return list;
}

/** 403 for a refused dev-endpoint request (see {@link devRequestRefusal}). */
const refuseDev = (res: ServerResponse, reason: string) => void send(res, fail(403, 403, reason));

/**
 * Connect-style middleware (Vite, Express, connect) that answers `/api/v2/my/*` and `/__sim/*`
 * with the simulator and calls `next()` for everything else. `/__sim` answers only its own
 * origin (and `devCorsOrigin`), without CORS headers even if the host server added some.
 */
export function simulatorMiddleware(
  simulator: Simulator,
  options: SimulatorMiddlewareOptions = {},
): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  const devCorsOrigin = checkedOrigins('devCorsOrigin', options.devCorsOrigin ?? [], false);
  return (req, res, next) => {
    if (!isSimulatorPath(req.url)) {
      next();
      return;
    }
    if (isDevPath(req.url)) {
      for (const name of res.getHeaderNames()) if (name.startsWith('access-control-')) res.removeHeader(name);
      const refusal = devRequestRefusal(req.headers, devCorsOrigin, false);
      if (refusal) {
        refuseDev(res, refusal);
        return;
      }
      const cors = corsHeaders(devCorsOrigin, req.headers.origin);
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
        res.writeHead(204, preflightHeaders(cors));
        res.end();
        return;
      }
      void serve(simulator, req, res, options, cors);
      return;
    }
    void serve(simulator, req, res, options);
  };
}

/**
 * A Vite plugin mounting the simulator on the dev server and on `vite preview`: the app then
 * talks to it on its own origin (`baseUrl: ''`).
 *
 * @example
 * ```ts
 * // vite.config.ts
 * export default defineConfig({ plugins: [simulatorVitePlugin({ config: { latencyMs: 300 } })] });
 * ```
 */
export function simulatorVitePlugin(
  options: { config?: Partial<SimulatorConfig> | SimulatorConfigPatch; simulator?: Simulator } & SimulatorMiddlewareOptions = {},
): Plugin {
  const simulator = options.simulator ?? createSimulator({ config: options.config });
  const middleware = simulatorMiddleware(simulator, options);
  return {
    name: 'b2core-sign-in-simulator',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

/**
 * Starts the simulator as a standalone HTTP server (for e2e suites and apps on another origin).
 * CORS (`corsOrigin`) covers the API only; the dev endpoints answer other origins only when
 * `devCorsOrigin` names them, and on a loopback host only under a loopback `Host`.
 *
 * @example
 * ```ts
 * const server = await startSimulatorServer({ port: 0, corsOrigin: 'http://localhost:5173' });
 * // createSignInClient({ baseUrl: server.url }) ... then
 * await server.close();
 * ```
 */
export async function startSimulatorServer(options: SimulatorServerOptions = {}): Promise<SimulatorServer> {
  const simulator = options.simulator ?? createSimulator({ config: options.config });
  const host = options.host ?? '127.0.0.1';
  const apiCorsOrigin = checkedOrigins('corsOrigin', options.corsOrigin ?? '*', true);
  const devCorsOrigin = checkedOrigins('devCorsOrigin', options.devCorsOrigin ?? [], false);
  const loopbackOnly = isLoopbackBind(host);

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    const dev = isDevPath(req.url);
    const cors = corsHeaders(dev ? devCorsOrigin : apiCorsOrigin, req.headers.origin);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.writeHead(204, preflightHeaders(cors));
      res.end();
      return;
    }
    const refusal = dev ? devRequestRefusal(req.headers, devCorsOrigin, loopbackOnly) : null;
    if (refusal) refuseDev(res, refusal);
    else void serve(simulator, req, res, options, cors);
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = HEADERS_TIMEOUT_MS + (options.bodyTimeoutMs ?? BODY_TIMEOUT_MS);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    simulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging faults and keep-alive sockets would otherwise hold close() forever.
        server.closeAllConnections();
      }),
  };
}
