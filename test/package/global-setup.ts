/**
 * The `package` project tests the BUILT package (dist/), as hosts get it. Before they run,
 * rebuild the JS entries when any source is newer than dist/index.js (types are left to
 * `npm run build`: these tests only run JavaScript).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

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

export default async function setup(): Promise<void> {
  const built = join(root, 'dist/index.js');
  const isFresh = existsSync(built) && statSync(built).mtimeMs >= Math.max(newest(join(root, 'src')), statSync(join(root, 'vite.config.ts')).mtimeMs);
  if (isFresh) return;
  // emptyOutDir false keeps dist/types from the last full build.
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { emptyOutDir: false } });
}
