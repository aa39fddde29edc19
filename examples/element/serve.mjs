#!/usr/bin/env node
/**
 * Serves examples/element with the simulator on one origin, under a strict Content Security
 * Policy (no 'unsafe-inline' for scripts or styles): the page, the BUILT element bundle
 * (dist/element/ at /b2core-sign-in/element/) and the B2Core simulator (/api/v2/my, /__sim).
 *
 *   npm run build && node examples/element/serve.mjs [--port 4020]
 *
 * Any static server works for a real portal; this one only adds the simulator and the CSP.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = resolve(fileURLToPath(new URL('.', import.meta.url)));
const dist = resolve(here, '../../dist');

/** The page's policy: every script and stylesheet from this origin, nothing inline. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // The presets' logos are data: SVGs.
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** The file under `root` that `path` names, or null when it would leave `root`. */
function fileIn(root, path) {
  const file = resolve(root, `.${path}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Starts the example server on `host:port` (port 0 = a free one).
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startElementExample({ port = 0, host = '127.0.0.1' } = {}) {
  // The built package, as a host would install it (run `npm run build` first).
  const { simulatorMiddleware } = await import(pathToFileURL(join(dist, 'simulator-node.js')).href);
  const { createSimulator } = await import(pathToFileURL(join(dist, 'simulator.js')).href);
  const simulate = simulatorMiddleware(createSimulator());
  const server = createServer((req, res) => {
    simulate(req, res, () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
      const prefix = '/b2core-sign-in/element/';
      const file = path.startsWith(prefix) ? fileIn(join(dist, 'element'), `/${path.slice(prefix.length)}`) : fileIn(here, path === '/' ? '/index.html' : path);
      const refuse = () => {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
      };
      if (!file || file.endsWith('.mjs')) return refuse();
      readFile(file).then((body) => {
        res.writeHead(200, {
          'Content-Type': types[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': contentSecurityPolicy,
          'Cache-Control': 'no-store',
        });
        res.end(body);
      }, refuse);
    });
  });
  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4020' }, host: { type: 'string', default: '127.0.0.1' } } });
  const { url, close } = await startElementExample({ port: Number(values.port), host: values.host });
  console.log(`examples/element: ${url}  (client@example.com / Secret123!; Ctrl+C stops)`);
  process.once('SIGINT', () => void close().then(() => process.exit(0)));
}
