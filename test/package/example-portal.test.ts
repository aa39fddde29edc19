/**
 * examples/portal: a host app that consumes the BUILT package by its name (node_modules
 * symlink → this repository → package.json exports → dist/). It type-checks against the
 * shipped declarations, builds with Vite, and in Chromium signs in and out; a whole journey
 * through it checks the `onEvent` funnel: every step it should report, and no secret or email.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorControl } from '../../src/testing';
import { launchChromium } from '../support/browser';
import { repoRoot } from './support/paths';
import { productionBuild } from './support/production-build';
import { startHostServer, type HostServer } from './support/static-server';

const example = join(repoRoot, 'examples/portal');
const outDir = join(example, 'dist');
let server: HostServer;
let browser: Browser;

/** The example server's simulator (config, reset, QR approval), through the package's test kit. */
const sim = () => simulatorControl(server.url);

beforeAll(async () => {
  // What `npm install` of a `file:` dependency does: a symlink into node_modules.
  mkdirSync(join(example, 'node_modules'), { recursive: true });
  if (!existsSync(join(example, 'node_modules/b2core-sign-in'))) symlinkSync('../../..', join(example, 'node_modules/b2core-sign-in'), 'dir');
  await productionBuild({ root: example, configFile: join(example, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  server = await startHostServer({ dir: outDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('examples/portal builds from the package name', () => {
  it('type-checks against the shipped declarations (skipLibCheck off)', () => {
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', join(example, 'tsconfig.json')], { encoding: 'utf8' })).not.toThrow();
  });

  it('emits the package stylesheet through the ./styles.css export and no simulator code', () => {
    const assets = readdirSync(join(outDir, 'assets'));
    const css = assets.filter((name) => name.endsWith('.css')).map((name) => readFileSync(join(outDir, 'assets', name), 'utf8')).join('');
    expect(css).toContain('b2s.components');
    const js = assets.filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(outDir, 'assets', name), 'utf8')).join('');
    expect(js).toContain('/signin/wizard');
    expect(js).not.toContain('/__sim');
    expect(js).not.toContain('mockServiceWorker');
  });
});

/** The example's analytics queue (examples/portal/src/app.tsx), as the page sees it. */
type Analytics = Window & { portalAnalytics?: { type: string }[] };

/** Reads the example's analytics queue (a page reload starts a new one). */
const eventsOf = (page: Page) => page.evaluate(() => (window as Analytics).portalAnalytics ?? []);

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('examples/portal in Chromium', () => {
  it('signs in with a demo account, shows the portal with an authorized call, signs out', async () => {
    await sim().reset();
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await signIn(page, 'client@example.com', 'Secret123!');
    await page.getByText('Signed in as client@example.com').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await page.close();
  });

  it('reports the whole funnel through onEvent, with no password, email or token in it', async () => {
    const sentinelPassword = 'Sentinel-Passw0rd-7f3a';
    const email = 'google@example.com';
    const events: unknown[] = [];
    await sim().reset();
    const page = await browser.newPage();

    // 1. A wizard with reCAPTCHA: shown and reported (no site key here, so it cannot be solved).
    await sim().configure({ recaptchaEnabled: true });
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    // The form is shown before the wizard answers: reCAPTCHA (and its event) comes with the answer.
    await page.locator('[data-part="recaptcha"]').waitFor();
    events.push(...(await eventsOf(page)));
    await sim().configure({ recaptchaEnabled: false });

    // 2. Wrong passwords until the rate limit locks the form.
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await signIn(page, email, sentinelPassword);
      if (attempt < 6) await page.waitForFunction((n) => ((window as Analytics).portalAnalytics ?? []).filter((e) => e.type === 'step-failed').length === n, attempt);
    }
    await page.getByRole('heading', { name: 'Too many attempts' }).waitFor();
    events.push(...(await eventsOf(page)));

    // 3. QR: the phone approves, the flow signs in.
    const channel = page.waitForResponse((response) => /\/signin\/qrcodes$/.test(new URL(response.url()).pathname) && response.request().method() === 'GET');
    await page.reload();
    const { id } = (await (await channel).json()) as { id: string };
    const exchange = page.waitForResponse((response) => /\/signin\/qrcodes$/.test(new URL(response.url()).pathname) && response.request().method() === 'POST');
    expect((await sim().approveQr(id, 'client@example.com')).authorizationToken).toBeTruthy();
    const issued = JSON.stringify(await (await exchange).json());
    const accessToken = /"(eyJ[^"]+)"/.exec(issued)?.[1] ?? '';
    await page.getByText('Signed in as client@example.com').waitFor();
    events.push(...(await eventsOf(page)));
    await page.getByRole('button', { name: 'Sign out' }).click();

    // 4. QR codes that keep expiring until the panel stops renewing them.
    await sim().configure({ lifetimes: { qrChannelMinutes: 0.05 } });
    await page.reload();
    await expect.poll(() => page.locator('[data-part="qr-panel"]').getAttribute('data-state'), { timeout: 20_000 }).toBe('stopped');
    events.push(...(await eventsOf(page)));
    await page.close();

    const types = events.map((event) => (event as { type: string }).type);
    expect(events).toEqual(
      expect.arrayContaining([
        { type: 'step-shown', step: 'credentials' },
        { type: 'captcha-shown' },
        { type: 'step-failed', step: 'credentials', errorKind: 'http', status: 400, serverCode: expect.any(Number) },
        { type: 'step-shown', step: 'locked' },
        { type: 'lockout-started', retryAfterSeconds: expect.any(Number), reason: 'too-many-attempts' },
        { type: 'qr-scanned' },
        { type: 'signed-in' },
        { type: 'qr-expired' },
      ]),
    );
    expect(types.filter((type) => type === 'step-failed')).toHaveLength(5);
    expect(types.filter((type) => type === 'signed-in')).toHaveLength(1);
    // Nothing personal or secret: not the password, not the email (nor its local part), no token.
    const stream = JSON.stringify(events);
    expect(stream).not.toContain(sentinelPassword);
    expect(stream).not.toContain('Secret123!');
    expect(stream).not.toMatch(/@|google|client/i);
    expect(stream).not.toMatch(/eyJ[\w-]{10,}/);
    expect(stream).not.toContain(id);
    // There was a token to leak (the QR exchange issued one), and it is not in the stream.
    expect(accessToken.length).toBeGreaterThan(20);
    expect(stream).not.toContain(accessToken);
    expect(stream).not.toContain(accessToken.split('.')[1]);
  });
});
