/**
 * Server HTML + hydration in Chromium, with the built package: the server's skeleton holds the
 * credentials form's space, so neither hydration nor the wizard's arrival moves anything (no
 * `layout-shift` entry, the content below the flow stays put), and hydration matches.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { repoRoot } from '../package/support/paths';
import { productionBuild } from '../package/support/production-build';
import { startHostServer, type HostServer } from '../package/support/static-server';

interface Box {
  top: number;
  height: number;
  width: number;
}
interface Snapshot {
  root: Box;
  below: Box;
  step: string | null;
}

const outDir = `${repoRoot}artifacts/ssr-hydration`;
let server: HostServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  // The client bundle: the fixture, with `b2core-sign-in` resolved to dist/ as a host's bundler would.
  await productionBuild({
    configFile: false,
    root: fileURLToPath(new URL('./fixtures', import.meta.url)),
    logLevel: 'error',
    plugins: [react()],
    resolve: { alias: [{ find: /^b2core-sign-in$/, replacement: `${repoRoot}dist/index.js` }] },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: fileURLToPath(new URL('./fixtures/hydrate-client.jsx', import.meta.url)), output: { entryFileNames: 'client.js' } },
    },
  });
  const script = fileURLToPath(new URL('./fixtures/server-render.mjs', import.meta.url));
  const { html } = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as { html: string[] };
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>
<style>body{margin:0;font-family:system-ui,sans-serif}#root{inline-size:420px;margin:24px}</style></head>
<body><main id="root">${html[0]}</main><footer id="below">Content below the sign-in</footer>
<script>window.__beforeHydration={below:document.getElementById('below').getBoundingClientRect().toJSON(),root:document.getElementById('root').getBoundingClientRect().toJSON()}</script>
<script type="module" src="/client.js"></script></body></html>`;
  // Latency: the skeleton is on screen (and hydrated) well before the wizard answers. No QR or
  // recovery link: the skeleton reserves the plain form, which is what this wizard shows.
  server = await startHostServer({ dir: outDir, html: page, config: { latencyMs: 400, qrAvailable: false, passwordRecoveryAvailable: false } });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('hydrates the server skeleton without a mismatch and without a layout shift until the form is ready', async () => {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => '__afterHydration' in window);
  await page.locator('[data-part="root"][data-step="credentials"] input[type="password"]:not([disabled])').waitFor();
  // Two frames after the form: any shift it caused has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  const seen = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { __measure(): unknown };
    return { before: w.__beforeHydration, hydrated: w.__afterHydration, ready: w.__measure(), shifts: w.__shifts, errors: w.__hydrationErrors };
  }) as { before: Snapshot; hydrated: Snapshot; ready: Snapshot; shifts: number[]; errors: string[] };
  await page.close();

  expect(seen.errors).toEqual([]);
  // Hydration happened while the wizard was still loading: the skeleton was what the person saw.
  expect(seen.hydrated.step).toBe('loading');
  expect(seen.ready.step).toBe('credentials');
  // The skeleton had the real form's height, so what follows the flow never moved.
  expect(seen.before.root.height).toBeGreaterThan(200);
  for (const snapshot of [seen.hydrated, seen.ready]) {
    expect(Math.abs(snapshot.root.height - seen.before.root.height)).toBeLessThanOrEqual(1);
    expect(Math.abs(snapshot.below.top - seen.before.below.top)).toBeLessThanOrEqual(1);
  }
  expect(seen.shifts).toEqual([]);
});
