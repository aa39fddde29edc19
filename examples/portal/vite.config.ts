import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { simulatorVitePlugin } from 'b2core-sign-in/simulator/node';

/**
 * A plain Vite + React host. The simulator answers /api/v2/my/* on the dev and preview
 * servers, so `npm run dev` signs in with the demo accounts (password Secret123!). In
 * production, point `baseUrl` at the real B2Core host (or proxy /api/v2/my to it) and drop
 * the plugin.
 */
export default defineConfig({
  plugins: [react(), simulatorVitePlugin()],
});
