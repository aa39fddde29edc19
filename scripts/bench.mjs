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
 *     beside their code (src/test-support/qr/bench-qr.ts, src/test-support/session/bench-session.ts, and
 *     src/test-support/bench-theme.ts when present), loaded through Vite's ssrLoadModule.
 * Competitors are devDependencies of bench/ only (bench/package.json), never of the package.
 */
import { build, preview, createServer, minify } from 'vite';
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

/** The chunks of a build output, and the names of those in the first load (entries and their static imports). */
function firstLoadChunks(output) {
  const chunks = output.filter((file) => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    byName.get(name)?.imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  return { chunks, initial };
}

/** Weighs one build output: first load (entry + static imports + their CSS) and the lazy rest. */
function weigh(output) {
  const { chunks, initial } = firstLoadChunks(output);
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

/**
 * What the first load is made of: the modules of every first-load chunk grouped by npm package
 * (the package's own dist files as one "b2core-sign-in (own code)"), each group minified by
 * Vite's minifier (Oxc) and gzipped alone. Standalone sizes overlap a little with what one chunk compresses
 * to, so they are "≈", but they name what a missed weight goal is made of.
 */
async function firstLoadParts(output) {
  const { chunks, initial } = firstLoadChunks(output);
  const code = {};
  for (const chunk of chunks.filter((file) => initial.has(file.fileName))) {
    for (const [id, info] of Object.entries(chunk.modules)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
      const key = match?.[1] ?? (/\/dist\/[^/]+\.js$/.test(id) ? 'b2core-sign-in (own code)' : 'app + bundler runtime');
      code[key] = (code[key] ?? '') + (info.code ?? '') + '\n';
    }
  }
  const parts = [];
  for (const [name, source] of Object.entries(code)) {
    const result = await minify(`${name}.js`, source, {});
    // A fragment the minifier cannot parse alone is weighed as bundled.
    const minified = result.errors.length === 0 ? result.code : source;
    parts.push({ name, kib: gz(minified) });
  }
  return parts.sort((a, b) => b.kib - a.kib);
}
const describeParts = (parts, skip = []) =>
  parts.filter((part) => !skip.includes(part.name) && part.kib >= 0.3).map((part) => `${part.name} ≈${part.kib.toFixed(1)}`).join(', ');

// 1. Build every app (production) and weigh it.
const weights = {};
const composition = {};
for (const app of apps) {
  process.env.BENCH_APP = app;
  const result = await build({ configFile, logLevel: 'error' });
  const output = (Array.isArray(result) ? result[0] : result).output;
  weights[app] = weigh(output);
  composition[app] = await firstLoadParts(output);
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
/** One cold load: ms to the ready form, V8 script time until then, and when the wizard answered (if asked). */
const timeLoad = async (app) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(readyProbe);
  await page.goto(servers[app].url);
  await page.waitForFunction(() => window.__formReadyAt, null, { timeout: 30_000 });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const { at, wizardAt } = await page.evaluate(() => ({
    at: window.__formReadyAt,
    wizardAt: performance.getEntriesByType('resource').find((entry) => entry.name.includes('/signin/wizard'))?.responseEnd ?? null,
  }));
  await context.close();
  return { at, wizardAt, script: (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000 };
};
for (const app of apps) await timeLoad(app); // one warm-up each (disk cache of the OS, JIT of the server)
const samples = Object.fromEntries(apps.map((app) => [app, []]));
for (let round = 0; round < loads; round += 1) {
  for (const app of apps) samples[app].push(await timeLoad(app));
}
const times = Object.fromEntries(apps.map((app) => [app, samples[app].map((sample) => sample.at)]));
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
    // One tap per method: the button sends the choice.
    await page.getByRole('button', { name: /Google Authenticator/ }).click();
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
for (const path of ['/src/test-support/qr/bench-qr.ts', '/src/test-support/session/bench-session.ts', '/src/test-support/bench-theme.ts']) {
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
// The goals of issue 12 ("the first load carries the credentials screen only"), one row each.
const flow = 'signin-flow';
const weightBudget = 40;
const scriptMs = (app) => median(samples[app].map((sample) => sample.script));
const reactParts = ['react-dom', 'react', 'scheduler'];
const flowJsOver = weights[flow].js - weights.plain.js;
const beforeWizard = samples[flow].filter((sample) => sample.wizardAt !== null && sample.at < sample.wizardAt).length;
const timeWhy = `script until ready ${Math.round(scriptMs(flow))} ms (plain ${Math.round(scriptMs('plain'))}, Supabase ${Math.round(scriptMs('supabase'))}), first-load JS +${kib(flowJsOver)} KiB over plain; form ready before the wizard answered in ${beforeWizard}/${samples[flow].length} loads`;
const goals = [
  {
    measure: `(a) <SignInFlow> first-load JS+CSS gzip over the plain form ≤ ${weightBudget} KiB`,
    value: `+${kib(added(flow))} KiB`,
    pass: added(flow) <= weightBudget,
    why: `${kib(added(flow) - weightBudget)} KiB too many. First load beyond React, gzip alone: ${describeParts(composition[flow], reactParts)}, CSS ${kib(weights[flow].css)}`,
  },
  {
    measure: '(b1) <SignInFlow> interactive credentials form ≤ Supabase <Auth> (medians)',
    value: `${Math.round(t[flow])} vs ${Math.round(t.supabase)} ms (×${(t[flow] / t.supabase).toFixed(2)})`,
    pass: t[flow] <= t.supabase,
    why: timeWhy,
  },
  {
    measure: '(b2) <SignInFlow> interactive credentials form ≤ 1.05× the plain form (medians)',
    value: `${Math.round(t[flow])} vs ${Math.round(t.plain)} ms (×${(t[flow] / t.plain).toFixed(2)})`,
    pass: t[flow] <= 1.05 * t.plain,
    why: timeWhy,
  },
];
for (const goal of goals) {
  rows.push({ area: 'goal', measure: goal.measure, value: goal.value, target: 'issue 12', result: goal.pass ? 'met' : `MISSED: ${goal.why}` });
}
for (const app of apps) {
  const w = weights[app];
  rows.push({
    area: 'weight',
    measure: `${labels[app]}: first-load JS+CSS gzip KiB (JS ${kib(w.js)} + CSS ${kib(w.css)})`,
    value: app === 'plain' ? kib(w.total) : `${kib(w.total)} (+${kib(added(app))}, ×${(w.total / floor).toFixed(2)})`,
    target: app === flow ? `+≤ ${weightBudget} KiB` : app === 'plain' ? 'floor' : '—',
    result: app === flow ? ok(added(app) <= weightBudget) : '',
  });
}
const lazy = weights[flow];
const lazyEntries = Object.entries(lazy.lazyChunks).map(([name, size]) => [name.replace(/^assets\//, '').replace(/(-[\w-]{8})+\.js$/, ''), size]);
const locales = lazyEntries.filter(([name]) => name.startsWith('locale-'));
const others = lazyEntries.filter(([name]) => !name.startsWith('locale-'));
rows.push({
  area: 'weight',
  measure: '<SignInFlow>: lazy chunks, fetched only when used (later steps, QR panel + qrcode.react, reCAPTCHA, other locales) gzip KiB',
  value: `${kib(lazy.lazyJs + lazy.lazyCss)} (${others.map(([name, size]) => `${name} ${kib(size)}`).join(', ')}${locales.length ? `; ${locales.length} locales ${kib(Math.min(...locales.map(([, size]) => size)))}–${kib(Math.max(...locales.map(([, size]) => size)))} each` : ''})`,
  target: 'not in first load',
  result: '',
});
for (const app of apps) {
  rows.push({
    area: 'time',
    measure: `${labels[app]}: interactive credentials form, ms (median of ${loads}, min–max); script ms`,
    value: `${Math.round(t[app])} (${range(app)}) ×${(t[app] / t.plain).toFixed(2)} plain; script ${Math.round(scriptMs(app))}`,
    target: app === flow ? '≤ Supabase, ≤ 1.05× plain' : '—',
    result: app === flow ? `${ok(t[app] <= t.supabase && t[app] <= 1.05 * t.plain)}: ×${(t[app] / t.supabase).toFixed(2)} Supabase, ×${(t[app] / t.plain).toFixed(2)} plain` : '',
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
console.log(`\nFirst-load composition (gzip KiB of each part minified alone, ≈): ${apps.map((app) => `\n  ${labels[app]}: ${describeParts(composition[app])}`).join('')}`);
writeFileSync('artifacts/bench.json', JSON.stringify({ date: new Date().toISOString(), loads, weights, samples, journeys, extra, composition, goals }, null, 2));
