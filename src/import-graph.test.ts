/**
 * The import graph of `src` keeps its shape: no file reaches itself through its imports
 * (type-only imports count: a cycle of types is still two files that cannot be read apart),
 * and every arrow points down the layers of ARCHITECTURE.md. A regex over the sources is
 * enough here (no bundler, no ESLint plugin): it reads `import … from`, `export … from`,
 * side-effect imports and `import()`, with comments stripped so TSDoc examples do not count.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = dirname(fileURLToPath(import.meta.url));

/** Every source file under `src` (tests, stories and declaration files are not part of the graph). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(test|stories|d)\.tsx?$/.test(name) ? [path] : [];
  });
}

const specifiers = [
  /\b(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The files of `src` that `file` imports (packages, CSS and files outside `src` are left out). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const found = new Set<string>();
  for (const pattern of specifiers) {
    for (const match of code.matchAll(pattern)) {
      const spec = match[1] ?? '';
      if (!spec.startsWith('.')) continue;
      const base = resolve(dirname(file), spec);
      const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
        (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile(),
      );
      if (target && target.startsWith(root + sep)) found.add(target);
    }
  }
  return [...found];
}

const name = (file: string) => relative(root, file).split(sep).join('/');
const graph = new Map(sourceFiles(root).map((file) => [name(file), importsOf(file).map(name)]));

/** Groups of files that import each other in a loop (Tarjan's strongly connected components). */
function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(group.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

/**
 * Arrows that must never exist: `[from, to, why]`, each a path prefix under `src/`. Core is the
 * ground floor (no React, no UI catalogs, no theme); parts are the leaves of the React layer.
 */
const forbidden: Array<[string, string, string]> = [
  ['core/', 'react/', 'core has no React'],
  ['core/', 'i18n/', 'core has no UI text'],
  ['core/', 'theme/', 'core has no styling'],
  ['core/', 'simulator/', 'core does not know the simulator'],
  ['core/', 'testing/', 'core does not know the test kit'],
  ['i18n/', 'react/', 'catalogs are plain data'],
  ['theme/', 'react/', 'themes are plain data'],
  ['theme/', 'i18n/', 'themes are plain data'],
  ['react/parts/', 'react/steps/', 'parts are leaves: steps use parts, never the reverse'],
  ['react/parts/', 'react/qr/', 'parts are leaves'],
  ['react/parts/', 'react/qr-approve/', 'parts are leaves'],
  ['react/parts/', 'react/session/', 'parts are leaves'],
  ['react/parts/', 'react/sign-in-flow', 'parts are leaves'],
  ['react/parts/', 'react/use-sign-in-flow', 'parts are leaves'],
];

function upwardImports(edges: Map<string, string[]>): string[] {
  return [...edges].flatMap(([from, targets]) =>
    targets.flatMap((to) =>
      forbidden
        .filter(([lower, upper]) => from.startsWith(lower) && to.startsWith(upper))
        .map(([, , why]) => `${from} -> ${to} (${why})`),
    ),
  );
}

describe('the import graph of src', () => {
  it('reads the real graph (a broken parser would pass every rule below)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('react/parts/countdown.tsx')).toContain('i18n/format.ts');
    expect(graph.get('core/index.ts')).toEqual(expect.arrayContaining(['core/client/index.ts', 'core/session/index.ts']));
  });

  it('has no cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const loop = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(loop)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('has no upward import', () => {
    expect(upwardImports(graph)).toEqual([]);
    expect(upwardImports(new Map([['react/parts/x.tsx', ['react/steps/types.ts']]]))).toHaveLength(1);
  });
});
