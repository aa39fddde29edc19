#!/usr/bin/env node
/**
 * `npm run bench`: the numbers README quotes, measured side by side in one run, printed as one
 * table (and written to artifacts/bench.json).
 *  1. Weight: a minimal production app per contender (plain hand-written form = the floor,
 *     <SignInFlow> from the built package by name, Supabase's <Auth>, Amplify's
 *     <Authenticator>), gzip -9 of each JS and CSS file. "First load" is the entry chunk, its
 *     static imports and their CSS; lazy chunks (QR panel, reCAPTCHA, other locales) are
 *     reported apart, as they load only when a wizard offers QR / enables reCAPTCHA.
 *  2. Time to an interactive credentials form in Chromium (an enabled password field and
 *     submit button in the DOM), median of BENCH_LOADS cold loads (default 9, at least 5) per app, the
 *     apps interleaved round-robin so machine noise hits every contender alike.
 *  3. Requests per journey for <SignInFlow> against the minimum the API allows (real HTTP to
 *     the simulator, counted in Chromium), plus the fake-time QR and session benches written
 *     beside their code (test/qr/bench-qr.ts, test/session/bench-session.ts, and
 *     test/theme/bench-theme.ts when present), loaded through Vite's ssrLoadModule.
 * Competitors are devDependencies of bench/ only (bench/package.json), never of the package.
 */
import { build, preview, createServer } from 'vite';
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { ensureCompetitors } from '../bench/ensure-competitors.mjs';

const loads = Math.max(5, Number(process.env.BENCH_LOADS ?? 9));
const configFile = 'bench/vite.bench.config.ts';
const apps = ['plain', 'signin-flow', 'supabase', 'amplify'];
const labels = { plain: 'plain form (floor)', 'signin-flow': '<SignInFlow>', supabase: 'Supabase <Auth>', amplify: 'Amplify <Authenticator>' };
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// The competitors first (bench/node_modules), before NODE_ENV=production is set: see ensure-competitors.mjs.
ensureCompetitors('bench');
// Vite picks the JSX runtime from NODE_ENV: a production bench needs production React.
process.env.NODE_ENV = 'production';

// Always the current sources: the package's JS entries (declarations are not needed here).
await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { emptyOutDir: false } });
mkdirSync('artifacts', { recursive: true });

const gz = (source) => gzipSync(source, { level: 9 }).length / 1024;

/** Weighs one build output: first load (entry + static imports + their CSS) and the lazy rest. */
function weigh(output) {
  const chunks = output.filter((file) => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    byName.get(name)?.imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  const initialCss = new Set(chunks.filter((chunk) => initial.has(chunk.fileName)).flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
  const sizes = { js: 0, css: 0, lazyJs: 0, lazyCss: 0, lazyChunks: {} };
  for (const file of output) {
    const source = file.type === 'chunk' ? file.code : file.source;
    if (file.type === 'chunk') {
      if (initial.has(file.fileName)) sizes.js += gz(source);
      else {
        sizes.lazyJs += gz(source);
        sizes.lazyChunks[file.fileName] = gz(source);
      }
    } else if (file.fileName.endsWith('.css')) {
      if (initialCss.has(file.fileName)) sizes.css += gz(source);
      else sizes.lazyCss += gz(source);
    }
  }
  sizes.total = sizes.js + sizes.css;
  return sizes;
}

/** Which npm packages (and own dist files) weigh most in the first load: for "why" when a goal is missed. */
function heaviest(output) {
  const share = {};
  for (const chunk of output.filter((file) => file.type === 'chunk' && file.isEntry)) {
    for (const [id, info] of Object.entries(chunk.modules)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id) ?? /(\/dist\/[^/]+)$/.exec(id);
      const key = match?.[1] ?? 'app';
      share[key] = (share[key] ?? 0) + info.renderedLength;
    }
  }
  const total = Object.values(share).reduce((a, b) => a + b, 0);
  return Object.entries(share)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, bytes]) => `${name} ${Math.round((bytes / total) * 100)}%`)
    .join(', ');
}

