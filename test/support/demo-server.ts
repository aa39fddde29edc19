import { createServer, type ViteDevServer } from 'vite';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** A running demo (Vite dev server with the simulator mounted) on a free loopback port. */
export interface DemoServer {
  url: string;
  server: ViteDevServer;
  close(): Promise<void>;
}

/** Starts the demo exactly as `npm run dev` does, on 127.0.0.1 and a free port. */
export async function startDemoServer(): Promise<DemoServer> {
  const server = await createServer({
    configFile: fileURLToPath(new URL('../../vite.demo.config.ts', import.meta.url)),
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    logLevel: 'error',
    clearScreen: false,
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, server, close: () => server.close() };
}
