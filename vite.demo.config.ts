import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { simulatorVitePlugin } from './src/simulator/node';

/**
 * The demo: `npm run dev` serves demo/ with the B2Core simulator mounted on the same
 * origin (`/api/v2/my/*`, `/__sim/*`), so it runs with no setup and no network.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [react(), simulatorVitePlugin()],
  server: { host: process.env.DEMO_HOST ?? 'localhost', port: Number(process.env.PORT ?? 5173) },
  build: { outDir: '../dist-demo', emptyOutDir: true },
});
