import type { NextConfig } from 'next';
import { fileURLToPath } from 'node:url';

/**
 * The B2Core host that /api/v2/my/* is proxied to, read when `next build` runs (rewrites are
 * fixed at build time). Same origin for the browser: no CORS, and `authFetch` trusts it.
 * Default: the simulator CLI (`npx b2core-sign-in-simulator --port 4010`).
 */
const b2core = process.env.B2CORE_URL ?? 'http://127.0.0.1:4010';

const nextConfig: NextConfig = {
  // Next 16's default from create-next-app: components are prerendered, so rendering must be pure.
  cacheComponents: true,
  async rewrites() {
    return [{ source: '/api/v2/my/:path*', destination: `${b2core}/api/v2/my/:path*` }];
  },
  // Only because b2core-sign-in is linked from ../.. here (a `file:` dependency outside this
  // folder); an app that installs it from the registry needs no `turbopack` entry.
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
};

export default nextConfig;
