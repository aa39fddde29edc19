#!/usr/bin/env node
/**
 * Package hygiene on the built package (run after `npm run build`):
 *  - publint --strict, and Are The Types Wrong with the ESM-only profile (no CommonJS is
 *    shipped; the stylesheet export has no types by nature);
 *  - the React entries start with "use client" (React Server Components hosts), the others not,
 *    and ./theme (for Server Components) reaches no React and no client module;
 *  - JSX compiled for the production runtime (no react/jsx-dev-runtime import);
 *  - the QR panel's size increment over <SignInFlow> (scripts/size-increment.mjs);
 *  - every locale chunk (dist/locale-*.js) within 2.5 KiB gzip, and at least 23 of them;
 *  - ./element (dist/element/) is self-contained: React bundled in production mode, no bare
 *    import, no `process.env`, no "use client", listed as a side effect (it defines the element).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

let ok = true;
const fail = (message) => {
  console.error(`  ✗ ${message}`);
  ok = false;
};

const steps = [
  ['publint --strict', 'npx', ['publint', '--strict']],
  [
    'attw (esm-only)',
    'npx',
    ['attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './styles.css', '--format', 'table-flipped'],
  ],
  ['QR size increment', 'node', ['scripts/size-increment.mjs']],
];
for (const [name, command, args] of steps) {
  console.log(`· ${name}`);
  if (spawnSync(command, args, { stdio: 'inherit' }).status !== 0) fail(name);
}

console.log('· "use client" directives');
const firstLine = (file) => readFileSync(file, 'utf8').split('\n', 1)[0].trim();
for (const file of ['dist/index.js', 'dist/qr.js', 'dist/qr-panel.js', 'dist/qr-approve.js']) {
  if (firstLine(file) !== '"use client";') fail(`${file} must start with "use client"`);
}
for (const file of ['dist/core.js', 'dist/theme.js', 'dist/simulator.js', 'dist/simulator-node.js', 'dist/testing.js', 'dist/testing-vitest.js']) {
  if (firstLine(file).includes('use client')) fail(`${file} is framework-free: no "use client"`);
}
// ./theme is for React Server Components: neither it nor any chunk it imports may pull in React.
const staticImports = (file) => [...readFileSync(file, 'utf8').matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]);
const seen = new Set();
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  for (const specifier of staticImports(file)) {
    if (specifier.startsWith('./')) visit(`dist/${specifier.slice(2)}`);
    else if (/^(react|react-dom)(\/|$)/.test(specifier)) fail(`${file} (reached from dist/theme.js) imports ${specifier}`);
    if (specifier.startsWith('./') && firstLine(`dist/${specifier.slice(2)}`).includes('use client')) fail(`dist/theme.js reaches the client module ${specifier}`);
  }
};
visit('dist/theme.js');

console.log('· production JSX runtime');
// A build run with NODE_ENV=test/development compiles JSX to `jsxDEV`, which production React lacks.
for (const file of ['dist/index.js', 'dist/qr.js', 'dist/qr-panel.js', 'dist/qr-approve.js']) {
  if (readFileSync(file, 'utf8').includes('react/jsx-dev-runtime')) fail(`${file} imports react/jsx-dev-runtime`);
}

console.log('· locale chunks ≤ 2.5 KiB gzip');
const localeChunks = readdirSync('dist').filter((file) => /^locale-[\w-]+\.js$/.test(file));
if (localeChunks.length < 23) fail(`expected a chunk per non-English locale (23+), found ${localeChunks.length}`);
for (const file of localeChunks) {
  const size = gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
  if (size > 2560) fail(`dist/${file} is ${size} B gzip (budget 2560 B)`);
}
const largest = Math.max(...localeChunks.map((file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length));
console.log(`  ${localeChunks.length} chunks, largest ${largest} B gzip`);

console.log('· dist/styles.css ≤ 8 KiB gzip');
const stylesheetSize = gzipSync(readFileSync('dist/styles.css'), { level: 9 }).length;
if (stylesheetSize > 8192) fail(`dist/styles.css is ${stylesheetSize} B gzip (budget 8192 B)`);
console.log(`  ${stylesheetSize} B gzip`);

console.log('· ./element is self-contained');
// A browser loads it from a <script type="module"> with no import map and no bundler: every import
// must be a relative file, and nothing may read `process` (a ReferenceError in the browser).
const elementFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? elementFiles(`${dir}/${entry.name}`) : entry.name.endsWith('.js') ? [`${dir}/${entry.name}`] : [],
  );
const elementChunks = elementFiles('dist/element');
if (!elementChunks.includes('dist/element/index.js')) fail('dist/element/index.js is missing (vite build -c vite.element.config.ts)');
for (const file of elementChunks) {
  const code = readFileSync(file, 'utf8');
  const bare = [...code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]).filter((s) => !s.startsWith('./') && !s.startsWith('../'));
  if (bare.length) fail(`${file} imports ${[...new Set(bare)].join(', ')} (the element bundle must be self-contained)`);
  if (/\bprocess\.env\b/.test(code)) fail(`${file} reads process.env`);
  if (code.includes('react/jsx-dev-runtime') || code.includes('jsxDEV')) fail(`${file} has the development JSX runtime`);
  if (firstLine(file).includes('use client')) fail(`${file} is not a React client module: no "use client"`);
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (!pkg.sideEffects.includes('./dist/element/index.js')) fail('package.json sideEffects must list ./dist/element/index.js (importing it defines the element)');
// Production React, and the main entries still leave React to the host.
if (!readFileSync('dist/element/index.js', 'utf8').includes('b2core-sign-in')) fail('dist/element/index.js does not define <b2core-sign-in>');
for (const file of ['dist/index.js', 'dist/qr.js']) {
  if (!staticImports(file).some((specifier) => specifier === 'react' || specifier.startsWith('react/'))) fail(`${file} must import react from the host, not bundle it`);
}
console.log(`  ${elementChunks.length} files`);

process.exit(ok ? 0 : 1);
