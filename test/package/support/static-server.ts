/**
 * A host page server for the package tests: static files from a built app, an optional HTML
 * document for `/`, and the BUILT simulator (dist/simulator-node.js) on the same origin,
 * on 127.0.0.1 and a free port.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { builtModule } from './paths';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface HostServer {
  url: string;
  /** Every request path the page made, in order (the simulator's and the static ones). */
  requests: string[];
  close(): Promise<void>;
}

interface SimulatorNode {
  simulatorMiddleware(simulator: unknown): (req: unknown, res: unknown, next: () => void) => void;
}
interface SimulatorBrowser {
  createSimulator(options: { config?: Record<string, unknown> }): unknown;
}

/** Serves `dir` (SPA fallback to `index.html`, or `html` for `/`) plus the simulator with `config`. */
export async function startHostServer(options: { dir: string; html?: string; config?: Record<string, unknown> }): Promise<HostServer> {
  const { simulatorMiddleware } = (await import(/* @vite-ignore */ builtModule('simulator-node.js'))) as SimulatorNode;
  const { createSimulator } = (await import(/* @vite-ignore */ builtModule('simulator.js'))) as SimulatorBrowser;
  const simulate = simulatorMiddleware(createSimulator({ config: options.config ?? {} }));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    simulate(req, res, () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const send = (status: number, body: string | Buffer, type: string) => {
        res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        res.end(body);
      };
      if (path === '/' && options.html !== undefined) return send(200, options.html, types['.html'] ?? '');
      const file = join(options.dir, normalize(path === '/' ? '/index.html' : path));
      readFile(file).then(
        (body) => send(200, body, types[extname(file)] ?? 'application/octet-stream'),
        () =>
          extname(path)
            ? send(404, 'not found', 'text/plain')
            : readFile(join(options.dir, 'index.html')).then((body) => send(200, body, types['.html'] ?? ''), () => send(404, 'not found', 'text/plain')),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
