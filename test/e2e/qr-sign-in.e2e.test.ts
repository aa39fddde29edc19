import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startDemoServer, type DemoServer } from '../support/demo-server';

let demo: DemoServer;
let browser: Browser;
let context: BrowserContext;

/** Calls a simulator dev endpoint (`/__sim/...`) from Node. */
async function sim(path: string, init: { method: string; body?: unknown }): Promise<Response> {
  return fetch(`${demo.url}/__sim${path}`, {
    method: init.method,
    headers: { 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** Opens the QR lab and resolves with the first channel id the page received. */
async function openLab(page: Page, query = ''): Promise<string> {
  const channel = page.waitForResponse(
    (r) => r.request().method() === 'GET' && new URL(r.url()).pathname === '/api/v2/my/signin/qrcodes',
  );
  await page.goto(`${demo.url}/qr-lab.html${query}`);
  const body = (await (await channel).json()) as { id: string };
  return body.id;
}

const panel = (page: Page) => page.locator('[data-part="qr-panel"]');

async function expectAxeClean(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('QR sign-in in Chromium', () => {
  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
  beforeEach(async () => {
    await sim('/reset', { method: 'POST' });
    context = await browser.newContext();
  });
  afterEach(async () => {
    await context.close();
  });

  it('shows the QR and is signed in within 3 s of the approve endpoint, talking only to its own origin', async () => {
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    const channelId = await openLab(page);
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('showing');
    await page.getByRole('img', { name: 'QR code to sign in with your phone' }).waitFor();
    await page.getByText('Signing in from 203.0.113.7, Berlin, Germany').waitFor();
    await expectAxeClean(page);

    const approved = await sim(`/qrcodes/${channelId}/approve`, { method: 'POST', body: { email: 'client@example.com' } });
    expect(approved.status).toBe(200);
    await page.getByText('Signed in as client #1.').waitFor({ timeout: 3000 });
    // The QR is drawn locally: no request left the demo's origin.
    expect([...hosts]).toEqual([new URL(demo.url).host]);
  });

  /** Opens the demo phone (optionally with `?channel=`) and signs it in through its <SignInFlow>. */
  async function signInPhone(query = ''): Promise<{ phone: Page; approvals: () => number }> {
    const phone = await context.newPage();
    let approvals = 0;
    phone.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v2/my/signin/tokens') approvals += 1;
    });
    await phone.goto(`${demo.url}/phone.html${query}`);
    await phone.getByLabel('Email').fill('client@example.com');
    await phone.getByLabel('Password').fill('Secret123!');
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.getByRole('heading', { name: 'Approve a sign-in' }).waitFor();
    return { phone, approvals: () => approvals };
  }

  const approveSection = (page: Page) => page.locator('[data-part="qr-approve"]');

  it('signs in on one page by approving on another with <QrApprove>: details shown, exactly one POST /signin/tokens', async () => {
    const laptop = await context.newPage();
    const channelId = await openLab(laptop);
    await expect.poll(() => panel(laptop).getAttribute('data-state')).toBe('showing');

    const { phone, approvals } = await signInPhone(`?channel=${encodeURIComponent(channelId)}`);
    // The link's channel is checked by itself; the person sees what to compare with the laptop.
    await expect.poll(() => approveSection(phone).getAttribute('data-state')).toBe('confirm');
    const details = phone.locator('[data-part="qr-details"]');
    await details.locator('bdi', { hasText: '203.0.113.7' }).waitFor();
    await details.locator('bdi', { hasText: 'Berlin, Germany' }).waitFor();
    expect(await details.locator('[data-part="countdown"]').textContent()).toMatch(/^[12]:\d\d$/);
    await expectAxeClean(phone);

    await phone.getByRole('button', { name: 'Approve' }).click();
    await phone.locator('[data-part="message"]', { hasText: 'Approved. The other device signs in now.' }).waitFor();
    await laptop.getByText('Signed in as client #1.').waitFor({ timeout: 3000 });
    expect(approvals()).toBe(1);
    await expectAxeClean(phone);

    // The same code again: checked, and refused with its own message, with no second POST.
    await phone.getByRole('button', { name: 'Scan another code' }).click();
    await phone.getByLabel('Code or link').fill(channelId);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.locator('[data-part="message"][data-tone="error"]', { hasText: 'This code was already approved.' }).waitFor();
    expect(approvals()).toBe(1);
  });

  it('the phone takes a pasted QR link; Deny sends nothing and the laptop keeps waiting', async () => {
    const laptop = await context.newPage();
    const channelId = await openLab(laptop);
    const { phone, approvals } = await signInPhone();
    await phone.getByLabel('Code or link').fill(`https://evil.example/phone.html?channel=${channelId}`);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByText('This link is from another site. Only approve codes shown by this site.', { exact: true }).first().waitFor();
    await expectAxeClean(phone);

    await phone.getByLabel('Code or link').fill(`${demo.url}/phone.html?channel=${channelId}`);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('button', { name: 'Deny' }).click();
    await phone.locator('[data-part="message"]', { hasText: 'Denied. Nobody was signed in.' }).waitFor();
    expect(approvals()).toBe(0);
    expect(await panel(laptop).getAttribute('data-state')).toBe('showing');

    await phone.getByRole('button', { name: 'Scan another code' }).click();
    await phone.getByLabel('Code or link').fill(`${demo.url}/phone.html?channel=${channelId}`);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('button', { name: 'Approve' }).click();
    await laptop.getByText('Signed in as client #1.').waitFor({ timeout: 3000 });
    expect(approvals()).toBe(1);
  });

  it('the phone says when the code expired or the phone session ended', async () => {
    await sim('/config', { method: 'PUT', body: { lifetimes: { qrChannelMinutes: 0.05 } } });
    const laptop = await context.newPage();
    const channelId = await openLab(laptop, '?maxRenewals=0');
    const { phone, approvals } = await signInPhone(`?channel=${encodeURIComponent(channelId)}`);
    // A 3-second code runs out on the phone's screen: Approve goes away.
    await phone.locator('[data-part="message"][data-tone="error"]', { hasText: 'This code has expired.' }).waitFor({ timeout: 10_000 });
    expect(await phone.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await expectAxeClean(phone);

    await sim('/config', { method: 'PUT', body: { lifetimes: { qrChannelMinutes: 2 } } });
    await phone.getByRole('button', { name: 'Scan another code' }).click();
    const next = await openLab(laptop);
    await phone.getByLabel('Code or link').fill(next);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('button', { name: 'Approve' }).waitFor();
    // The server forgets the phone's tokens (as after a revocation): the approval answers 401.
    await sim('/reset', { method: 'POST' });
    await phone.getByRole('button', { name: 'Approve' }).click();
    await phone.locator('[data-part="message"][data-tone="error"]', { hasText: 'Your session has ended. Sign in again to approve.' }).waitFor();
    expect(approvals()).toBe(1);
  });

  it('axe clean while loading and signing in', async () => {
    await sim('/config', { method: 'PUT', body: { latencyMs: 1500 } });
    const page = await context.newPage();
    const channel = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v2/my/signin/qrcodes');
    await page.goto(`${demo.url}/qr-lab.html`);
    await page.getByText('Getting a QR code…').waitFor();
    expect(await panel(page).getAttribute('data-state')).toBe('loading');
    await expectAxeClean(page);

    await sim('/config', { method: 'PUT', body: { latencyMs: 0, faults: [{ path: '/signin/qrcodes', method: 'POST', count: 1, respond: 'hang' }] } });
    const { id } = (await (await channel).json()) as { id: string };
    await sim(`/qrcodes/${id}/approve`, { method: 'POST', body: { email: 'client@example.com' } });
    await expect.poll(() => panel(page).getAttribute('data-state'), { timeout: 5000 }).toBe('signing-in');
    await page.getByText('Code scanned. Signing you in…', { exact: true }).first().waitFor();
    await expectAxeClean(page);
  });

  it('stops after the renewal cap with "Show a new code" (axe clean), which brings a fresh code', async () => {
    await sim('/config', { method: 'PUT', body: { lifetimes: { qrChannelMinutes: 0.05 } } });
    const page = await context.newPage();
    const first = await openLab(page, '?maxRenewals=0');
    await expect.poll(() => panel(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('stopped');
    await expectAxeClean(page);
    const next = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v2/my/signin/qrcodes');
    await page.getByRole('button', { name: 'Show a new code' }).click();
    const { id } = (await (await next).json()) as { id: string };
    expect(id).not.toBe(first);
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('showing');
  });

  it('renews silently before expiry, old code on screen meanwhile (axe clean while renewing)', async () => {
    await sim('/config', { method: 'PUT', body: { lifetimes: { qrChannelMinutes: 0.1 } } });
    const page = await context.newPage();
    const ids: string[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === '/api/v2/my/signin/qrcodes' && r.request().method() === 'GET') {
        void r.json().then((b: { id: string }) => ids.push(b.id));
      }
    });
    // 6 s codes renewed 2 s before expiry; a slow server keeps the renewal visible for a while.
    await openLab(page, '?renewBeforeMs=2000');
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('showing');
    await sim('/config', { method: 'PUT', body: { latencyMs: 1500 } });
    await expect.poll(() => panel(page).getAttribute('data-state'), { timeout: 10_000, interval: 100 }).toBe('renewing');
    await page.getByRole('img', { name: 'QR code to sign in with your phone' }).waitFor();
    await expectAxeClean(page);
    await expect.poll(() => ids.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('showing');
    // The old code's watch ended with its renewal: every polled channel was one the page got.
    const requests = (await (await sim('/requests', { method: 'GET' })).json()) as { path: string }[];
    const polled = requests.map((r) => /\/signin\/qrcodes\/([^/]+)$/.exec(r.path)?.[1]).filter(Boolean);
    expect(polled.length).toBeGreaterThan(0);
    expect(polled.every((id) => ids.includes(id as string))).toBe(true);
  });

  it('shows a channel error with a retry (axe clean), and the retry recovers', async () => {
    await sim('/config', {
      method: 'PUT',
      body: { faults: [{ path: '/signin/qrcodes', method: 'GET', count: 1, respond: { status: 503 } }] },
    });
    const page = await context.newPage();
    await page.goto(`${demo.url}/qr-lab.html`);
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('error');
    await page.locator('[data-part="message"][data-tone="error"]').waitFor();
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('showing');
  });
});
