import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { simulatorVitePlugin } from '../src/simulator/node';

/**
 * One minimal production app per contender, chosen by BENCH_APP (plain | signin-flow |
 * amplify | supabase). Each is built alone, then served by `vite preview` with the simulator
 * on the same origin, exactly as a host would serve it.
 */
const app = process.env.BENCH_APP ?? 'plain';
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here(`./apps/${app}`),
  publicDir: false,
  logLevel: 'warn',
  plugins: [react(), simulatorVitePlugin()],
  resolve: {
    // Our package by its name, from the built dist: what a host gets from npm.
    alias: [
      { find: /^b2core-sign-in\/styles\.css$/, replacement: here('../dist/styles.css') },
      { find: /^b2core-sign-in$/, replacement: here('../dist/index.js') },
    ],
    dedupe: ['react', 'react-dom'],
  },
  build: { outDir: here(`./dist/${app}`), emptyOutDir: true, reportCompressedSize: false },
});
