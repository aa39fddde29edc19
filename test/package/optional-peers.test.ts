/**
 * Playwright, MSW and Testing Library are optional peers of the testing entries: the main
 * entries never reach them, and the testing entries reach them only where they must. Read from
 * the built files' static import graphs (what Node or a bundler loads on `import`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths';

const dist = join(repoRoot, 'dist');
const testingPeers = /^(playwright|playwright-core|@playwright\/.*|msw|msw\/.*|@testing-library\/.*)$/;

/** `import … from "x"`, `import "x"`, `export … from "x"`: the static specifiers of one module (not `import("x")`). */
function staticSpecifiers(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    found.push(match[1]!);
  }
  return found;
}

/** Every bare package a built file loads, following its relative static imports through dist/. */
function staticPackages(entry: string): { packages: string[]; files: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticSpecifiers(readFileSync(join(dist, file), 'utf8'))) {
      if (specifier.startsWith('./')) visit(specifier.slice(2));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { packages: [...packages].sort(), files: [...seen] };
}

const dynamicSpecifiers = (file: string) =>
  [...readFileSync(join(dist, file), 'utf8').matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);

describe('optional peers of b2core-sign-in/testing', () => {
  it('the static-import reader sees static imports and re-exports, not dynamic imports', () => {
    expect(staticSpecifiers('import{a as b}from"react";export{c}from"./x.js";import"./side.css";const m=import("msw/node");')).toEqual([
      'react',
      './x.js',
      './side.css',
    ]);
  });

  it.each(['index.js', 'qr.js', 'core.js', 'simulator-node.js'])('%s and its static imports load none of them', (entry) => {
    const { packages, files } = staticPackages(entry);
    expect(packages.filter((name) => testingPeers.test(name))).toEqual([]);
    expect(files.some((file) => /^testing/.test(file))).toBe(false);
  });

  it('the main entry does load React (the check reads real imports)', () => {
    expect(staticPackages('index.js').packages).toEqual(expect.arrayContaining(['react', 'react-hook-form']));
  });

  it('testing.js (Playwright helpers) loads no Playwright, MSW, Testing Library or React: Playwright is used through its types', () => {
    const { packages } = staticPackages('testing.js');
    expect(packages.filter((name) => testingPeers.test(name) || /^react/.test(name))).toEqual([]);
    expect(packages).toContain('node:http');
    const types = readFileSync(join(dist, 'types/testing/sign-in-as.d.ts'), 'utf8');
    expect(types).toMatch(/import type .* from 'playwright-core'/);
  });

  it('testing-vitest.js needs Testing Library; MSW only through a dynamic import when startSimulatorMsw runs', () => {
    const { packages } = staticPackages('testing-vitest.js');
    expect(packages).toContain('@testing-library/react');
    expect(packages.filter((name) => /^(msw|playwright|@playwright)/.test(name))).toEqual([]);
    expect(dynamicSpecifiers('testing-vitest.js')).toContain('msw/node');
  });
});
