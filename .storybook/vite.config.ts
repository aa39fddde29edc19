import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Storybook's own Vite config: React only (the root vite.config.ts is the library build). */
export default defineConfig({
  plugins: [react()],
  // Pre-bundled up front, so the first story test run does not reload mid-run.
  optimizeDeps: { include: ['msw-storybook-addon/csf3', 'msw', 'qrcode.react', 'react-dom/client'] },
});
