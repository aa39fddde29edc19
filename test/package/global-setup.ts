/**
 * The `package` project tests the BUILT package (dist/), as hosts get it. Before they run,
 * rebuild what is older than the sources: the JS entries (vite), the custom element's own bundle
 * (vite.element.config.ts) and the declarations (tsc + scripts/fix-types.mjs, which the example
 * app type-checks against through the package name).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { productionBuild } from './support/production-build';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The newest modification time under `dir`, in ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const isNewerThanSources = (file: string, sources: number) => existsSync(file) && statSync(file).mtimeMs >= sources;

export default async function setup(): Promise<void> {
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'vite.config.ts')).mtimeMs);
  if (!isNewerThanSources(join(root, 'dist/index.js'), sources)) {
    // emptyOutDir false keeps dist/types from the last full build.
    await productionBuild({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { emptyOutDir: false } });
  }
  if (!isNewerThanSources(join(root, 'dist/element/index.js'), Math.max(sources, statSync(join(root, 'vite.element.config.ts')).mtimeMs))) {
    await productionBuild({ root, configFile: join(root, 'vite.element.config.ts'), logLevel: 'warn' });
  }
  if (!isNewerThanSources(join(root, 'dist/types/index.d.ts'), sources)) {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/fix-types.mjs'], { cwd: root, stdio: 'inherit' });
  }
}
