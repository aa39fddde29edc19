/**
 * Node-only entry: the simulator over real HTTP (node:http), as connect middleware, and as a
 * Vite plugin. Not re-exported from `./index` (which must stay browser-safe).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Plugin } from 'vite';
import type { SimulatorConfig, SimulatorConfigPatch } from './config';
import { createSimulator } from './simulator';
import type { Simulator } from './types';

/** Options of {@link startSimulatorServer}. */
export interface SimulatorServerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Origins allowed by CORS: one, a list, or `'*'` (the default). */
  corsOrigin?: string | string[] | '*';
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

const isSimulatorPath = (url: string | undefined): boolean => {
  const path = (url ?? '').split('?')[0] ?? '';
  return path === '/api/v2/my' || path.startsWith('/api/v2/my/') || path.startsWith('/__sim/');
};

/** Node request → fetch `Request`, aborted when the connection closes before the answer. */
async function toRequest(req: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers (":authority") are not valid fetch header names.
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  let body: ArrayBuffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    const joined = Buffer.concat(chunks);
    body = joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.byteLength) as ArrayBuffer;
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  return new Request(url, { method, headers, body, signal });
}

/** Answers one Node request through `simulator.handle`. */
async function serve(simulator: Simulator, req: IncomingMessage, res: ServerResponse, extraHeaders: Record<string, string> = {}) {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableEnded) controller.abort();
  });
  try {
    const response = await simulator.handle(await toRequest(req, controller.signal));
    const body = new Uint8Array(await response.arrayBuffer());
    res.statusCode = response.status;
    for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.end(body);
  } catch {
    // Aborted (client gone, or a hang fault released by close()): nobody is listening.
    if (!res.headersSent && !res.destroyed) {
      res.statusCode = 500;
      res.end();
    }
  }
}

/**
 * Connect-style middleware (Vite, Express, connect) that answers `/api/v2/my/*` and `/__sim/*`
 * with the simulator and calls `next()` for everything else.
 */
export function simulatorMiddleware(simulator: Simulator): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  return (req, res, next) => {
    if (!isSimulatorPath(req.url)) {
      next();
      return;
    }
    void serve(simulator, req, res);
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
  options: { config?: Partial<SimulatorConfig> | SimulatorConfigPatch; simulator?: Simulator } = {},
): Plugin {
  const simulator = options.simulator ?? createSimulator({ config: options.config });
  const middleware = simulatorMiddleware(simulator);
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

/** CORS headers for a request's `Origin`, or none when the origin is not allowed. */
function corsHeaders(allowed: string | string[], origin: string | undefined): Record<string, string> {
  const list = Array.isArray(allowed) ? allowed : [allowed];
  const allowOrigin = list.includes('*') ? '*' : origin && list.includes(origin) ? origin : null;
  if (!allowOrigin) return {};
  return {
    'Access-Control-Allow-Origin': allowOrigin,
    'Access-Control-Expose-Headers': 'Retry-After',
    ...(allowOrigin === '*' ? {} : { Vary: 'Origin' }),
  };
}

/**
 * Starts the simulator as a standalone HTTP server (for e2e suites and apps on another origin).
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
  const allowed = options.corsOrigin ?? '*';

  const server = createServer((req, res) => {
    const cors = corsHeaders(allowed, req.headers.origin);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.writeHead(204, {
        ...cors,
        ...(cors['Access-Control-Allow-Origin']
          ? {
              'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
              'Access-Control-Allow-Headers': 'Content-Type, Authorization, Accept-Language',
              'Access-Control-Max-Age': '600',
            }
          : {}),
      });
      res.end();
      return;
    }
    void serve(simulator, req, res, cors);
  });

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