// 1. Build every app (production) and weigh it.
const weights = {};
const composition = {};
for (const app of apps) {
  process.env.BENCH_APP = app;
  const result = await build({ configFile, logLevel: 'error' });
  const output = (Array.isArray(result) ? result[0] : result).output;
  weights[app] = weigh(output);
  composition[app] = heaviest(output);
}

// 2. Serve each build (vite preview, the simulator on the same origin) and time the form.
const servers = {};
for (const app of apps) {
  process.env.BENCH_APP = app;
  const server = await preview({ configFile, logLevel: 'error', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  servers[app] = { server, url: server.resolvedUrls.local[0].replace(/\/$/, '') };
}
/** Marks the moment an enabled password field and an enabled submit button are both in the page. */
const readyProbe = () => {
  const check = () => {
    if (window.__formReadyAt) return;
    const password = document.querySelector('input[type="password"]:not([disabled])');
    const submit = document.querySelector('button[type="submit"]:not([disabled]), input[type="submit"]:not([disabled])');
    if (password && submit) window.__formReadyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
};
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
const chromiumVersion = browser.version();
const timeLoad = async (app) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(readyProbe);
  await page.goto(servers[app].url);
  await page.waitForFunction(() => window.__formReadyAt, null, { timeout: 30_000 });
  const at = await page.evaluate(() => window.__formReadyAt);
  await context.close();
  return at;
};
for (const app of apps) await timeLoad(app); // one warm-up each (disk cache of the OS, JIT of the server)
const times = Object.fromEntries(apps.map((app) => [app, []]));
for (let round = 0; round < loads; round += 1) {
  for (const app of apps) times[app].push(await timeLoad(app));
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// 3a. Requests per journey: <SignInFlow> against the simulator over real HTTP, counted in Chromium.
const { totp, GOOGLE_TOTP_SECRET, DEMO_PASSWORD } = await import(pathToFileURL(join(process.cwd(), 'dist/simulator.js')).href);
const flowUrl = servers['signin-flow'].url;
const sim = (path, method, body) =>
  fetch(`${flowUrl}/__sim${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
async function journey(email, steps) {
  await sim('/reset', 'POST');
  // QR off: its channel traffic is counted by the QR bench, not in these journeys.
  await sim('/config', 'PUT', { qrAvailable: false });
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/v2/my/')) requests.push(`${request.method()} ${pathname.slice('/api/v2/my'.length)}`);
  });
  await page.goto(flowUrl);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await steps(page);
  await page.locator('[data-part="root"][data-step="signed-in"]').waitFor();
  await context.close();
  return requests;
}
const typeTotp = async (page) => {
  await page.getByLabel('Verification code', { exact: true }).fill(totp(GOOGLE_TOTP_SECRET, Date.now()));
};
const journeys = [
  ['no 2FA (client@)', 2, await journey('client@example.com', async () => {})],
  ['one 2FA method, TOTP (google@)', 3, await journey('google@example.com', typeTotp)],
  ['two 2FA methods, picker then TOTP (both@)', 4, await journey('both@example.com', async (page) => {
    await page.getByRole('radio', { name: /Google Authenticator/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await typeTotp(page);
  })],
];
await browser.close();
for (const { server } of Object.values(servers)) await server.close();

// 3b. Fake-time benches written beside the code they measure (TypeScript, loaded through Vite).
const extra = [];
const vite = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
  configFile: false,
  // Only ssrLoadModule here: no dependency scan of the repository's HTML pages.
  optimizeDeps: { noDiscovery: true, include: [] },
});
for (const path of ['/test/qr/bench-qr.ts', '/test/session/bench-session.ts', '/test/theme/bench-theme.ts']) {
  if (!existsSync(`.${path}`)) continue;
  const module = await vite.ssrLoadModule(path);
  if (typeof module.bench === 'function') extra.push(...(await module.bench()));
}
await vite.close();
if (!extra.some((row) => row.area === 'css')) {
  // No theme bench: weigh the stylesheet itself.
  extra.push({ area: 'css', measure: 'package stylesheet, dist/styles.css gzip KiB', value: gz(readFileSync('dist/styles.css')).toFixed(1), target: '—' });
}

// The table: one row per measure.
const kib = (value) => value.toFixed(1);
const floor = weights.plain.total;
const added = (app) => weights[app].total - floor;
const t = Object.fromEntries(apps.map((app) => [app, median(times[app])]));
const range = (app) => `${Math.round(Math.min(...times[app]))}–${Math.round(Math.max(...times[app]))}`;
const ok = (pass) => (pass ? 'met' : 'MISSED');
const rows = [];
for (const app of apps) {
  const w = weights[app];
  const isOurs = app === 'signin-flow';
  rows.push({
    area: 'weight',
    measure: `${labels[app]}: first-load JS+CSS gzip KiB (JS ${kib(w.js)} + CSS ${kib(w.css)})`,
    value: app === 'plain' ? kib(w.total) : `${kib(w.total)} (+${kib(added(app))}, ×${(w.total / floor).toFixed(2)})`,
    target: isOurs ? '+≤ 55 KiB, < Supabase +, < ⅓ Amplify +' : app === 'plain' ? 'floor' : '—',
    result: isOurs ? ok(added(app) <= 55 && added(app) < added('supabase') && added(app) < added('amplify') / 3) : '',
  });
}
const lazy = weights['signin-flow'];
rows.push({
  area: 'weight',
  measure: '<SignInFlow>: lazy chunks, fetched only when used (QR panel + qrcode.react, reCAPTCHA, ru/es/ar) gzip KiB',
  value: `${kib(lazy.lazyJs + lazy.lazyCss)} (${Object.entries(lazy.lazyChunks).map(([name, size]) => `${name.replace(/^assets\//, '').replace(/(-[\w-]{8})+\.js$/, '')} ${kib(size)}`).join(', ')})`,
  target: 'not in first load',
  result: '',
});
for (const app of apps) {
  const isOurs = app === 'signin-flow';
  rows.push({
    area: 'time',
    measure: `${labels[app]}: interactive credentials form, ms (median of ${loads}, min–max)`,
    value: `${Math.round(t[app])} (${range(app)}) ×${(t[app] / t.plain).toFixed(2)} plain`,
    target: isOurs ? '≤ Supabase, ≤ 0.6× Amplify' : '—',
    result: isOurs ? `${ok(t[app] <= t.supabase && t[app] <= 0.6 * t.amplify)}: ×${(t[app] / t.supabase).toFixed(2)} Supabase, ×${(t[app] / t.amplify).toFixed(2)} Amplify` : '',
  });
}
for (const [name, minimum, requests] of journeys) {
  rows.push({ area: 'requests', measure: `sign-in journey, ${name}: ${requests.join(', ')}`, value: requests.length, target: `minimum ${minimum}`, result: ok(requests.length === minimum) });
}
for (const row of extra) rows.push({ area: row.area, measure: row.measure, value: row.value, target: row.target, result: '' });

const columns = ['area', 'measure', 'value', 'target', 'result'];
const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
console.log(`\nb2core-sign-in bench, ${new Date().toISOString()} (Vite production builds, gzip -9, Chromium ${chromiumVersion}, ${loads} interleaved cold loads)\n`);
console.log(line(columns));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(columns.map((column) => row[column])));
console.log(`\nFirst-load composition (share of bundled bytes): ${apps.map((app) => `\n  ${labels[app]}: ${composition[app]}`).join('')}`);
writeFileSync('artifacts/bench.json', JSON.stringify({ date: new Date().toISOString(), loads, weights, times, journeys, extra, composition }, null, 2));
