import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compactCatalogs, lazyChunkFileName } from './vite.config.ts';

/**
 * The `./element` build: `<b2core-sign-in>` for pages that are not React. A build of its own
 * because it is the one output that bundles React, ReactDOM and the other dependencies (the
 * main build keeps them external for React hosts). Lazy chunks (later steps, locales, the QR
 * panel) stay lazy, next to the entry in dist/element/. Run after the main build (it empties
 * dist/ and keeps dist/element only until then).
 */
export default defineConfig({
  plugins: [react(), compactCatalogs()],
  // A library build leaves `process.env.NODE_ENV` to the host's bundler; this bundle has none.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/element',
    emptyOutDir: true,
    lib: { entry: { index: 'src/element/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      // Fully minified: a library build keeps whitespace for the host's bundler; this is the end product.
      output: { chunkFileNames: (chunk) => lazyChunkFileName(chunk.facadeModuleId), minify: true },
    },
    copyPublicDir: false,
    sourcemap: true,
    minify: true,
    target: 'es2022',
  },
});
