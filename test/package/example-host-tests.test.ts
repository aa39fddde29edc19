/**
 * examples/host-tests: a broker's own CI, as the README's "Testing your portal" shows it. Its
 * Playwright suite imports `b2core-sign-in/testing` from the BUILT package (a `file:../..`
 * link: package.json exports → dist/) and must pass. Its node_modules (@playwright/test, Vite,
 * React) are installed on demand by scripts/test.mjs from its own lockfile.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths';

const example = join(repoRoot, 'examples/host-tests');
const run = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: example, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: '1' } });

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: unknown[];
}

beforeAll(() => {
  if (!existsSync(join(example, 'node_modules/@playwright/test/package.json'))) {
    throw new Error('examples/host-tests is not installed: run "npm ci --prefix examples/host-tests" (npm test does it).');
  }
});

describe('examples/host-tests', () => {
  it('uses this package through its name, linked to the repository (the built dist/)', () => {
    expect(realpathSync(join(example, 'node_modules/b2core-sign-in'))).toBe(realpathSync(repoRoot));
  });

  it('type-checks against the shipped declarations', () => {
    const tsc = run([join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('builds, and its Playwright suite passes in Chromium', { timeout: 300_000 }, () => {
    const build = run(['node_modules/vite/bin/vite.js', 'build']);
    expect(build.status, build.stderr).toBe(0);
    const suite = run(['node_modules/@playwright/test/cli.js', 'test', '--reporter=json', '--workers=1']);
    let report: PlaywrightReport;
    try {
      report = JSON.parse(suite.stdout) as PlaywrightReport;
    } catch {
      throw new Error(`No Playwright report (exit ${suite.status}): ${suite.stderr.slice(0, 2000)}`);
    }
    expect(report.errors).toEqual([]);
    expect(report.stats).toMatchObject({ expected: 4, unexpected: 0, flaky: 0, skipped: 0 });
    expect(suite.status).toBe(0);
  });
});

describe('README "Testing your portal"', () => {
  it("shows the example's test files exactly", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const file of ['tests/fixtures.ts', 'tests/sign-in.spec.ts']) {
      expect(readme, file).toContain(`\`\`\`ts\n// ${file}\n${readFileSync(join(example, file), 'utf8')}\`\`\``);
    }
  });
});
