import { defineConfig, preprocessCSS, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies), 'msw'];
/** Peers and dependencies stay external (also covers subpaths like react/jsx-runtime and zod/mini). */
const external = (id: string) =>
  id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

/** The entries that are React client modules. */
const clientEntries = new Set(['index', 'qr', 'qr-panel', 'qr-approve']);

/** Emits dist/styles.css (tokens inlined) for hosts that link the stylesheet themselves. */
function emitStylesheet(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'b2s-emit-stylesheet',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const file = fileURLToPath(new URL('./src/theme/styles.css', import.meta.url));
      const { code } = await preprocessCSS(readFileSync(file, 'utf8'), file, config);
      // Minified: the source keeps its comments; hosts get the smallest file.
      const minified = transform({ filename: 'styles.css', code: Buffer.from(code), minify: true });
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: minified.code.toString() });
    },
  };
}

/** The library build: one ESM file per public entry, plus the stylesheet. Types come from tsc. */
export default defineConfig({
  plugins: [react(), emitStylesheet()],
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        qr: 'src/react/qr/index.ts',
        // Own chunks behind `./qr`: the panel (with qrcode.react), which the flow loads lazily, and
        // the phone's <QrApprove>, which neither pulls in the other.
        'qr-panel': 'src/react/qr/qr-panel.tsx',
        'qr-approve': 'src/react/qr-approve/index.ts',
        core: 'src/core/index.ts',
        // Server-safe theming (plain data): no "use client", no React.
        theme: 'src/theme/entry.ts',
        simulator: 'src/simulator/index.ts',
        'simulator-node': 'src/simulator/node.ts',
        'simulator-cli': 'src/simulator/cli.ts',
        testing: 'src/testing/index.ts',
        'testing-vitest': 'src/testing/vitest/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      output: {
        // The React entries are client modules for React Server Components hosts (Next.js App Router).
        banner: (chunk) => (chunk.isEntry && clientEntries.has(chunk.name) ? '"use client";' : ''),
      },
    },
    copyPublicDir: false,
    sourcemap: true,
    minify: true,
    target: 'es2022',
  },
});
