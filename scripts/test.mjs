#!/usr/bin/env node
/**
 * `npm test`: every gate the project has, in order, then one plain closing line
 * `N passed, N failed` (Vitest's tests plus one check per non-Vitest gate).
 * Stops at once, with one line, when Chromium is missing.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(chromium, constants.X_OK);
} catch {
  console.error(
    `Chromium not found at ${chromium}: install it with "apt-get update && apt-get install -y chromium" (Debian) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

mkdirSync('artifacts', { recursive: true });
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status === 0;

/** Gates that are not Vitest tests: each counts as one check. */
const gates = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['size budgets', 'npx', ['size-limit']],
];
const extraGates = [];
if (existsSync('scripts/check-package.mjs')) extraGates.push(['package checks', 'node', ['scripts/check-package.mjs']]);

let passed = 0;
let failed = 0;
const failures = [];
const gate = ([name, command, args]) => {
  console.log(`\n▶ ${name}`);
  if (run(command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
};

gates.slice(0, 2).forEach(gate);

// React 18.3 for the `react18` project lives in its own folder (it cannot sit beside React 19 in
// the root without peer conflicts): installed from its lockfile when missing.
if (!existsSync('test/react18/node_modules/react-dom/package.json')) {
  run('npm', ['ci', '--prefix', 'test/react18', '--no-audit', '--no-fund']);
}
// Suites with their own lockfile (`package` project: hosts that consume the built package by
// name): the host-tests example (@playwright/test), Next.js, Vite + Tailwind v4. Installed from
// their lockfiles when missing.
for (const [dir, probe] of [
  ['examples/host-tests', '@playwright/test'],
  ['examples/next-app', 'next'],
  ['examples/tailwind-app', 'tailwindcss'],
]) {
  if (!existsSync(`${dir}/node_modules/${probe}/package.json`)) run('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund']);
}

console.log('\n▶ vitest (node, dom, browser, react18, package, e2e, storybook)');
const report = 'artifacts/vitest.json';
const vitestOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  if (!vitestOk && result.numFailedTests === 0) {
    failed += 1; // the run failed outside a test (a suite that did not load, an unhandled error)
    failures.push('vitest (suite errors)');
  } else if (result.numFailedTests > 0) failures.push('vitest');
} catch {
  failed += 1;
  failures.push('vitest (no report)');
}

[...gates.slice(2), ...extraGates].forEach(gate);

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
