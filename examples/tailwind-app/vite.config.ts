import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { simulatorVitePlugin } from 'b2core-sign-in/simulator/node';

/**
 * Vite + React + Tailwind v4 (@tailwindcss/vite). The simulator answers /api/v2/my/* on the dev
 * and preview servers (demo accounts, password Secret123!); in production point `baseUrl` at
 * the B2Core host or proxy /api/v2/my to it, and drop the plugin.
 */
export default defineConfig({
  plugins: [react(), tailwindcss(), simulatorVitePlugin()],
  // Only because b2core-sign-in is linked from ../.. (a `file:` dependency with its own
  // node_modules): one React for the app and the package. Not needed from the registry.
  resolve: { dedupe: ['react', 'react-dom'] },
});
