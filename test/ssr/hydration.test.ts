/**
 * Server HTML + hydration in Chromium, with the built package: the server sends the real
 * credentials form, hydration matches it and changes no layout, the form is usable before the
 * wizard answers, and the wizard's arrival moves none of the fields (its extras, like "Forgot
 * password?", land below the submit button).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/simulator';
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
  email: Box;
  password: Box;
  submit: Box;
  step: string | null;
  submitDisabled: boolean;
  submitBusy: boolean;
  hasForgotLink: boolean;
  wizardAnswered: boolean;
  /** The linked stylesheet draws the card (solid border): true from the first paint, before any JS. */
  cardStyled: boolean;
}

const outDir = `${repoRoot}artifacts/ssr-hydration`;
let server: HostServer;
let browser: Browser;

/** Runs in the page before hydration (inline) and after it (the client calls it): one way to measure. */
const measureScript = `window.__measure = () => {
  const box = (el) => { const r = el ? el.getBoundingClientRect() : { top: -1, height: -1, width: -1 }; return { top: r.top, height: r.height, width: r.width }; };
  const root = document.getElementById('root');
  const submit = root.querySelector('button[type="submit"]');
  return {
    root: box(root),
    below: box(document.getElementById('below')),
    email: box(root.querySelector('input[type="email"]')),
    password: box(root.querySelector('input[autocomplete="current-password"]')),
    submit: box(submit),
    step: root.firstElementChild ? root.firstElementChild.getAttribute('data-step') : null,
    submitDisabled: !!(submit && submit.disabled),
    submitBusy: !!(submit && submit.getAttribute('aria-busy') === 'true'),
    hasForgotLink: [...root.querySelectorAll('a')].some((a) => a.textContent === 'Forgot password?'),
    wizardAnswered: performance.getEntriesByType('resource').some((e) => e.name.includes('/signin/wizard')),
    cardStyled: !!root.querySelector('[data-part="card"]') && getComputedStyle(root.querySelector('[data-part="card"]')).borderTopStyle === 'solid',
  };
};`;

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
  // The package stylesheet, linked in <head> as a host does: the server HTML is styled before any JS.
  copyFileSync(`${repoRoot}dist/styles.css`, `${outDir}/styles.css`);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>
<link rel="stylesheet" href="/styles.css">
<style>body{margin:0;font-family:system-ui,sans-serif}#root{inline-size:420px;margin:24px}</style></head>
<body><main id="root">${html[0]}</main><footer id="below">Content below the sign-in</footer>
<script>${measureScript}window.__beforeHydration=window.__measure()</script>
<script type="module" src="/client.js"></script></body></html>`;
  // Latency: the form is on screen (and hydrated) well before the wizard answers.
  server = await startHostServer({ dir: outDir, html: page, config: { latencyMs: 400, qrAvailable: false } });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function configure(config: Record<string, unknown>) {
  const response = await fetch(`${server.url}/__sim/config`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(config) });
  expect(response.ok).toBe(true);
}

beforeEach(() => configure({ passwordRecoveryAvailable: false }));

async function openPage(): Promise<Page> {
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
  return page;
}

/** Waits for the wizard's answer to be rendered (two frames after its response). */
async function afterWizard(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/signin/wizard')));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const read = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { __measure(): unknown };
    return { before: w.__beforeHydration, hydrated: w.__afterHydration, now: w.__measure(), shifts: w.__shifts, errors: w.__hydrationErrors };
  }) as Promise<{ before: Snapshot; hydrated: Snapshot; now: Snapshot; shifts: number[]; errors: string[] }>;

const expectSameSpot = (a: Box, b: Box) => {
  expect(Math.abs(a.top - b.top)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.height - b.height)).toBeLessThanOrEqual(1);
};

it('hydrates the server form without a mismatch or a layout shift; it is usable before the wizard answers', async () => {
  const page = await openPage();
  await page.goto(server.url);
  await page.waitForFunction(() => '__afterHydration' in window);
  await afterWizard(page);
  const seen = await read(page);
  await page.close();

  expect(seen.errors).toEqual([]);
  // The server HTML is the form itself; only its submit waits for hydration.
  // Styled before hydration: the linked stylesheet, no inline <style>, no flash of unstyled content.
  expect(seen.before).toMatchObject({ step: 'credentials', submitDisabled: true, cardStyled: true });
  expect(seen.before.email.height).toBeGreaterThan(0);
  expect(seen.before.password.height).toBeGreaterThan(0);
  // Hydrated while the wizard was still loading: an enabled, idle submit already.
  expect(seen.hydrated).toMatchObject({ step: 'credentials', submitDisabled: false, submitBusy: false, wizardAnswered: false });
  expect(seen.now).toMatchObject({ step: 'credentials', submitDisabled: false, wizardAnswered: true });
  // Nothing moved: not the fields, not the card, not what follows the flow.
  for (const snapshot of [seen.hydrated, seen.now]) {
    for (const part of ['root', 'email', 'password', 'submit', 'below'] as const) expectSameSpot(snapshot[part], seen.before[part]);
  }
  expect(seen.shifts).toEqual([]);
});

it('typed before hydration is kept, Enter does not submit the server form; the late "Forgot password?" moves no field', async () => {
  await configure({ passwordRecoveryAvailable: true });
  const page = await openPage();
  // Hold the client script: the person types into the server HTML before React is there.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/client.js', async (route) => {
    await held;
    await route.continue();
  });
  // Not waiting for `load` (nor DOMContentLoaded): both wait for the held module script.
  await page.goto(server.url, { waitUntil: 'commit' });
  await page.getByLabel('Email', { exact: true }).fill('client@example.com');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Password', { exact: true }).press('Enter');
  release();
  await page.waitForFunction(() => '__afterHydration' in window);
  await afterWizard(page);
  await page.getByRole('link', { name: 'Forgot password?' }).waitFor();
  const seen = await read(page);
  expect(seen.errors).toEqual([]);
  // A disabled default button blocked implicit submission: no navigation, no password in a URL.
  expect(page.url()).toBe(`${server.url}/`);
  // (The secret or a password parameter; not a file named after a screen, like the lazy `new-password-*.js` chunk.)
  const leaks = (r: string) => r.startsWith('GET /?') || /[?&]password=/i.test(r) || r.includes(encodeURIComponent(DEMO_PASSWORD)) || r.includes(DEMO_PASSWORD);
  expect(server.requests.filter(leaks)).toEqual([]);
  expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('client@example.com');
  expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe(DEMO_PASSWORD);
  // The link arrived below the submit: every field and the submit stay where they were.
  expect(seen.now.hasForgotLink).toBe(true);
  for (const part of ['email', 'password', 'submit'] as const) expectSameSpot(seen.now[part], seen.before[part]);
  expect(seen.now.root.height).toBeGreaterThan(seen.before.root.height);

  // What was typed before hydration signs in.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForFunction(() => (window as unknown as { __signedIn?: boolean }).__signedIn === true);
  expect(server.requests.filter((r) => r.startsWith('POST /api/v2/my/signin'))).toHaveLength(1);
  await page.close();
});
