import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
/** Peers and dependencies stay external (also covers subpaths like react/jsx-runtime and zod/mini). */
const external = (id: string) =>
  id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

/** The library build: one ESM file per public entry, plus the stylesheet. Types come from tsc. */
export default defineConfig({
  plugins: [react()],
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        simulator: 'src/simulator/index.ts',
        'simulator-cli': 'src/simulator/cli.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: { external },
    copyPublicDir: false,
    sourcemap: true,
    minify: true,
    target: 'es2022',
  },
});
