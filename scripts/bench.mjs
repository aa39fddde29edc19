#!/usr/bin/env node
/**
 * `npm run bench`: the numbers README quotes, measured side by side in one run.
 *  1. Bundle weight: a minimal production app per contender (plain form = the floor,
 *     <SignInFlow>, Amplify's <Authenticator>, Supabase's <Auth>), JS + CSS gzip.
 *  2. Time to an interactive credentials form in Chromium: median of several cold loads each,
 *     interleaved so machine noise hits every contender alike.
 *  3. Request and refresh counts from the QR and session benches (fake time, simulator).
 * Prints one table and writes artifacts/bench.json. Competitors live in bench/ only.
 */
import { build, preview, createServer } from 'vite';
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';

const loads = Number(process.env.BENCH_LOADS ?? 7);
const configFile = 'bench/vite.bench.config.ts';
const apps = ['plain', 'signin-flow', 'supabase', 'amplify'];
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const sh = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};
if (!existsSync('dist/index.js')) sh('npm', ['run', '--silent', 'build']);
if (!existsSync('bench/node_modules')) sh('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund']);
mkdirSync('artifacts', { recursive: true });

/** gzip -9 of every .js and .css file of a built app, in KiB. */
function gzipKiB(dir) {
  let js = 0;
  let css = 0;
  const walk = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|css)$/.test(name)) {
        const size = gzipSync(readFileSync(full), { level: 9 }).length;
        if (name.endsWith('.css')) css += size;
        else js += size;
      }
    }
  };
  walk(dir);
  return { js: js / 1024, css: css / 1024, total: (js + css) / 1024 };
}

// 1. Build every app (production) and weigh it.
const weights = {};
for (const app of apps) {
  process.env.BENCH_APP = app;
  await build({ configFile, logLevel: 'error' });
  weights[app] = gzipKiB(`bench/dist/${app}`);
}

// 2. Serve each build and time the credentials form in Chromium.
const servers = {};
for (const app of apps) {
  process.env.BENCH_APP = app;
  const server = await preview({ configFile, logLevel: 'error', preview: { port: 0, host: '127.0.0.1' } });
  servers[app] = { server, url: server.resolvedUrls.local[0] };
}
/** Marks the moment an enabled password field and a submit button are in the page. */
const readyProbe = () => {
  const check = () => {
    const password = document.querySelector('input[type="password"]:not([disabled])');
    const submit = document.querySelector('button[type="submit"]:not([disabled])');
    if (password && submit && !window.__formReadyAt) window.__formReadyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
};
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
const times = Object.fromEntries(apps.map((app) => [app, []]));
for (let round = 0; round < loads; round += 1) {
  for (const app of apps) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(readyProbe);
    await page.goto(servers[app].url);
    await page.waitForFunction(() => window.__formReadyAt, null, { timeout: 30_000 });
    times[app].push(await page.evaluate(() => window.__formReadyAt));
    await context.close();
  }
}
await browser.close();
for (const { server } of Object.values(servers)) await server.close();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// 3. Fake-time benches written beside the code they measure (TypeScript, loaded through Vite).
const extra = [];
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error', configFile: false });
for (const path of ['/test/qr/bench-qr.ts', '/test/session/bench-session.ts', '/test/theme/bench-theme.ts']) {
  if (!existsSync(`.${path}`)) continue;
  const module = await vite.ssrLoadModule(path);
  if (typeof module.bench === 'function') extra.push(...(await module.bench()));
}
await vite.close();

// The table.
const floor = weights.plain.total;
const plainTime = median(times.plain);
const rows = apps.map((app) => ({
  app,
  'JS+CSS gzip KiB': weights[app].total.toFixed(1),
  'added over floor KiB': (weights[app].total - floor).toFixed(1),
  'ratio to floor': (weights[app].total / floor).toFixed(2),
  'form ready ms (median)': median(times[app]).toFixed(0),
  'time ratio to plain': (median(times[app]) / plainTime).toFixed(2),
}));
console.log(`\nBundle weight and time to an interactive credentials form (${loads} cold loads each, Chromium)`);
console.table(rows);
const ours = median(times['signin-flow']);
console.log(`SignInFlow time vs Supabase: ${(ours / median(times.supabase)).toFixed(2)}x, vs Amplify: ${(ours / median(times.amplify)).toFixed(2)}x`);
if (extra.length) {
  console.log('\nRequests, refreshes and CSS (fake time against the simulator)');
  console.table(extra);
}
writeFileSync('artifacts/bench.json', JSON.stringify({ date: new Date().toISOString(), loads, weights, times, extra }, null, 2));
