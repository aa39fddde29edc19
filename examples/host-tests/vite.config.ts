import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // `b2core-sign-in` is linked (file:../..): one React for the app and the package.
  resolve: { dedupe: ['react', 'react-dom'] },
  logLevel: 'warn',
});
