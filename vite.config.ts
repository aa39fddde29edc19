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

/** A locale catalog's entry module: `src/i18n/<tag>/index.ts`. */
const catalogModule = /[\\/]src[\\/]i18n[\\/]([\w-]+)[\\/]index\.ts$/;

/** A lazy step screen's module: `src/react/steps/<name>-step.tsx` (see steps/later-steps.ts). */
const stepModule = /[\\/]src[\\/]react[\\/]steps[\\/]([\w-]+)-step\.tsx$/;

/**
 * What the credentials screen needs only after first paint, each a chunk with zod: the response
 * parsers (loaded with the first request, see core/client/load-parsers.ts) and the credentials
 * form's schema (loaded when idle or at the first submit).
 */
const afterPaintModules: ReadonlyArray<[name: string, module: RegExp]> = [
  ['response-parsers', /[\\/]src[\\/]core[\\/]client[\\/]map-response\.ts$/],
  ['credentials-schema', /[\\/]src[\\/]react[\\/]steps[\\/]credentials-schema\.ts$/],
];

/** Stable, hash-free names for the flow's lazy chunks, which the size budget leaves out by name. */
export function lazyChunkFileName(facadeModuleId: string | null): string {
  const step = facadeModuleId?.match(stepModule)?.[1];
  if (step) return `steps/${step}.js`;
  const afterPaint = afterPaintModules.find(([, module]) => facadeModuleId && module.test(facadeModuleId));
  if (afterPaint) return `lazy/${afterPaint[0]}.js`;
  return facadeModuleId && catalogModule.test(facadeModuleId) ? 'locale-[name].js' : '[name]-[hash].js';
}

/**
 * Ships each lazy catalog as its values in English key order (`export default [...]`; the
 * loader zips them with the keys it already has): keys were a quarter of every chunk's gzip.
 * A catalog with a missing or extra key fails the build.
 */
export function compactCatalogs(): Plugin {
  return {
    name: 'b2s-compact-catalogs',
    async renderChunk(code, chunk) {
      const tag = chunk.facadeModuleId?.match(catalogModule)?.[1];
      if (!tag || tag === 'en' || chunk.isEntry) return null;
      if (chunk.imports.length > 0) this.error(`catalog ${tag} must be plain data (it imports ${chunk.imports.join(', ')})`);
      const { en } = await import('./src/i18n/en');
      const catalog = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).default;
      const keys = Object.keys(en);
      const extra = Object.keys(catalog).filter((key) => !keys.includes(key));
      const missing = keys.filter((key) => typeof catalog[key] !== 'string');
      if (extra.length || missing.length) this.error(`catalog ${tag}: missing ${missing.join(', ')}; extra ${extra.join(', ')}`);
      return { code: `export default ${JSON.stringify(keys.map((key) => catalog[key]))};\n`, map: null };
    },
  };
}

/** The library build: one ESM file per public entry, plus the stylesheet. Types come from tsc. */
export default defineConfig({
  plugins: [react(), emitStylesheet(), compactCatalogs()],
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
        // Locale chunks (`locale-ru.js`) and lazy step chunks (`step-new-password.js`) get a
        // stable name: the size budget leaves them out by name, and a hash-free name compresses
        // in the loader's import map.
        chunkFileNames: (chunk) => lazyChunkFileName(chunk.facadeModuleId),
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
