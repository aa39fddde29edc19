/**
 * Shared steps of the flow's end-to-end tests: the demo (Vite + simulator) on a free port,
 * Debian's Chromium, and a page that records its sign-in requests. The simulator's controls,
 * signInAs, fault presets and the leak check come from the package's own test kit
 * (`b2core-sign-in/testing`, src/testing): the suites use what hosts use.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { consoleOf, simulatorControl, watchPage, type SimulatorControl } from '../../src/testing';
import { launchChromium } from '../support/browser';
import { startDemoServer, type DemoServer } from '../support/demo-server';

export interface Harness {
  demo: DemoServer;
  browser: Browser;
  /** The demo's simulator, through its dev endpoints. */
  sim: SimulatorControl;
}

export async function startHarness(): Promise<Harness> {
  const [demo, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  // Warm-up: Vite transforms and pre-bundles on the first visit (and may reload once).
  const page = await browser.newPage();
  await page.goto(demo.url);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 55_000 });
  await page.close();
  return { demo, browser, sim: simulatorControl(demo.url) };
}

export async function stopHarness(h: Harness | undefined) {
  await h?.browser.close();
  await h?.demo.close();
}

/** A fresh page, watched for the leak check, that counts its sign-in requests. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to the sign-in API (`/api/v2/my`), QR channel traffic excluded, as `METHOD /path`. */
  signInRequests: string[];
}

export async function openFlow(h: Harness, query = ''): Promise<OpenedPage> {
  const context = await h.browser.newContext();
  const page = await context.newPage();
  watchPage(page);
  const opened: OpenedPage = { page, context, signInRequests: [] };
  page.on('request', (request: Request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/v2/my/') && !pathname.startsWith('/api/v2/my/signin/qrcodes')) {
      opened.signInRequests.push(`${request.method()} ${pathname.slice('/api/v2/my'.length)}`);
    }
  });
  await page.goto(`${h.demo.url}/${query}`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  return opened;
}

/** Waits for the demo's portal and returns who it says is signed in. */
export async function portalUser(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Portal' }).waitFor();
  return (await page.getByTestId('who').textContent()) ?? '';
}

/** No error in the page's console. */
export function expectQuietConsole(opened: OpenedPage) {
  expect(consoleOf(opened.page).filter((line) => /error|warning/i.test(line) && !/Download the React DevTools/.test(line))).toEqual([]);
}
