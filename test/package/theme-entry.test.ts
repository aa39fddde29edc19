/**
 * `b2core-sign-in/theme`, the server-safe theming entry, as a React Server Component sees it:
 * resolved by package name under the `react-server` condition (how Next.js loads Server
 * Components), with no "use client" banner and no React anywhere in its module graph, and its
 * themes plain serializable data (what may cross from a Server Component to a client one).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths';

/** Runs `source` (ESM) in a child Node with the `react-server` condition; returns its JSON output. */
function inServerComponentsNode(source: string): unknown {
  const out = execFileSync(process.execPath, ['--conditions=react-server', '--input-type=module', '-e', source], { cwd: repoRoot, encoding: 'utf8' });
  return JSON.parse(out);
}

/** Every file reachable from `file` through static relative imports in dist/, with its bare imports. */
function moduleGraph(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const text = readFileSync(join(repoRoot, 'dist', file), 'utf8');
  const specifiers = [...text.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)].map((m) => (m[1] ?? m[2])!);
  seen.set(file, specifiers.filter((s) => !s.startsWith('./')));
  for (const s of specifiers.filter((s) => s.startsWith('./'))) moduleGraph(s.slice(2), seen);
  return seen;
}

describe('b2core-sign-in/theme', () => {
  it('loads by package name under react-server and exports the theming data', () => {
    const result = inServerComponentsNode(`
      const theme = await import('b2core-sign-in/theme');
      const brand = theme.createTheme({ colors: { primary: '#0b6e4f' }, radius: '10px' });
      const plain = (value) => JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value);
      console.log(JSON.stringify({
        exports: Object.keys(theme).sort(),
        presets: Object.keys(theme.presets).sort(),
        midnight: theme.presets.midnight,
        brandStyle: brand.style,
        plain: [theme.defaultTheme, theme.presets.midnight, theme.presets.meadow, brand].every(plain),
      }));
    `) as { exports: string[]; presets: string[]; midnight: { name: string; style: Record<string, string> }; brandStyle: Record<string, string>; plain: boolean };
    expect(result.exports).toEqual(['createTheme', 'defaultTheme', 'partNames', 'presets']);
    expect(result.presets).toEqual(expect.arrayContaining(['midnight', 'meadow']));
    expect(result.midnight.name).toBe('midnight');
    expect(Object.keys(result.midnight.style).length).toBeGreaterThan(5);
    expect(Object.values(result.brandStyle)).toContain('#0b6e4f');
    // Plain data: it survives serialization unchanged, as a Server Component prop must.
    expect(result.plain).toBe(true);
  });

  it('is no client module and reaches no React', () => {
    const graph = moduleGraph('theme.js');
    expect(graph.size).toBeGreaterThan(1); // the entry and the shared theme chunk(s)
    for (const [file, bare] of graph) {
      expect(readFileSync(join(repoRoot, 'dist', file), 'utf8').startsWith('"use client"'), file).toBe(false);
      expect(bare.filter((s) => /^(react|react-dom)(\/|$)/.test(s)), file).toEqual([]);
    }
  });
});
