/**
 * Builds a tiny host app against the BUILT package, resolved the way a user's bundler does:
 * `node_modules/b2core-sign-in` is a symlink to this repository, so `b2core-sign-in/*` goes
 * through package.json `exports` to dist/. Records which modules each output chunk holds.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { repoRoot } from './paths';
import { productionBuild } from './production-build';

export interface BuiltChunk {
  fileName: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
}

export interface HostBuild {
  chunks: BuiltChunk[];
  /** Module ids in the entry chunk and every chunk it imports statically: what the page loads first. */
  initialModules: string[];
  /** Module ids only reachable through a dynamic `import()`: fetched when that code path runs. */
  lazyModules: string[];
}

/** Links `dir/node_modules/b2core-sign-in` to the repository (the package root). */
export function linkPackage(dir: string): void {
  const link = join(dir, 'node_modules/b2core-sign-in');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  if (!existsSync(link)) symlinkSync(repoRoot, link, 'dir');
}

function recordChunks(into: BuiltChunk[]): Plugin {
  return {
    name: 'record-chunks',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const { fileName, isEntry, imports, dynamicImports, moduleIds } = output;
        into.push({ fileName, isEntry, imports, dynamicImports, moduleIds });
      }
    },
  };
}

/** Builds `source` (a JSX module) as the single entry of a host app named `name`. */
export async function buildHost(name: string, source: string): Promise<HostBuild> {
  const dir = join(repoRoot, 'artifacts/hosts', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  linkPackage(dir);
  writeFileSync(join(dir, 'main.jsx'), source);
  const chunks: BuiltChunk[] = [];
  await productionBuild({
    configFile: false,
    root: dir,
    logLevel: 'error',
    plugins: [react(), recordChunks(chunks)],
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, rolldownOptions: { input: join(dir, 'main.jsx') } },
  });
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<string>();
  const visit = (fileName: string) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    byName.get(fileName)?.imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  const initialModules = chunks.filter((chunk) => initial.has(chunk.fileName)).flatMap((chunk) => chunk.moduleIds);
  const lazyModules = chunks.filter((chunk) => !initial.has(chunk.fileName)).flatMap((chunk) => chunk.moduleIds);
  return { chunks, initialModules, lazyModules };
}

/** The npm packages (by node_modules folder) among module ids. */
export function packagesOf(moduleIds: string[]): string[] {
  const names = new Set<string>();
  for (const id of moduleIds) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'));
    if (match?.[1]) names.add(match[1]);
  }
  return [...names].sort();
}
