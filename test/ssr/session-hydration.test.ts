/**
 * Hydration with a stored session (issue 11, item 2), built package in Chromium: the server
 * renders the signed-out form (it has no session); after signing in and reloading, the client
 * hydrates that HTML with no mismatch (no React #418, no hydration warning) and only then
 * adopts the pair from `sessionStorage`: the page ends signed in.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/simulator';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { repoRoot } from '../package/support/paths';
import { productionBuild } from '../package/support/production-build';
import { startHostServer, type HostServer } from '../package/support/static-server';

const outDir = `${repoRoot}artifacts/ssr-session-hydration`;
let server: HostServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  await productionBuild({
    configFile: false,
    root: fileURLToPath(new URL('./fixtures', import.meta.url)),
    logLevel: 'error',
    resolve: {
      alias: [
        { find: /^b2core-sign-in$/, replacement: `${repoRoot}dist/index.js` },
        { find: /^b2core-sign-in\/core$/, replacement: `${repoRoot}dist/core.js` },
      ],
    },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: fileURLToPath(new URL('./fixtures/session-hydrate-client.mjs', import.meta.url)), output: { entryFileNames: 'client.js' } },
    },
  });
  const script = fileURLToPath(new URL('./fixtures/session-server-render.mjs', import.meta.url));
  const { html } = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as { html: string };
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR session</title></head>
<body><main id="root">${html}</main>
<script>window.__serverForm = !!document.querySelector('#root form')</script>
<script type="module" src="/client.js"></script></body></html>`;
  server = await startHostServer({ dir: outDir, html: page, config: { qrAvailable: false } });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('a stored session hydrates the signed-out server HTML without a mismatch, then is adopted', async () => {
  const page = await browser.newPage();
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
  });
  page.on('pageerror', (error) => logged.push(String(error)));
  await page.goto(server.url);
  await page.getByLabel('Email', { exact: true }).fill('client@example.com');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('portal').waitFor();

  logged.length = 0;
  await page.reload();
  await page.getByTestId('portal').waitFor();
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __serverForm: boolean; __hydrationErrors: string[] };
    return { serverForm: w.__serverForm, errors: w.__hydrationErrors };
  });
  // The server sent the form (it has no session); hydration matched it; the stored pair followed.
  expect(seen.serverForm).toBe(true);
  expect(seen.errors).toEqual([]);
  expect(logged.filter((text) => /418|hydrat|did not match|didn't match/i.test(text))).toEqual([]);
  expect(await page.getByTestId('portal').textContent()).toBe('Signed in');
  expect(server.requests.filter((r) => r.startsWith('POST /api/v2/my/refresh'))).toEqual([]);
  // The pair is in sessionStorage, under the key scoped to the API origin (here the page's).
  const keys = await page.evaluate(() => Object.keys(sessionStorage));
  expect(keys).toEqual([`b2core-sign-in.session@${server.url}`]);
  await page.close();
});
