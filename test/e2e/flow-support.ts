/**
 * Shared steps of the flow's end-to-end tests: the demo (Vite + simulator) on a free port,
 * Debian's Chromium, simulator dev endpoints, and a person's actions on the sign-in page.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from '../support/browser';
import { startDemoServer, type DemoServer } from '../support/demo-server';

export interface Harness {
  demo: DemoServer;
  browser: Browser;
}

export async function startHarness(): Promise<Harness> {
  const [demo, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  // Warm-up: Vite transforms and pre-bundles on the first visit (and may reload once).
  const page = await browser.newPage();
  await page.goto(demo.url);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 55_000 });
  await page.close();
  return { demo, browser };
}

export async function stopHarness(h: Harness | undefined) {
  await h?.browser.close();
  await h?.demo.close();
}

/** Calls a simulator dev endpoint (`/__sim/...`) from Node. */
export async function sim(h: Harness, path: string, method = 'GET', body?: unknown): Promise<unknown> {
  const response = await fetch(`${h.demo.url}/__sim${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /__sim${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The newest code sent to `recipient` (a phone number or an email address). */
export async function latestCode(h: Harness, recipient: string): Promise<string> {
  const outbox = (await sim(h, '/outbox')) as Array<{ recipient: string; code: string; time: number }>;
  const mine = outbox.filter((entry) => entry.recipient === recipient);
  const last = mine.at(-1);
  if (!last) throw new Error(`No code sent to ${recipient}`);
  return last.code;
}

/** A fresh page that records what the leak check and the request counter need. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to the sign-in API (`/api/v2/my`), QR channel traffic excluded, as `METHOD /path`. */
  signInRequests: string[];
  /** Every request URL the page made. */
  urls: string[];
  console: string[];
}

export async function openFlow(h: Harness, query = ''): Promise<OpenedPage> {
  const context = await h.browser.newContext();
  const page = await context.newPage();
  const opened: OpenedPage = { page, context, signInRequests: [], urls: [], console: [] };
  page.on('request', (request: Request) => {
    opened.urls.push(request.url());
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/v2/my/') && !pathname.startsWith('/api/v2/my/signin/qrcodes')) {
      opened.signInRequests.push(`${request.method()} ${pathname.slice('/api/v2/my'.length)}`);
    }
  });
  page.on('console', (message) => opened.console.push(message.text()));
  page.on('pageerror', (error) => opened.console.push(`pageerror: ${error.message}`));
  await page.goto(`${h.demo.url}/${query}`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  return opened;
}

/** Types the credentials and presses "Sign in". */
export async function submitCredentials(page: Page, email: string, password: string) {
  const emailInput = page.getByLabel('Email', { exact: true });
  await emailInput.fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits for the demo's portal and returns who it says is signed in. */
export async function portalUser(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Portal' }).waitFor();
  return (await page.getByTestId('who').textContent()) ?? '';
}

/** No error in the page's console. */
export function expectQuietConsole(opened: OpenedPage) {
  expect(opened.console.filter((line) => /error|warning/i.test(line) && !/Download the React DevTools/.test(line))).toEqual([]);
}
